from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_tree import CodeTree
    from ..models.create_algorithm_inputs import CreateAlgorithmInputs
    from ..models.create_algorithm_job_config_code_tree_type_1 import CreateAlgorithmJobConfigCodeTreeType1
    from ..models.create_algorithm_outputs import CreateAlgorithmOutputs
    from ..models.engine import Engine
    from ..models.parameter import Parameter


T = TypeVar("T", bound="CreateAlgorithmJobConfig")


@_attrs_define
class CreateAlgorithmJobConfig:
    """
    Attributes:
        code_dir (str | Unset): Algorithm code directory, for example, **/usr/app/**. This parameter must be used
            together with **boot_file**.
        boot_file (str | Unset): Code boot file of the algorithm, which must be stored in the code directory, for
            example, **/usr/app/boot.py**. This parameter must be used with **code_dir**.
        command (str | Unset): Container startup command of a custom image algorithm.
        parameters (list[Parameter] | Unset): Running parameter of an algorithm.
        inputs (list[CreateAlgorithmInputs] | Unset): Data input of an algorithm.
        outputs (list[CreateAlgorithmOutputs] | Unset): Data output of an algorithm.
        engine (Engine | Unset):
        code_tree (CreateAlgorithmJobConfigCodeTreeType1 | list[CodeTree] | Unset): Algorithm directory tree
        parameters_customization (bool | Unset): Whether the algorithm allows hyperparameter customization during
            training job creation.
    """

    code_dir: str | Unset = UNSET
    boot_file: str | Unset = UNSET
    command: str | Unset = UNSET
    parameters: list[Parameter] | Unset = UNSET
    inputs: list[CreateAlgorithmInputs] | Unset = UNSET
    outputs: list[CreateAlgorithmOutputs] | Unset = UNSET
    engine: Engine | Unset = UNSET
    code_tree: CreateAlgorithmJobConfigCodeTreeType1 | list[CodeTree] | Unset = UNSET
    parameters_customization: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_dir = self.code_dir

        boot_file = self.boot_file

        command = self.command

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

        code_tree: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.code_tree, Unset):
            code_tree = UNSET
        elif isinstance(self.code_tree, list):
            code_tree = []
            for code_tree_type_0_item_data in self.code_tree:
                code_tree_type_0_item = code_tree_type_0_item_data.to_dict()
                code_tree.append(code_tree_type_0_item)

        else:
            code_tree = self.code_tree.to_dict()

        parameters_customization = self.parameters_customization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code_dir is not UNSET:
            field_dict["code_dir"] = code_dir
        if boot_file is not UNSET:
            field_dict["boot_file"] = boot_file
        if command is not UNSET:
            field_dict["command"] = command
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if engine is not UNSET:
            field_dict["engine"] = engine
        if code_tree is not UNSET:
            field_dict["code_tree"] = code_tree
        if parameters_customization is not UNSET:
            field_dict["parameters_customization"] = parameters_customization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        code_dir = d.pop("code_dir", UNSET)
        if not isinstance(code_dir, (str, Unset)):
            deviate(src_dict, "code_dir", TypeError("expected a string"))
            d["code_dir"] = code_dir
            code_dir = UNSET

        boot_file = d.pop("boot_file", UNSET)
        if not isinstance(boot_file, (str, Unset)):
            deviate(src_dict, "boot_file", TypeError("expected a string"))
            d["boot_file"] = boot_file
            boot_file = UNSET

        command = d.pop("command", UNSET)
        if not isinstance(command, (str, Unset)):
            deviate(src_dict, "command", TypeError("expected a string"))
            d["command"] = command
            command = UNSET

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
            inputs: list[CreateAlgorithmInputs] | Unset = UNSET
            if _inputs is not UNSET:
                inputs = []
                for inputs_item_data in _inputs:
                    inputs_item = CreateAlgorithmInputs.from_dict(inputs_item_data)

                    inputs.append(inputs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "inputs", exc)
            d["inputs"] = _raw_inputs
            inputs = UNSET

        _raw_outputs = d.pop("outputs", UNSET)
        try:
            _outputs = _raw_outputs
            outputs: list[CreateAlgorithmOutputs] | Unset = UNSET
            if _outputs is not UNSET:
                outputs = []
                for outputs_item_data in _outputs:
                    outputs_item = CreateAlgorithmOutputs.from_dict(outputs_item_data)

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

        _raw_code_tree = d.pop("code_tree", UNSET)
        try:

            def _parse_code_tree(data: object) -> CreateAlgorithmJobConfigCodeTreeType1 | list[CodeTree] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    code_tree_type_0 = []
                    _code_tree_type_0 = data
                    for code_tree_type_0_item_data in _code_tree_type_0:
                        code_tree_type_0_item = CodeTree.from_dict(code_tree_type_0_item_data)

                        code_tree_type_0.append(code_tree_type_0_item)

                    return code_tree_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                code_tree_type_1 = CreateAlgorithmJobConfigCodeTreeType1.from_dict(data)

                return code_tree_type_1

            code_tree = _parse_code_tree(_raw_code_tree)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "code_tree", exc)
            d["code_tree"] = _raw_code_tree
            code_tree = UNSET

        parameters_customization = d.pop("parameters_customization", UNSET)
        if not isinstance(parameters_customization, (bool, Unset)):
            deviate(src_dict, "parameters_customization", TypeError("expected a boolean"))
            d["parameters_customization"] = parameters_customization
            parameters_customization = UNSET

        create_algorithm_job_config = cls(
            code_dir=code_dir,
            boot_file=boot_file,
            command=command,
            parameters=parameters,
            inputs=inputs,
            outputs=outputs,
            engine=engine,
            code_tree=code_tree,
            parameters_customization=parameters_customization,
        )

        create_algorithm_job_config.additional_properties = d
        return create_algorithm_job_config

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


from ..models.code_tree import CodeTree  # noqa: E402
from ..models.create_algorithm_inputs import CreateAlgorithmInputs  # noqa: E402
from ..models.create_algorithm_job_config_code_tree_type_1 import CreateAlgorithmJobConfigCodeTreeType1  # noqa: E402
from ..models.create_algorithm_outputs import CreateAlgorithmOutputs  # noqa: E402
from ..models.engine import Engine  # noqa: E402
from ..models.parameter import Parameter  # noqa: E402
