from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.sample_metadata_modelartshard_reasons_item import SampleMetadataModelartshardReasonsItem
from ..models.sample_metadata_modelartshard_type_0 import SampleMetadataModelartshardType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_metadata_modelartssize_item import SampleMetadataModelartssizeItem


T = TypeVar("T", bound="SampleMetadata")


@_attrs_define
class SampleMetadata:
    """
    Attributes:
        modelartsimport_origin (int | Unset): Sample source, which is a built-in attribute.
        modelartshard (bool | SampleMetadataModelartshardType0 | Unset): Whether the sample is labeled as a hard sample,
            which is a default attribute. Options: - **0**: non-hard sample - **1**: hard sample
        modelartshard_coefficient (float | Unset): Coefficient of difficulty of each sample level, which is a default
            attribute. The value range is **[0,1]**.
        modelartshard_reasons (list[SampleMetadataModelartshardReasonsItem] | Unset): ID of a hard sample reason, which
            is a default attribute. Options: - **0**: No object is identified. - **1**: The confidence is low. - **2**: The
            clustering result based on the training dataset is inconsistent with the prediction result. - **3**: The
            prediction result is greatly different from the data of the same type in the training dataset. - **4**: The
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
        modelartssize (list[SampleMetadataModelartssizeItem] | Unset): Image size (width, height, and depth of the
            image), which is a default attribute, with type of **List<Integer>**. In the list, the first number indicates
            the width (pixels), the second number indicates the height (pixels), and the third number indicates the depth
            (the depth can be left blank and the default value is **3**). For example, **[100,200,3]** and **[100,200]** are
            both valid. Note: This parameter is mandatory only when the sample label list contains the object detection
            label.
    """

    modelartsimport_origin: int | Unset = UNSET
    modelartshard: bool | SampleMetadataModelartshardType0 | Unset = UNSET
    modelartshard_coefficient: float | Unset = UNSET
    modelartshard_reasons: list[SampleMetadataModelartshardReasonsItem] | Unset = UNSET
    modelartssize: list[SampleMetadataModelartssizeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modelartsimport_origin = self.modelartsimport_origin

        modelartshard: bool | int | Unset
        if isinstance(self.modelartshard, Unset):
            modelartshard = UNSET
        elif isinstance(self.modelartshard, SampleMetadataModelartshardType0):
            modelartshard = self.modelartshard.value
        else:
            modelartshard = self.modelartshard

        modelartshard_coefficient = self.modelartshard_coefficient

        modelartshard_reasons: list[int] | Unset = UNSET
        if not isinstance(self.modelartshard_reasons, Unset):
            modelartshard_reasons = []
            for modelartshard_reasons_item_data in self.modelartshard_reasons:
                modelartshard_reasons_item = modelartshard_reasons_item_data.value
                modelartshard_reasons.append(modelartshard_reasons_item)

        modelartssize: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modelartssize, Unset):
            modelartssize = []
            for modelartssize_item_data in self.modelartssize:
                modelartssize_item = modelartssize_item_data.to_dict()
                modelartssize.append(modelartssize_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if modelartsimport_origin is not UNSET:
            field_dict["@modelarts:import_origin"] = modelartsimport_origin
        if modelartshard is not UNSET:
            field_dict["@modelarts:hard"] = modelartshard
        if modelartshard_coefficient is not UNSET:
            field_dict["@modelarts:hard_coefficient"] = modelartshard_coefficient
        if modelartshard_reasons is not UNSET:
            field_dict["@modelarts:hard_reasons"] = modelartshard_reasons
        if modelartssize is not UNSET:
            field_dict["@modelarts:size"] = modelartssize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        modelartsimport_origin = d.pop("@modelarts:import_origin", UNSET)
        if isinstance(modelartsimport_origin, bool) or not isinstance(modelartsimport_origin, (int, Unset)):
            deviate(src_dict, "@modelarts:import_origin", TypeError("expected an integer"))
            d["@modelarts:import_origin"] = modelartsimport_origin
            modelartsimport_origin = UNSET

        _raw_modelartshard = d.pop("@modelarts:hard", UNSET)
        try:

            def _parse_modelartshard(data: object) -> bool | SampleMetadataModelartshardType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    modelartshard_type_0 = member_of(SampleMetadataModelartshardType0, data)

                    return modelartshard_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | SampleMetadataModelartshardType0 | Unset, data)

            modelartshard = _parse_modelartshard(_raw_modelartshard)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "@modelarts:hard", exc)
            d["@modelarts:hard"] = _raw_modelartshard
            modelartshard = UNSET

        modelartshard_coefficient = d.pop("@modelarts:hard_coefficient", UNSET)
        if isinstance(modelartshard_coefficient, bool) or not isinstance(
            modelartshard_coefficient, (int, float, Unset)
        ):
            deviate(src_dict, "@modelarts:hard_coefficient", TypeError("expected a number"))
            d["@modelarts:hard_coefficient"] = modelartshard_coefficient
            modelartshard_coefficient = UNSET

        _raw_modelartshard_reasons = d.pop("@modelarts:hard_reasons", UNSET)
        try:
            _modelartshard_reasons = _raw_modelartshard_reasons
            modelartshard_reasons: list[SampleMetadataModelartshardReasonsItem] | Unset = UNSET
            if _modelartshard_reasons is not UNSET:
                modelartshard_reasons = []
                for modelartshard_reasons_item_data in _modelartshard_reasons:
                    modelartshard_reasons_item = member_of(
                        SampleMetadataModelartshardReasonsItem, modelartshard_reasons_item_data
                    )

                    modelartshard_reasons.append(modelartshard_reasons_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "@modelarts:hard_reasons", exc)
            d["@modelarts:hard_reasons"] = _raw_modelartshard_reasons
            modelartshard_reasons = UNSET

        _raw_modelartssize = d.pop("@modelarts:size", UNSET)
        try:
            _modelartssize = _raw_modelartssize
            modelartssize: list[SampleMetadataModelartssizeItem] | Unset = UNSET
            if _modelartssize is not UNSET:
                modelartssize = []
                for modelartssize_item_data in _modelartssize:
                    modelartssize_item = SampleMetadataModelartssizeItem.from_dict(modelartssize_item_data)

                    modelartssize.append(modelartssize_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "@modelarts:size", exc)
            d["@modelarts:size"] = _raw_modelartssize
            modelartssize = UNSET

        sample_metadata = cls(
            modelartsimport_origin=modelartsimport_origin,
            modelartshard=modelartshard,
            modelartshard_coefficient=modelartshard_coefficient,
            modelartshard_reasons=modelartshard_reasons,
            modelartssize=modelartssize,
        )

        sample_metadata.additional_properties = d
        return sample_metadata

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


from ..models.sample_metadata_modelartssize_item import SampleMetadataModelartssizeItem  # noqa: E402
