from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDatasetResponse201")


@_attrs_define
class CreateDatasetResponse201:
    """
    Attributes:
        dataset_id (str | Unset): Dataset ID.
        error_code (str | Unset): Error code.
        error_msg (str | Unset): Error message.
        import_task_id (str | Unset): ID of an import task.
    """

    dataset_id: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    import_task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        error_code = self.error_code

        error_msg = self.error_msg

        import_task_id = self.import_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if import_task_id is not UNSET:
            field_dict["import_task_id"] = import_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        error_msg = d.pop("error_msg", UNSET)
        if not isinstance(error_msg, (str, Unset)):
            deviate(src_dict, "error_msg", TypeError("expected a string"))
            d["error_msg"] = error_msg
            error_msg = UNSET

        import_task_id = d.pop("import_task_id", UNSET)
        if not isinstance(import_task_id, (str, Unset)):
            deviate(src_dict, "import_task_id", TypeError("expected a string"))
            d["import_task_id"] = import_task_id
            import_task_id = UNSET

        create_dataset_response_201 = cls(
            dataset_id=dataset_id,
            error_code=error_code,
            error_msg=error_msg,
            import_task_id=import_task_id,
        )

        create_dataset_response_201.additional_properties = d
        return create_dataset_response_201

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
