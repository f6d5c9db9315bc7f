from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label import Label


T = TypeVar("T", bound="UpdateDatasetRequest")


@_attrs_define
class UpdateDatasetRequest:
    """
    Attributes:
        add_labels (list[Label] | Unset): List of added labels
        current_version_id (str | Unset): Current version ID of a dataset
        dataset_name (str | Unset): Dataset name
        delete_labels (list[Label] | Unset): List of labels to be deleted
        description (str | Unset): Dataset description. The value contains 0 to 256 characters. Special characters
            ``(^!<>=&")`` are not allowed.
        update_labels (list[Label] | Unset): List of labels to be updated
    """

    add_labels: list[Label] | Unset = UNSET
    current_version_id: str | Unset = UNSET
    dataset_name: str | Unset = UNSET
    delete_labels: list[Label] | Unset = UNSET
    description: str | Unset = UNSET
    update_labels: list[Label] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add_labels, Unset):
            add_labels = []
            for add_labels_item_data in self.add_labels:
                add_labels_item = add_labels_item_data.to_dict()
                add_labels.append(add_labels_item)

        current_version_id = self.current_version_id

        dataset_name = self.dataset_name

        delete_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delete_labels, Unset):
            delete_labels = []
            for delete_labels_item_data in self.delete_labels:
                delete_labels_item = delete_labels_item_data.to_dict()
                delete_labels.append(delete_labels_item)

        description = self.description

        update_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.update_labels, Unset):
            update_labels = []
            for update_labels_item_data in self.update_labels:
                update_labels_item = update_labels_item_data.to_dict()
                update_labels.append(update_labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if add_labels is not UNSET:
            field_dict["add_labels"] = add_labels
        if current_version_id is not UNSET:
            field_dict["current_version_id"] = current_version_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if delete_labels is not UNSET:
            field_dict["delete_labels"] = delete_labels
        if description is not UNSET:
            field_dict["description"] = description
        if update_labels is not UNSET:
            field_dict["update_labels"] = update_labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_add_labels = d.pop("add_labels", UNSET)
        try:
            _add_labels = _raw_add_labels
            add_labels: list[Label] | Unset = UNSET
            if _add_labels is not UNSET:
                add_labels = []
                for add_labels_item_data in _add_labels:
                    add_labels_item = Label.from_dict(add_labels_item_data)

                    add_labels.append(add_labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "add_labels", exc)
            d["add_labels"] = _raw_add_labels
            add_labels = UNSET

        current_version_id = d.pop("current_version_id", UNSET)
        if not isinstance(current_version_id, (str, Unset)):
            deviate(src_dict, "current_version_id", TypeError("expected a string"))
            d["current_version_id"] = current_version_id
            current_version_id = UNSET

        dataset_name = d.pop("dataset_name", UNSET)
        if not isinstance(dataset_name, (str, Unset)):
            deviate(src_dict, "dataset_name", TypeError("expected a string"))
            d["dataset_name"] = dataset_name
            dataset_name = UNSET

        _raw_delete_labels = d.pop("delete_labels", UNSET)
        try:
            _delete_labels = _raw_delete_labels
            delete_labels: list[Label] | Unset = UNSET
            if _delete_labels is not UNSET:
                delete_labels = []
                for delete_labels_item_data in _delete_labels:
                    delete_labels_item = Label.from_dict(delete_labels_item_data)

                    delete_labels.append(delete_labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "delete_labels", exc)
            d["delete_labels"] = _raw_delete_labels
            delete_labels = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        _raw_update_labels = d.pop("update_labels", UNSET)
        try:
            _update_labels = _raw_update_labels
            update_labels: list[Label] | Unset = UNSET
            if _update_labels is not UNSET:
                update_labels = []
                for update_labels_item_data in _update_labels:
                    update_labels_item = Label.from_dict(update_labels_item_data)

                    update_labels.append(update_labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "update_labels", exc)
            d["update_labels"] = _raw_update_labels
            update_labels = UNSET

        update_dataset_request = cls(
            add_labels=add_labels,
            current_version_id=current_version_id,
            dataset_name=dataset_name,
            delete_labels=delete_labels,
            description=description,
            update_labels=update_labels,
        )

        update_dataset_request.additional_properties = d
        return update_dataset_request

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


from ..models.label import Label  # noqa: E402
