from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jupyter_lab import JupyterLab
    from ..models.mind_studio_insight import MindStudioInsight
    from ..models.ssh_resp import SSHResp
    from ..models.tensorboard import Tensorboard


T = TypeVar("T", bound="JobEndpointsResp")


@_attrs_define
class JobEndpointsResp:
    """
    Attributes:
        ssh (SSHResp | Unset):
        jupyter_lab (JupyterLab | Unset):
        tensorboard (Tensorboard | Unset):
        mindstudio_insight (MindStudioInsight | Unset):
    """

    ssh: SSHResp | Unset = UNSET
    jupyter_lab: JupyterLab | Unset = UNSET
    tensorboard: Tensorboard | Unset = UNSET
    mindstudio_insight: MindStudioInsight | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ssh: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssh, Unset):
            ssh = self.ssh.to_dict()

        jupyter_lab: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jupyter_lab, Unset):
            jupyter_lab = self.jupyter_lab.to_dict()

        tensorboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tensorboard, Unset):
            tensorboard = self.tensorboard.to_dict()

        mindstudio_insight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mindstudio_insight, Unset):
            mindstudio_insight = self.mindstudio_insight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ssh is not UNSET:
            field_dict["ssh"] = ssh
        if jupyter_lab is not UNSET:
            field_dict["jupyter_lab"] = jupyter_lab
        if tensorboard is not UNSET:
            field_dict["tensorboard"] = tensorboard
        if mindstudio_insight is not UNSET:
            field_dict["mindstudio_insight"] = mindstudio_insight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_ssh = d.pop("ssh", UNSET)
        try:
            _ssh = _raw_ssh
            ssh: SSHResp | Unset
            if isinstance(_ssh, Unset):
                ssh = UNSET
            else:
                ssh = SSHResp.from_dict(_ssh)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "ssh", exc)
            d["ssh"] = _raw_ssh
            ssh = UNSET

        _raw_jupyter_lab = d.pop("jupyter_lab", UNSET)
        try:
            _jupyter_lab = _raw_jupyter_lab
            jupyter_lab: JupyterLab | Unset
            if isinstance(_jupyter_lab, Unset):
                jupyter_lab = UNSET
            else:
                jupyter_lab = JupyterLab.from_dict(_jupyter_lab)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "jupyter_lab", exc)
            d["jupyter_lab"] = _raw_jupyter_lab
            jupyter_lab = UNSET

        _raw_tensorboard = d.pop("tensorboard", UNSET)
        try:
            _tensorboard = _raw_tensorboard
            tensorboard: Tensorboard | Unset
            if isinstance(_tensorboard, Unset):
                tensorboard = UNSET
            else:
                tensorboard = Tensorboard.from_dict(_tensorboard)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tensorboard", exc)
            d["tensorboard"] = _raw_tensorboard
            tensorboard = UNSET

        _raw_mindstudio_insight = d.pop("mindstudio_insight", UNSET)
        try:
            _mindstudio_insight = _raw_mindstudio_insight
            mindstudio_insight: MindStudioInsight | Unset
            if isinstance(_mindstudio_insight, Unset):
                mindstudio_insight = UNSET
            else:
                mindstudio_insight = MindStudioInsight.from_dict(_mindstudio_insight)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "mindstudio_insight", exc)
            d["mindstudio_insight"] = _raw_mindstudio_insight
            mindstudio_insight = UNSET

        job_endpoints_resp = cls(
            ssh=ssh,
            jupyter_lab=jupyter_lab,
            tensorboard=tensorboard,
            mindstudio_insight=mindstudio_insight,
        )

        job_endpoints_resp.additional_properties = d
        return job_endpoints_resp

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


from ..models.jupyter_lab import JupyterLab  # noqa: E402
from ..models.mind_studio_insight import MindStudioInsight  # noqa: E402
from ..models.ssh_resp import SSHResp  # noqa: E402
from ..models.tensorboard import Tensorboard  # noqa: E402
