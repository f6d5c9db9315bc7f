from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.data_source_data_type import DataSourceDataType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_map import SchemaMap
    from ..models.source_info import SourceInfo


T = TypeVar("T", bound="DataSource")


@_attrs_define
class DataSource:
    """
    Attributes:
        data_path (str | Unset): Data source path.
        data_type (DataSourceDataType | Unset): Data type. Options: - **0**: OBS bucket (default value) - **1**:
            GaussDB(DWS) - **2**: DLI - **3**: RDS - **4**: MRS - **5**: AI Gallery - **6**: Inference service
        schema_maps (list[SchemaMap] | Unset): Schema mapping information corresponding to the table data.
        source_info (SourceInfo | Unset):
        with_column_header (bool | Unset): Whether the first row in the file is a column name. This field is valid for
            the table dataset. Options: - **true**: The first row in the file is the column name. - **false**: The first row
            in the file is not the column name.
    """

    data_path: str | Unset = UNSET
    data_type: DataSourceDataType | Unset = UNSET
    schema_maps: list[SchemaMap] | Unset = UNSET
    source_info: SourceInfo | Unset = UNSET
    with_column_header: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_path = self.data_path

        data_type: int | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type.value

        schema_maps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schema_maps, Unset):
            schema_maps = []
            for schema_maps_item_data in self.schema_maps:
                schema_maps_item = schema_maps_item_data.to_dict()
                schema_maps.append(schema_maps_item)

        source_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_info, Unset):
            source_info = self.source_info.to_dict()

        with_column_header = self.with_column_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data_path is not UNSET:
            field_dict["data_path"] = data_path
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if schema_maps is not UNSET:
            field_dict["schema_maps"] = schema_maps
        if source_info is not UNSET:
            field_dict["source_info"] = source_info
        if with_column_header is not UNSET:
            field_dict["with_column_header"] = with_column_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        data_path = d.pop("data_path", UNSET)
        if not isinstance(data_path, (str, Unset)):
            deviate(src_dict, "data_path", TypeError("expected a string"))
            d["data_path"] = data_path
            data_path = UNSET

        _raw_data_type = d.pop("data_type", UNSET)
        try:
            _data_type = _raw_data_type
            data_type: DataSourceDataType | Unset
            if isinstance(_data_type, Unset):
                data_type = UNSET
            else:
                data_type = member_of(DataSourceDataType, _data_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_type", exc)
            d["data_type"] = _raw_data_type
            data_type = UNSET

        _raw_schema_maps = d.pop("schema_maps", UNSET)
        try:
            _schema_maps = _raw_schema_maps
            schema_maps: list[SchemaMap] | Unset = UNSET
            if _schema_maps is not UNSET:
                schema_maps = []
                for schema_maps_item_data in _schema_maps:
                    schema_maps_item = SchemaMap.from_dict(schema_maps_item_data)

                    schema_maps.append(schema_maps_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "schema_maps", exc)
            d["schema_maps"] = _raw_schema_maps
            schema_maps = UNSET

        _raw_source_info = d.pop("source_info", UNSET)
        try:
            _source_info = _raw_source_info
            source_info: SourceInfo | Unset
            if isinstance(_source_info, Unset):
                source_info = UNSET
            else:
                source_info = SourceInfo.from_dict(_source_info)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "source_info", exc)
            d["source_info"] = _raw_source_info
            source_info = UNSET

        with_column_header = d.pop("with_column_header", UNSET)
        if not isinstance(with_column_header, (bool, Unset)):
            deviate(src_dict, "with_column_header", TypeError("expected a boolean"))
            d["with_column_header"] = with_column_header
            with_column_header = UNSET

        data_source = cls(
            data_path=data_path,
            data_type=data_type,
            schema_maps=schema_maps,
            source_info=source_info,
            with_column_header=with_column_header,
        )

        data_source.additional_properties = d
        return data_source

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


from ..models.schema_map import SchemaMap  # noqa: E402
from ..models.source_info import SourceInfo  # noqa: E402
