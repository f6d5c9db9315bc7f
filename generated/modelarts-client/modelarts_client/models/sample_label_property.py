from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.sample_label_property_modelartshard import SampleLabelPropertyModelartshard
from ..models.sample_label_property_modelartshard_reasons import SampleLabelPropertyModelartshardReasons
from ..models.sample_label_property_modelartsshape import SampleLabelPropertyModelartsshape
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_label_property_modelartsfeature import SampleLabelPropertyModelartsfeature


T = TypeVar("T", bound="SampleLabelProperty")


@_attrs_define
class SampleLabelProperty:
    """
    Attributes:
        modelartscontent (str | Unset): Speech text content, which is a default attribute dedicated to the speech label
            (including the speech content and speech start and end points).
        modelartsend_index (int | Unset): End position of the text, which is a default attribute dedicated to the named
            entity label. The end position does not include the character corresponding to the value of **end_index**.
            Example: - If the text is "**Barack Hussein Obama II (born August 4, 1961) is an attorney and politician.**",
            **start_index** and **end_index** of **Barack Hussein Obama II** are **0** and **23**, respectively. - If the
            text is "**Hope is the thing with feathers**", **start_index** and **end_index** of **Hope** are **0** and
            **4**, respectively.
        modelartsend_time (str | Unset): Speech end time, which is a default attribute dedicated to the speech start/end
            point label, in the format of **hh:mm:ss.SSS**. (**hh** indicates hour; **mm** indicates minute; **ss**
            indicates second; and **SSS** indicates millisecond.)
        modelartsfeature (SampleLabelPropertyModelartsfeature | Unset): Shape feature, which is a default attribute
            dedicated to the object detection label, with type of **List**. The upper left corner of the image is used as
            the coordinate origin [0, 0]. Each coordinate point is represented by [x, y], where x indicates the horizontal
            coordinate and y indicates the vertical coordinate (both x and y are >=0). The format of each shape is as
            follows: - **bndbox** consists of two points, for example, **[[0,10],[50,95]]**. The upper left vertex of the
            rectangle is the first point, and the lower right vertex is the second point. That is, the x-coordinate of the
            first point must be less than the x-coordinate of the second point, and the y-coordinate of the first point must
            be less than the y-coordinate of the second point. - **polygon**: consists of multiple points that are connected
            in sequence to form a polygon, for example, **[[0,100],[50,95],[10,60],[500,400]]**. - **circle**: consists of
            the center and radius, for example, **[[100,100],[50]]**. - **line**: consists of two points, for example,
            **[[0,100],[50,95]]**. The first point is the start point, and the second point is the end point. - **dashed**:
            consists of two points, for example, **[[0,100],[50,95]]**. The first point is the start point, and the second
            point is the end point. - **point**: consists of one point, for example, **[[0,100]]**. - **polyline**: consists
            of multiple points, for example, **[[0,100],[50,95],[10,60],[500,400]]**.
        modelartsfrom (str | Unset): ID of the head entity in the triplet relationship label, which is a default
            attribute dedicated to the triplet relationship label.
        modelartshard (SampleLabelPropertyModelartshard | Unset): Sample labeled as a hard sample or not, which is a
            default attribute. Options: - **0/false**: not a hard example - **1/true**: hard example
        modelartshard_coefficient (str | Unset): Coefficient of difficulty of each label level, which is a default
            attribute. The value range is **[0,1]**.
        modelartshard_reasons (SampleLabelPropertyModelartshardReasons | Unset): Reasons that the sample is a hard
            sample, which is a default attribute. Use a hyphen (-) to separate every two hard sample reason IDs, for
            example, **3-20-21-19**. Options: - **0**: No target objects are identified. - **1**: The confidence is low. -
            **2**: The clustering result based on the training dataset is inconsistent with the prediction result. - **3**:
            The prediction result is greatly different from the data of the same type in the training dataset. - **4**: The
            prediction results of multiple consecutive similar images are inconsistent. - **5**: There is a large offset
            between the image resolution and the feature distribution of the training dataset. - **6**: There is a large
            offset between the aspect ratio of the image and the feature distribution of the training dataset. - **7**:
            There is a large offset between the brightness of the image and the feature distribution of the training
            dataset. - **8**: There is a large offset between the saturation of the image and the feature distribution of
            the training dataset. - **9**: There is a large offset between the color richness of the image and the feature
            distribution of the training dataset. - **10**: There is a large offset between the definition of the image and
            the feature distribution of the training dataset. - **11**: There is a large offset between the number of frames
            of the image and the feature distribution of the training dataset. - **12**: There is a large offset between the
            standard deviation of area of image frames and the feature distribution of the training dataset. - **13**: There
            is a large offset between the aspect ratio of image frames and the feature distribution of the training dataset.
            - **14**: There is a large offset between the area portion of image frames and the feature distribution of the
            training dataset. - **15**: There is a large offset between the edge of image frames and the feature
            distribution of the training dataset. - **16**: There is a large offset between the brightness of image frames
            and the feature distribution of the training dataset. - **17**: There is a large offset between the definition
            of image frames and the feature distribution of the training dataset. - **18**: There is a large offset between
            the stack of image frames and the feature distribution of the training dataset. - **19**: The data enhancement
            result based on GaussianBlur is inconsistent with the prediction result of the original image. - **20**: The
            data enhancement result based on fliplr is inconsistent with the prediction result of the original image. -
            **21**: The data enhancement result based on Crop is inconsistent with the prediction result of the original
            image. - **22**: The data enhancement result based on flipud is inconsistent with the prediction result of the
            original image. - **23**: The data enhancement result based on scale is inconsistent with the prediction result
            of the original image. - **24**: The data enhancement result based on translate is inconsistent with the
            prediction result of the original image. - **25**: The data enhancement result based on shear is inconsistent
            with the prediction result of the original image. - **26**: The data enhancement result based on superpixels is
            inconsistent with the prediction result of the original image. - **27**: The data enhancement result based on
            sharpen is inconsistent with the prediction result of the original image. - **28**: The data enhancement result
            based on add is inconsistent with the prediction result of the original image. - **29**: The data enhancement
            result based on invert is inconsistent with the prediction result of the original image. - **30**: The data is
            predicted to be abnormal.
        modelartsshape (SampleLabelPropertyModelartsshape | Unset): Object shape, which is a default attribute dedicated
            to the object detection label and is left empty by default. Options: - **bndbox**: rectangle - **polygon**:
            polygon - **circle**: circle - **line**: straight line - **dashed**: dotted line - **point**: point -
            **polyline**: polyline
        modelartssource (str | Unset): Speech source, which is a default attribute dedicated to the speech start/end
            point label and can be set to a speaker or narrator.
        modelartsstart_index (int | Unset): Start position of the text, which is a default attribute dedicated to the
            named entity label. The start value begins from 0, including the character corresponding to the value of
            **start_index**.
        modelartsstart_time (str | Unset): Speech start time, which is a default attribute dedicated to the speech
            start/end point label, in the format of **hh:mm:ss.SSS**. (**hh** indicates hour; **mm** indicates minute;
            **ss** indicates second; and **SSS** indicates millisecond.)
        modelartsto (str | Unset): ID of the tail entity in the triplet relationship label, which is a default attribute
            dedicated to the triplet relationship label.
    """

    modelartscontent: str | Unset = UNSET
    modelartsend_index: int | Unset = UNSET
    modelartsend_time: str | Unset = UNSET
    modelartsfeature: SampleLabelPropertyModelartsfeature | Unset = UNSET
    modelartsfrom: str | Unset = UNSET
    modelartshard: SampleLabelPropertyModelartshard | Unset = UNSET
    modelartshard_coefficient: str | Unset = UNSET
    modelartshard_reasons: SampleLabelPropertyModelartshardReasons | Unset = UNSET
    modelartsshape: SampleLabelPropertyModelartsshape | Unset = UNSET
    modelartssource: str | Unset = UNSET
    modelartsstart_index: int | Unset = UNSET
    modelartsstart_time: str | Unset = UNSET
    modelartsto: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modelartscontent = self.modelartscontent

        modelartsend_index = self.modelartsend_index

        modelartsend_time = self.modelartsend_time

        modelartsfeature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modelartsfeature, Unset):
            modelartsfeature = self.modelartsfeature.to_dict()

        modelartsfrom = self.modelartsfrom

        modelartshard: str | Unset = UNSET
        if not isinstance(self.modelartshard, Unset):
            modelartshard = self.modelartshard.value

        modelartshard_coefficient = self.modelartshard_coefficient

        modelartshard_reasons: str | Unset = UNSET
        if not isinstance(self.modelartshard_reasons, Unset):
            modelartshard_reasons = self.modelartshard_reasons.value

        modelartsshape: str | Unset = UNSET
        if not isinstance(self.modelartsshape, Unset):
            modelartsshape = self.modelartsshape.value

        modelartssource = self.modelartssource

        modelartsstart_index = self.modelartsstart_index

        modelartsstart_time = self.modelartsstart_time

        modelartsto = self.modelartsto

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if modelartscontent is not UNSET:
            field_dict["@modelarts:content"] = modelartscontent
        if modelartsend_index is not UNSET:
            field_dict["@modelarts:end_index"] = modelartsend_index
        if modelartsend_time is not UNSET:
            field_dict["@modelarts:end_time"] = modelartsend_time
        if modelartsfeature is not UNSET:
            field_dict["@modelarts:feature"] = modelartsfeature
        if modelartsfrom is not UNSET:
            field_dict["@modelarts:from"] = modelartsfrom
        if modelartshard is not UNSET:
            field_dict["@modelarts:hard"] = modelartshard
        if modelartshard_coefficient is not UNSET:
            field_dict["@modelarts:hard_coefficient"] = modelartshard_coefficient
        if modelartshard_reasons is not UNSET:
            field_dict["@modelarts:hard_reasons"] = modelartshard_reasons
        if modelartsshape is not UNSET:
            field_dict["@modelarts:shape"] = modelartsshape
        if modelartssource is not UNSET:
            field_dict["@modelarts:source"] = modelartssource
        if modelartsstart_index is not UNSET:
            field_dict["@modelarts:start_index"] = modelartsstart_index
        if modelartsstart_time is not UNSET:
            field_dict["@modelarts:start_time"] = modelartsstart_time
        if modelartsto is not UNSET:
            field_dict["@modelarts:to"] = modelartsto

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        modelartscontent = d.pop("@modelarts:content", UNSET)
        if not isinstance(modelartscontent, (str, Unset)):
            deviate(src_dict, "@modelarts:content", TypeError("expected a string"))
            d["@modelarts:content"] = modelartscontent
            modelartscontent = UNSET

        modelartsend_index = d.pop("@modelarts:end_index", UNSET)
        if isinstance(modelartsend_index, bool) or not isinstance(modelartsend_index, (int, Unset)):
            deviate(src_dict, "@modelarts:end_index", TypeError("expected an integer"))
            d["@modelarts:end_index"] = modelartsend_index
            modelartsend_index = UNSET

        modelartsend_time = d.pop("@modelarts:end_time", UNSET)
        if not isinstance(modelartsend_time, (str, Unset)):
            deviate(src_dict, "@modelarts:end_time", TypeError("expected a string"))
            d["@modelarts:end_time"] = modelartsend_time
            modelartsend_time = UNSET

        _raw_modelartsfeature = d.pop("@modelarts:feature", UNSET)
        try:
            _modelartsfeature = _raw_modelartsfeature
            modelartsfeature: SampleLabelPropertyModelartsfeature | Unset
            if isinstance(_modelartsfeature, Unset):
                modelartsfeature = UNSET
            else:
                modelartsfeature = SampleLabelPropertyModelartsfeature.from_dict(_modelartsfeature)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "@modelarts:feature", exc)
            d["@modelarts:feature"] = _raw_modelartsfeature
            modelartsfeature = UNSET

        modelartsfrom = d.pop("@modelarts:from", UNSET)
        if not isinstance(modelartsfrom, (str, Unset)):
            deviate(src_dict, "@modelarts:from", TypeError("expected a string"))
            d["@modelarts:from"] = modelartsfrom
            modelartsfrom = UNSET

        _raw_modelartshard = d.pop("@modelarts:hard", UNSET)
        try:
            _modelartshard = _raw_modelartshard
            modelartshard: SampleLabelPropertyModelartshard | Unset
            if isinstance(_modelartshard, Unset):
                modelartshard = UNSET
            else:
                modelartshard = member_of(SampleLabelPropertyModelartshard, _modelartshard)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "@modelarts:hard", exc)
            d["@modelarts:hard"] = _raw_modelartshard
            modelartshard = UNSET

        modelartshard_coefficient = d.pop("@modelarts:hard_coefficient", UNSET)
        if not isinstance(modelartshard_coefficient, (str, Unset)):
            deviate(src_dict, "@modelarts:hard_coefficient", TypeError("expected a string"))
            d["@modelarts:hard_coefficient"] = modelartshard_coefficient
            modelartshard_coefficient = UNSET

        _raw_modelartshard_reasons = d.pop("@modelarts:hard_reasons", UNSET)
        try:
            _modelartshard_reasons = _raw_modelartshard_reasons
            modelartshard_reasons: SampleLabelPropertyModelartshardReasons | Unset
            if isinstance(_modelartshard_reasons, Unset):
                modelartshard_reasons = UNSET
            else:
                modelartshard_reasons = member_of(SampleLabelPropertyModelartshardReasons, _modelartshard_reasons)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "@modelarts:hard_reasons", exc)
            d["@modelarts:hard_reasons"] = _raw_modelartshard_reasons
            modelartshard_reasons = UNSET

        _raw_modelartsshape = d.pop("@modelarts:shape", UNSET)
        try:
            _modelartsshape = _raw_modelartsshape
            modelartsshape: SampleLabelPropertyModelartsshape | Unset
            if isinstance(_modelartsshape, Unset):
                modelartsshape = UNSET
            else:
                modelartsshape = member_of(SampleLabelPropertyModelartsshape, _modelartsshape)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "@modelarts:shape", exc)
            d["@modelarts:shape"] = _raw_modelartsshape
            modelartsshape = UNSET

        modelartssource = d.pop("@modelarts:source", UNSET)
        if not isinstance(modelartssource, (str, Unset)):
            deviate(src_dict, "@modelarts:source", TypeError("expected a string"))
            d["@modelarts:source"] = modelartssource
            modelartssource = UNSET

        modelartsstart_index = d.pop("@modelarts:start_index", UNSET)
        if isinstance(modelartsstart_index, bool) or not isinstance(modelartsstart_index, (int, Unset)):
            deviate(src_dict, "@modelarts:start_index", TypeError("expected an integer"))
            d["@modelarts:start_index"] = modelartsstart_index
            modelartsstart_index = UNSET

        modelartsstart_time = d.pop("@modelarts:start_time", UNSET)
        if not isinstance(modelartsstart_time, (str, Unset)):
            deviate(src_dict, "@modelarts:start_time", TypeError("expected a string"))
            d["@modelarts:start_time"] = modelartsstart_time
            modelartsstart_time = UNSET

        modelartsto = d.pop("@modelarts:to", UNSET)
        if not isinstance(modelartsto, (str, Unset)):
            deviate(src_dict, "@modelarts:to", TypeError("expected a string"))
            d["@modelarts:to"] = modelartsto
            modelartsto = UNSET

        sample_label_property = cls(
            modelartscontent=modelartscontent,
            modelartsend_index=modelartsend_index,
            modelartsend_time=modelartsend_time,
            modelartsfeature=modelartsfeature,
            modelartsfrom=modelartsfrom,
            modelartshard=modelartshard,
            modelartshard_coefficient=modelartshard_coefficient,
            modelartshard_reasons=modelartshard_reasons,
            modelartsshape=modelartsshape,
            modelartssource=modelartssource,
            modelartsstart_index=modelartsstart_index,
            modelartsstart_time=modelartsstart_time,
            modelartsto=modelartsto,
        )

        sample_label_property.additional_properties = d
        return sample_label_property

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.sample_label_property_modelartsfeature import SampleLabelPropertyModelartsfeature  # noqa: E402
