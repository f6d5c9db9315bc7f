from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_stop_parameters import AutoStopParameters
    from ..models.notebook_parameters_annotations import NotebookParametersAnnotations
    from ..models.storage_parameters import StorageParameters


T = TypeVar("T", bound="NotebookParameters")


@_attrs_define
class NotebookParameters:
    """
    Attributes:
        storage (StorageParameters):
        extend_storage (list[StorageParameters] | Unset): Extended storage list. For details, see Table 4. Extended
            storage supports only **obsfs** and is available only for certain dedicated resource pools.
        auto_stop (AutoStopParameters | Unset):
        annotations (NotebookParametersAnnotations | Unset): Label information, which can be extended. By default, this
            parameter is left blank.
    """

    storage: StorageParameters
    extend_storage: list[StorageParameters] | Unset = UNSET
    auto_stop: AutoStopParameters | Unset = UNSET
    annotations: NotebookParametersAnnotations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extend_storage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extend_storage, Unset):
            extend_storage = []
            for extend_storage_item_data in self.extend_storage:
                extend_storage_item = extend_storage_item_data.to_dict()
                extend_storage.append(extend_storage_item)

        auto_stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_stop, Unset):
            auto_stop = self.auto_stop.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.storage is not UNREAD:
            storage = self.storage.to_dict()
            field_dict["storage"] = storage
        if extend_storage is not UNSET:
            field_dict["extend_storage"] = extend_storage
        if auto_stop is not UNSET:
            field_dict["auto_stop"] = auto_stop
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_storage = d.pop("storage", UNSET)
        try:
            if isinstance(_raw_storage, Unset):
                raise KeyError("storage")
            storage = StorageParameters.from_dict(_raw_storage)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "storage", exc)
            if not isinstance(_raw_storage, Unset):
                d["storage"] = _raw_storage
            storage = UNREAD

        _raw_extend_storage = d.pop("extend_storage", UNSET)
        try:
            _extend_storage = _raw_extend_storage
            extend_storage: list[StorageParameters] | Unset = UNSET
            if _extend_storage is not UNSET:
                extend_storage = []
                for extend_storage_item_data in _extend_storage:
                    extend_storage_item = StorageParameters.from_dict(extend_storage_item_data)

                    extend_storage.append(extend_storage_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "extend_storage", exc)
            d["extend_storage"] = _raw_extend_storage
            extend_storage = UNSET

        _raw_auto_stop = d.pop("auto_stop", UNSET)
        try:
            _auto_stop = _raw_auto_stop
            auto_stop: AutoStopParameters | Unset
            if isinstance(_auto_stop, Unset):
                auto_stop = UNSET
            else:
                auto_stop = AutoStopParameters.from_dict(_auto_stop)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "auto_stop", exc)
            d["auto_stop"] = _raw_auto_stop
            auto_stop = UNSET

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            _annotations = _raw_annotations
            annotations: NotebookParametersAnnotations | Unset
            if isinstance(_annotations, Unset):
                annotations = UNSET
            else:
                annotations = NotebookParametersAnnotations.from_dict(_annotations)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotations", exc)
            d["annotations"] = _raw_annotations
            annotations = UNSET

        notebook_parameters = cls(
            storage=storage,
            extend_storage=extend_storage,
            auto_stop=auto_stop,
            annotations=annotations,
        )

        notebook_parameters.additional_properties = d
        return notebook_parameters

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


from ..models.auto_stop_parameters import AutoStopParameters  # noqa: E402
from ..models.notebook_parameters_annotations import NotebookParametersAnnotations  # noqa: E402
from ..models.storage_parameters import StorageParameters  # noqa: E402
