from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceConfigRequestMappingRule")


@_attrs_define
class ServiceConfigRequestMappingRule:
    """Optional for batch services. Mapping between input parameters and CSV data. This parameter is mandatory only when
    **mapping_type** is set to **csv**. The mapping rule is similar to the definition of the input parameters in the
    **config.json** file. You only need to configure the index parameters under each parameter of the string, number,
    integer, or boolean type, and specify the value of this parameter to the values of the index parameters in the CSV
    file to send an inference request. Use commas (,) to separate multiple pieces of CSV data. The values of the index
    parameters start from **0**. If the value of the index parameter is **-1**, ignore this parameter. For details, see
    the sample of creating a batch service.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        service_config_request_mapping_rule = cls()

        service_config_request_mapping_rule.additional_properties = d
        return service_config_request_mapping_rule

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
