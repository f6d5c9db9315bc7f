from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_task_status_resp import ImportTaskStatusResp


T = TypeVar("T", bound="ListImportTasksResponse")


@_attrs_define
class ListImportTasksResponse:
    """
    Attributes:
        import_tasks (list[ImportTaskStatusResp] | Unset): List of import tasks.
        total_count (int | Unset): Number of import tasks.
    """

    import_tasks: list[ImportTaskStatusResp] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.import_tasks, Unset):
            import_tasks = []
            for import_tasks_item_data in self.import_tasks:
                import_tasks_item = import_tasks_item_data.to_dict()
                import_tasks.append(import_tasks_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if import_tasks is not UNSET:
            field_dict["import_tasks"] = import_tasks
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_import_tasks = d.pop("import_tasks", UNSET)
        try:
            _import_tasks = _raw_import_tasks
            import_tasks: list[ImportTaskStatusResp] | Unset = UNSET
            if _import_tasks is not UNSET:
                import_tasks = []
                for import_tasks_item_data in _import_tasks:
                    import_tasks_item = ImportTaskStatusResp.from_dict(import_tasks_item_data)

                    import_tasks.append(import_tasks_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "import_tasks", exc)
            d["import_tasks"] = _raw_import_tasks
            import_tasks = UNSET

        total_count = d.pop("total_count", UNSET)
        if isinstance(total_count, bool) or not isinstance(total_count, (int, Unset)):
            deviate(src_dict, "total_count", TypeError("expected an integer"))
            d["total_count"] = total_count
            total_count = UNSET

        list_import_tasks_response = cls(
            import_tasks=import_tasks,
            total_count=total_count,
        )

        list_import_tasks_response.additional_properties = d
        return list_import_tasks_response

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


from ..models.import_task_status_resp import ImportTaskStatusResp  # noqa: E402
