from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.search_labels_op import SearchLabelsOp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_label import SearchLabel


T = TypeVar("T", bound="SearchLabels")


@_attrs_define
class SearchLabels:
    """
    Attributes:
        labels (list[SearchLabel] | Unset): List of label search criteria.
        op (SearchLabelsOp | Unset): If you want to search for multiple labels, **op** must be specified. If you search
            for only one label, **op** can be left blank. Options: - **OR**: OR operation - **AND**: AND operation
    """

    labels: list[SearchLabel] | Unset = UNSET
    op: SearchLabelsOp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        op: str | Unset = UNSET
        if not isinstance(self.op, Unset):
            op = self.op.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if labels is not UNSET:
            field_dict["labels"] = labels
        if op is not UNSET:
            field_dict["op"] = op

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: list[SearchLabel] | Unset = UNSET
            if _labels is not UNSET:
                labels = []
                for labels_item_data in _labels:
                    labels_item = SearchLabel.from_dict(labels_item_data)

                    labels.append(labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        _raw_op = d.pop("op", UNSET)
        try:
            _op = _raw_op
            op: SearchLabelsOp | Unset
            if isinstance(_op, Unset):
                op = UNSET
            else:
                op = member_of(SearchLabelsOp, _op)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "op", exc)
            d["op"] = _raw_op
            op = UNSET

        search_labels = cls(
            labels=labels,
            op=op,
        )

        search_labels.additional_properties = d
        return search_labels

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


from ..models.search_label import SearchLabel  # noqa: E402
