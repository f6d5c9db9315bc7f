from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_engine import AlgorithmEngine
    from ..models.stop_training_job_algorithm_input import StopTrainingJobAlgorithmInput
    from ..models.stop_training_job_algorithm_output import StopTrainingJobAlgorithmOutput


T = TypeVar("T", bound="StopTrainingJobTaskResponseAlgorithm")


@_attrs_define
class StopTrainingJobTaskResponseAlgorithm:
    """
    Attributes:
        code_dir (str | Unset): Absolute path of the directory where the algorithm boot file is stored.
        boot_file (str | Unset): Absolute path of the algorithm boot file.
        inputs (StopTrainingJobAlgorithmInput | Unset):
        outputs (StopTrainingJobAlgorithmOutput | Unset):
        engine (AlgorithmEngine | Unset):
        local_code_dir (str | Unset): Local directory of the training container to which the algorithm code directory is
            downloaded. The rules are as follows: - The directory must be under **/home**. - In v1 compatibility mode, the
            current field does not take effect. - When **code_dir** is prefixed with **file://**, the current field does not
            take effect.
        working_dir (str | Unset): Work directory where an algorithm is executed. Note that this parameter does not take
            effect in v1 compatibility mode.
    """

    code_dir: str | Unset = UNSET
    boot_file: str | Unset = UNSET
    inputs: StopTrainingJobAlgorithmInput | Unset = UNSET
    outputs: StopTrainingJobAlgorithmOutput | Unset = UNSET
    engine: AlgorithmEngine | Unset = UNSET
    local_code_dir: str | Unset = UNSET
    working_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_dir = self.code_dir

        boot_file = self.boot_file

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        engine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.to_dict()

        local_code_dir = self.local_code_dir

        working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code_dir is not UNSET:
            field_dict["code_dir"] = code_dir
        if boot_file is not UNSET:
            field_dict["boot_file"] = boot_file
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if engine is not UNSET:
            field_dict["engine"] = engine
        if local_code_dir is not UNSET:
            field_dict["local_code_dir"] = local_code_dir
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir

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

        _raw_inputs = d.pop("inputs", UNSET)
        try:
            _inputs = _raw_inputs
            inputs: StopTrainingJobAlgorithmInput | Unset
            if isinstance(_inputs, Unset):
                inputs = UNSET
            else:
                inputs = StopTrainingJobAlgorithmInput.from_dict(_inputs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "inputs", exc)
            d["inputs"] = _raw_inputs
            inputs = UNSET

        _raw_outputs = d.pop("outputs", UNSET)
        try:
            _outputs = _raw_outputs
            outputs: StopTrainingJobAlgorithmOutput | Unset
            if isinstance(_outputs, Unset):
                outputs = UNSET
            else:
                outputs = StopTrainingJobAlgorithmOutput.from_dict(_outputs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "outputs", exc)
            d["outputs"] = _raw_outputs
            outputs = UNSET

        _raw_engine = d.pop("engine", UNSET)
        try:
            _engine = _raw_engine
            engine: AlgorithmEngine | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = AlgorithmEngine.from_dict(_engine)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "engine", exc)
            d["engine"] = _raw_engine
            engine = UNSET

        local_code_dir = d.pop("local_code_dir", UNSET)
        if not isinstance(local_code_dir, (str, Unset)):
            deviate(src_dict, "local_code_dir", TypeError("expected a string"))
            d["local_code_dir"] = local_code_dir
            local_code_dir = UNSET

        working_dir = d.pop("working_dir", UNSET)
        if not isinstance(working_dir, (str, Unset)):
            deviate(src_dict, "working_dir", TypeError("expected a string"))
            d["working_dir"] = working_dir
            working_dir = UNSET

        stop_training_job_task_response_algorithm = cls(
            code_dir=code_dir,
            boot_file=boot_file,
            inputs=inputs,
            outputs=outputs,
            engine=engine,
            local_code_dir=local_code_dir,
            working_dir=working_dir,
        )

        stop_training_job_task_response_algorithm.additional_properties = d
        return stop_training_job_task_response_algorithm

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


from ..models.algorithm_engine import AlgorithmEngine  # noqa: E402
from ..models.stop_training_job_algorithm_input import StopTrainingJobAlgorithmInput  # noqa: E402
from ..models.stop_training_job_algorithm_output import StopTrainingJobAlgorithmOutput  # noqa: E402
