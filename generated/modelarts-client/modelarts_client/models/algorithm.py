from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.engine import Engine
    from ..models.inputs import Inputs
    from ..models.job_config import JobConfig
    from ..models.outputs import Outputs


T = TypeVar("T", bound="Algorithm")


@_attrs_define
class Algorithm:
    """
    Attributes:
        job_config (JobConfig | Unset):
        code_dir (str | Unset): Algorithm code directory, for example, **/usr/app/**. This parameter must be used
            together with **boot_file**.
        boot_file (str | Unset): Code boot file of the algorithm, which needs to be stored in the code directory, for
            example, **/usr/app/boot.py**. This parameter must be used together with **code_dir**.
        engine (Engine | Unset):
        inputs (list[Inputs] | Unset): Data input of an algorithm.
        outputs (list[Outputs] | Unset): Data output of an algorithm.
        local_code_dir (str | Unset): Local directory of the training container to which the algorithm code directory is
            downloaded. The rules are as follows: - The directory must be under **/home**. - In v1 compatibility mode, the
            current field does not take effect. - When **code_dir** is prefixed with **file://**, the current field does not
            take effect.
        working_dir (str | Unset): Work directory where an algorithm is executed. Note that this parameter does not take
            effect in v1 compatibility mode.
    """

    job_config: JobConfig | Unset = UNSET
    code_dir: str | Unset = UNSET
    boot_file: str | Unset = UNSET
    engine: Engine | Unset = UNSET
    inputs: list[Inputs] | Unset = UNSET
    outputs: list[Outputs] | Unset = UNSET
    local_code_dir: str | Unset = UNSET
    working_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_config, Unset):
            job_config = self.job_config.to_dict()

        code_dir = self.code_dir

        boot_file = self.boot_file

        engine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.to_dict()

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

        local_code_dir = self.local_code_dir

        working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if job_config is not UNSET:
            field_dict["job_config"] = job_config
        if code_dir is not UNSET:
            field_dict["code_dir"] = code_dir
        if boot_file is not UNSET:
            field_dict["boot_file"] = boot_file
        if engine is not UNSET:
            field_dict["engine"] = engine
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if local_code_dir is not UNSET:
            field_dict["local_code_dir"] = local_code_dir
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_job_config = d.pop("job_config", UNSET)
        try:
            _job_config = _raw_job_config
            job_config: JobConfig | Unset
            if isinstance(_job_config, Unset):
                job_config = UNSET
            else:
                job_config = JobConfig.from_dict(_job_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "job_config", exc)
            d["job_config"] = _raw_job_config
            job_config = UNSET

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

        _raw_inputs = d.pop("inputs", UNSET)
        try:
            _inputs = _raw_inputs
            inputs: list[Inputs] | Unset = UNSET
            if _inputs is not UNSET:
                inputs = []
                for inputs_item_data in _inputs:
                    inputs_item = Inputs.from_dict(inputs_item_data)

                    inputs.append(inputs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "inputs", exc)
            d["inputs"] = _raw_inputs
            inputs = UNSET

        _raw_outputs = d.pop("outputs", UNSET)
        try:
            _outputs = _raw_outputs
            outputs: list[Outputs] | Unset = UNSET
            if _outputs is not UNSET:
                outputs = []
                for outputs_item_data in _outputs:
                    outputs_item = Outputs.from_dict(outputs_item_data)

                    outputs.append(outputs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "outputs", exc)
            d["outputs"] = _raw_outputs
            outputs = UNSET

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

        algorithm = cls(
            job_config=job_config,
            code_dir=code_dir,
            boot_file=boot_file,
            engine=engine,
            inputs=inputs,
            outputs=outputs,
            local_code_dir=local_code_dir,
            working_dir=working_dir,
        )

        algorithm.additional_properties = d
        return algorithm

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
from ..models.inputs import Inputs  # noqa: E402
from ..models.job_config import JobConfig  # noqa: E402
from ..models.outputs import Outputs  # noqa: E402
