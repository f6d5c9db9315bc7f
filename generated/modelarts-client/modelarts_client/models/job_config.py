from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.engine import Engine
    from ..models.input_ import Input
    from ..models.output import Output
    from ..models.parameter import Parameter


T = TypeVar("T", bound="JobConfig")


@_attrs_define
class JobConfig:
    """
    Attributes:
        parameters (list[Parameter] | Unset): Running parameter of an algorithm.
        inputs (list[Input] | Unset): Data input of an algorithm.
        outputs (list[Output] | Unset): Data output of an algorithm.
        engine (Engine | Unset):
    """

    parameters: list[Parameter] | Unset = UNSET
    inputs: list[Input] | Unset = UNSET
    outputs: list[Output] | Unset = UNSET
    engine: Engine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

        engine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_parameters = d.pop("parameters", UNSET)
        try:
            _parameters = _raw_parameters
            parameters: list[Parameter] | Unset = UNSET
            if _parameters is not UNSET:
                parameters = []
                for parameters_item_data in _parameters:
                    parameters_item = Parameter.from_dict(parameters_item_data)

                    parameters.append(parameters_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "parameters", exc)
            d["parameters"] = _raw_parameters
            parameters = UNSET

        _raw_inputs = d.pop("inputs", UNSET)
        try:
            _inputs = _raw_inputs
            inputs: list[Input] | Unset = UNSET
            if _inputs is not UNSET:
                inputs = []
                for inputs_item_data in _inputs:
                    inputs_item = Input.from_dict(inputs_item_data)

                    inputs.append(inputs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "inputs", exc)
            d["inputs"] = _raw_inputs
            inputs = UNSET

        _raw_outputs = d.pop("outputs", UNSET)
        try:
            _outputs = _raw_outputs
            outputs: list[Output] | Unset = UNSET
            if _outputs is not UNSET:
                outputs = []
                for outputs_item_data in _outputs:
                    outputs_item = Output.from_dict(outputs_item_data)

                    outputs.append(outputs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "outputs", exc)
            d["outputs"] = _raw_outputs
            outputs = UNSET

        _raw_engine = d.pop("engine", UNSET)
        try:
            _engine = _raw_engine
            engine: Engine | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = Engine.from_dict(_engine)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "engine", exc)
            d["engine"] = _raw_engine
            engine = UNSET

        job_config = cls(
            parameters=parameters,
            inputs=inputs,
            outputs=outputs,
            engine=engine,
        )

        job_config.additional_properties = d
        return job_config

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


from ..models.engine import Engine  # noqa: E402
from ..models.input_ import Input  # noqa: E402
from ..models.output import Output  # noqa: E402
from ..models.parameter import Parameter  # noqa: E402
