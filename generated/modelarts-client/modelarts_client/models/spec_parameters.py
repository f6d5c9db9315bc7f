from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.docker_deployment_parameters import DockerDeploymentParameters


T = TypeVar("T", bound="SpecParameters")


@_attrs_define
class SpecParameters:
    """
    Attributes:
        engine (str | Unset): Deployment engine. Only **CCE** is supported.
        params (DockerDeploymentParameters | Unset):
    """

    engine: str | Unset = UNSET
    params: DockerDeploymentParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine = self.engine

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if engine is not UNSET:
            field_dict["engine"] = engine
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        engine = d.pop("engine", UNSET)
        if not isinstance(engine, (str, Unset)):
            deviate(src_dict, "engine", TypeError("expected a string"))
            d["engine"] = engine
            engine = UNSET

        _raw_params = d.pop("params", UNSET)
        try:
            _params = _raw_params
            params: DockerDeploymentParameters | Unset
            if isinstance(_params, Unset):
                params = UNSET
            else:
                params = DockerDeploymentParameters.from_dict(_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "params", exc)
            d["params"] = _raw_params
            params = UNSET

        spec_parameters = cls(
            engine=engine,
            params=params,
        )

        spec_parameters.additional_properties = d
        return spec_parameters

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


from ..models.docker_deployment_parameters import DockerDeploymentParameters  # noqa: E402
