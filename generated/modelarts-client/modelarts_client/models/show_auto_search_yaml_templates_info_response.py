from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.yaml_template import YamlTemplate


T = TypeVar("T", bound="ShowAutoSearchYamlTemplatesInfoResponse")


@_attrs_define
class ShowAutoSearchYamlTemplatesInfoResponse:
    """
    Attributes:
        yaml_templates (list[YamlTemplate] | Unset): Directories and file names of all YAML files.
    """

    yaml_templates: list[YamlTemplate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        yaml_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.yaml_templates, Unset):
            yaml_templates = []
            for yaml_templates_item_data in self.yaml_templates:
                yaml_templates_item = yaml_templates_item_data.to_dict()
                yaml_templates.append(yaml_templates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if yaml_templates is not UNSET:
            field_dict["yaml_templates"] = yaml_templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_yaml_templates = d.pop("yaml_templates", UNSET)
        try:
            _yaml_templates = _raw_yaml_templates
            yaml_templates: list[YamlTemplate] | Unset = UNSET
            if _yaml_templates is not UNSET:
                yaml_templates = []
                for yaml_templates_item_data in _yaml_templates:
                    yaml_templates_item = YamlTemplate.from_dict(yaml_templates_item_data)

                    yaml_templates.append(yaml_templates_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "yaml_templates", exc)
            d["yaml_templates"] = _raw_yaml_templates
            yaml_templates = UNSET

        show_auto_search_yaml_templates_info_response = cls(
            yaml_templates=yaml_templates,
        )

        show_auto_search_yaml_templates_info_response.additional_properties = d
        return show_auto_search_yaml_templates_info_response

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


from ..models.yaml_template import YamlTemplate  # noqa: E402
