from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.update_label_request_modelartsdefault_shape import UpdateLabelRequestModelartsdefaultShape
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateLabelRequest")


@_attrs_define
class UpdateLabelRequest:
    """
    Attributes:
        modelartscolor (str | Unset): Default attribute: Label color, which is a hexadecimal code of the color. By
            default, this parameter is left blank. Example: **#FFFFF0**.
        modelartsdefault_shape (UpdateLabelRequestModelartsdefaultShape | Unset): Default attribute: Default shape of an
            object detection label (dedicated attribute). By default, this parameter is left blank. Options: - **bndbox**:
            rectangle - **polygon**: polygon - **circle**: circle - **line**: straight line - **dashed**: dotted line -
            **point**: point - **polyline**: polyline
        modelartsfrom_type (str | Unset): Default attribute: Type of the head entity in the triplet relationship label.
            This attribute must be specified when a relationship label is created. This parameter is used only for the text
            triplet dataset.
        modelartsrename_to (str | Unset): Default attribute: The new name of the label.
        modelartsshortcut (str | Unset): Default attribute: Label shortcut key. By default, this parameter is left
            blank. For example: **D**.
        modelartsto_type (str | Unset): Default attribute: Type of the tail entity in the triplet relationship label.
            This attribute must be specified when a relationship label is created. This parameter is used only for the text
            triplet dataset.
    """

    modelartscolor: str | Unset = UNSET
    modelartsdefault_shape: UpdateLabelRequestModelartsdefaultShape | Unset = UNSET
    modelartsfrom_type: str | Unset = UNSET
    modelartsrename_to: str | Unset = UNSET
    modelartsshortcut: str | Unset = UNSET
    modelartsto_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modelartscolor = self.modelartscolor

        modelartsdefault_shape: str | Unset = UNSET
        if not isinstance(self.modelartsdefault_shape, Unset):
            modelartsdefault_shape = self.modelartsdefault_shape.value

        modelartsfrom_type = self.modelartsfrom_type

        modelartsrename_to = self.modelartsrename_to

        modelartsshortcut = self.modelartsshortcut

        modelartsto_type = self.modelartsto_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if modelartscolor is not UNSET:
            field_dict["@modelarts:color"] = modelartscolor
        if modelartsdefault_shape is not UNSET:
            field_dict["@modelarts:default_shape"] = modelartsdefault_shape
        if modelartsfrom_type is not UNSET:
            field_dict["@modelarts:from_type"] = modelartsfrom_type
        if modelartsrename_to is not UNSET:
            field_dict["@modelarts:rename_to"] = modelartsrename_to
        if modelartsshortcut is not UNSET:
            field_dict["@modelarts:shortcut"] = modelartsshortcut
        if modelartsto_type is not UNSET:
            field_dict["@modelarts:to_type"] = modelartsto_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        modelartscolor = d.pop("@modelarts:color", UNSET)
        if not isinstance(modelartscolor, (str, Unset)):
            deviate(src_dict, "@modelarts:color", TypeError("expected a string"))
            d["@modelarts:color"] = modelartscolor
            modelartscolor = UNSET

        _raw_modelartsdefault_shape = d.pop("@modelarts:default_shape", UNSET)
        try:
            _modelartsdefault_shape = _raw_modelartsdefault_shape
            modelartsdefault_shape: UpdateLabelRequestModelartsdefaultShape | Unset
            if isinstance(_modelartsdefault_shape, Unset):
                modelartsdefault_shape = UNSET
            else:
                modelartsdefault_shape = member_of(UpdateLabelRequestModelartsdefaultShape, _modelartsdefault_shape)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "@modelarts:default_shape", exc)
            d["@modelarts:default_shape"] = _raw_modelartsdefault_shape
            modelartsdefault_shape = UNSET

        modelartsfrom_type = d.pop("@modelarts:from_type", UNSET)
        if not isinstance(modelartsfrom_type, (str, Unset)):
            deviate(src_dict, "@modelarts:from_type", TypeError("expected a string"))
            d["@modelarts:from_type"] = modelartsfrom_type
            modelartsfrom_type = UNSET

        modelartsrename_to = d.pop("@modelarts:rename_to", UNSET)
        if not isinstance(modelartsrename_to, (str, Unset)):
            deviate(src_dict, "@modelarts:rename_to", TypeError("expected a string"))
            d["@modelarts:rename_to"] = modelartsrename_to
            modelartsrename_to = UNSET

        modelartsshortcut = d.pop("@modelarts:shortcut", UNSET)
        if not isinstance(modelartsshortcut, (str, Unset)):
            deviate(src_dict, "@modelarts:shortcut", TypeError("expected a string"))
            d["@modelarts:shortcut"] = modelartsshortcut
            modelartsshortcut = UNSET

        modelartsto_type = d.pop("@modelarts:to_type", UNSET)
        if not isinstance(modelartsto_type, (str, Unset)):
            deviate(src_dict, "@modelarts:to_type", TypeError("expected a string"))
            d["@modelarts:to_type"] = modelartsto_type
            modelartsto_type = UNSET

        update_label_request = cls(
            modelartscolor=modelartscolor,
            modelartsdefault_shape=modelartsdefault_shape,
            modelartsfrom_type=modelartsfrom_type,
            modelartsrename_to=modelartsrename_to,
            modelartsshortcut=modelartsshortcut,
            modelartsto_type=modelartsto_type,
        )

        update_label_request.additional_properties = d
        return update_label_request

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
