from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.sample_encoding import SampleEncoding
from ..models.sample_sample_type import SampleSampleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_source import DataSource
    from ..models.sample_data_type_0 import SampleDataType0
    from ..models.sample_label import SampleLabel
    from ..models.sample_metadata import SampleMetadata


T = TypeVar("T", bound="Sample")


@_attrs_define
class Sample:
    """
    Attributes:
        data (SampleDataType0 | str | Unset): Byte data of sample files. The type is **java.nio.ByteBuffer**. When this
            parameter is called, the string converted from the byte data is uploaded.
        data_source (DataSource | Unset):
        encoding (SampleEncoding | Unset): Encoding type of sample files, which is used to upload .txt or .csv files.
            The value can be **UTF-8**, **GBK**, or **GB2312**. The default value is **UTF-8**. Default:
            SampleEncoding.UTF_8.
        labels (list[SampleLabel] | Unset): Sample label list.
        metadata (SampleMetadata | Unset):
        name (str | Unset): Name of sample files. The value contains 0 to 1,024 characters and cannot contain special
            characters ``(!<>=&"').``
        sample_type (SampleSampleType | Unset): Sample type. Options: - **0**: image - **1**: text - **2**: speech -
            **4**: table - **6**: video - **9**: custom format
    """

    data: SampleDataType0 | str | Unset = UNSET
    data_source: DataSource | Unset = UNSET
    encoding: SampleEncoding | Unset = SampleEncoding.UTF_8
    labels: list[SampleLabel] | Unset = UNSET
    metadata: SampleMetadata | Unset = UNSET
    name: str | Unset = UNSET
    sample_type: SampleSampleType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, SampleDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = self.data_source.to_dict()

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        name = self.name

        sample_type: int | Unset = UNSET
        if not isinstance(self.sample_type, Unset):
            sample_type = self.sample_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if labels is not UNSET:
            field_dict["labels"] = labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if sample_type is not UNSET:
            field_dict["sample_type"] = sample_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_data = d.pop("data", UNSET)
        try:

            def _parse_data(data: object) -> SampleDataType0 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_type_0 = SampleDataType0.from_dict(data)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(SampleDataType0 | str | Unset, data)

            data = _parse_data(_raw_data)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data", exc)
            d["data"] = _raw_data
            data = UNSET

        _raw_data_source = d.pop("data_source", UNSET)
        try:
            _data_source = _raw_data_source
            data_source: DataSource | Unset
            if isinstance(_data_source, Unset):
                data_source = UNSET
            else:
                data_source = DataSource.from_dict(_data_source)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_source", exc)
            d["data_source"] = _raw_data_source
            data_source = UNSET

        _raw_encoding = d.pop("encoding", UNSET)
        try:
            _encoding = _raw_encoding
            encoding: SampleEncoding | Unset
            if isinstance(_encoding, Unset):
                encoding = UNSET
            else:
                encoding = member_of(SampleEncoding, _encoding)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "encoding", exc)
            d["encoding"] = _raw_encoding
            encoding = UNSET

        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: list[SampleLabel] | Unset = UNSET
            if _labels is not UNSET:
                labels = []
                for labels_item_data in _labels:
                    labels_item = SampleLabel.from_dict(labels_item_data)

                    labels.append(labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: SampleMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SampleMetadata.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_sample_type = d.pop("sample_type", UNSET)
        try:
            _sample_type = _raw_sample_type
            sample_type: SampleSampleType | Unset
            if isinstance(_sample_type, Unset):
                sample_type = UNSET
            else:
                sample_type = member_of(SampleSampleType, _sample_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sample_type", exc)
            d["sample_type"] = _raw_sample_type
            sample_type = UNSET

        sample = cls(
            data=data,
            data_source=data_source,
            encoding=encoding,
            labels=labels,
            metadata=metadata,
            name=name,
            sample_type=sample_type,
        )

        sample.additional_properties = d
        return sample

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


from ..models.data_source import DataSource  # noqa: E402
from ..models.sample_data_type_0 import SampleDataType0  # noqa: E402
from ..models.sample_label import SampleLabel  # noqa: E402
from ..models.sample_metadata import SampleMetadata  # noqa: E402
