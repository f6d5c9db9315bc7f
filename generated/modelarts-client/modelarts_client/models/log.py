from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.log_result import LogResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_log_config import ServiceLogConfig
    from ..models.update_result import UpdateResult


T = TypeVar("T", bound="Log")


@_attrs_define
class Log:
    """
    Attributes:
        update_time (float | Unset): Update time, in milliseconds calculated from 1970.1.1 0:0:0 UTC.
        result (LogResult | Unset): Update result. Options: - **SUCCESS** - **FAIL** - **RUNNING**
        config (list[ServiceLogConfig] | Unset): Model running configurations
        success_num (float | Unset): Number of nodes that are successfully operated. This parameter is returned when
            **infer_type** is set to **edge**.
        failed_num (float | Unset): Number of nodes that fail to be operated. This parameter is returned when
            **infer_type** is set to **edge**.
        result_detail (list[UpdateResult] | Unset): Operation result details. This parameter is returned when
            **infer_type** is set to **edge**.
        cluster_id (str | Unset): ID of a dedicated resource pool
        extend_config (list[str] | Unset): Personalized configuration
    """

    update_time: float | Unset = UNSET
    result: LogResult | Unset = UNSET
    config: list[ServiceLogConfig] | Unset = UNSET
    success_num: float | Unset = UNSET
    failed_num: float | Unset = UNSET
    result_detail: list[UpdateResult] | Unset = UNSET
    cluster_id: str | Unset = UNSET
    extend_config: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_time = self.update_time

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = []
            for config_item_data in self.config:
                config_item = config_item_data.to_dict()
                config.append(config_item)

        success_num = self.success_num

        failed_num = self.failed_num

        result_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result_detail, Unset):
            result_detail = []
            for result_detail_item_data in self.result_detail:
                result_detail_item = result_detail_item_data.to_dict()
                result_detail.append(result_detail_item)

        cluster_id = self.cluster_id

        extend_config: list[str] | Unset = UNSET
        if not isinstance(self.extend_config, Unset):
            extend_config = self.extend_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if result is not UNSET:
            field_dict["result"] = result
        if config is not UNSET:
            field_dict["config"] = config
        if success_num is not UNSET:
            field_dict["success_num"] = success_num
        if failed_num is not UNSET:
            field_dict["failed_num"] = failed_num
        if result_detail is not UNSET:
            field_dict["result_detail"] = result_detail
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if extend_config is not UNSET:
            field_dict["extend_config"] = extend_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        update_time = d.pop("update_time", UNSET)
        if isinstance(update_time, bool) or not isinstance(update_time, (int, float, Unset)):
            deviate(src_dict, "update_time", TypeError("expected a number"))
            d["update_time"] = update_time
            update_time = UNSET

        _raw_result = d.pop("result", UNSET)
        try:
            _result = _raw_result
            result: LogResult | Unset
            if isinstance(_result, Unset):
                result = UNSET
            else:
                result = member_of(LogResult, _result)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "result", exc)
            d["result"] = _raw_result
            result = UNSET

        _raw_config = d.pop("config", UNSET)
        try:
            _config = _raw_config
            config: list[ServiceLogConfig] | Unset = UNSET
            if _config is not UNSET:
                config = []
                for config_item_data in _config:
                    config_item = ServiceLogConfig.from_dict(config_item_data)

                    config.append(config_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "config", exc)
            d["config"] = _raw_config
            config = UNSET

        success_num = d.pop("success_num", UNSET)
        if isinstance(success_num, bool) or not isinstance(success_num, (int, float, Unset)):
            deviate(src_dict, "success_num", TypeError("expected a number"))
            d["success_num"] = success_num
            success_num = UNSET

        failed_num = d.pop("failed_num", UNSET)
        if isinstance(failed_num, bool) or not isinstance(failed_num, (int, float, Unset)):
            deviate(src_dict, "failed_num", TypeError("expected a number"))
            d["failed_num"] = failed_num
            failed_num = UNSET

        _raw_result_detail = d.pop("result_detail", UNSET)
        try:
            _result_detail = _raw_result_detail
            result_detail: list[UpdateResult] | Unset = UNSET
            if _result_detail is not UNSET:
                result_detail = []
                for result_detail_item_data in _result_detail:
                    result_detail_item = UpdateResult.from_dict(result_detail_item_data)

                    result_detail.append(result_detail_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "result_detail", exc)
            d["result_detail"] = _raw_result_detail
            result_detail = UNSET

        cluster_id = d.pop("cluster_id", UNSET)
        if not isinstance(cluster_id, (str, Unset)):
            deviate(src_dict, "cluster_id", TypeError("expected a string"))
            d["cluster_id"] = cluster_id
            cluster_id = UNSET

        extend_config = d.pop("extend_config", UNSET)
        if extend_config is not UNSET and (_misfit := list_misfit(extend_config, (str), False, "a string")):
            deviate(src_dict, "extend_config", _misfit)
            d["extend_config"] = extend_config
            extend_config = UNSET

        log = cls(
            update_time=update_time,
            result=result,
            config=config,
            success_num=success_num,
            failed_num=failed_num,
            result_detail=result_detail,
            cluster_id=cluster_id,
            extend_config=extend_config,
        )

        log.additional_properties = d
        return log

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


from ..models.service_log_config import ServiceLogConfig  # noqa: E402
from ..models.update_result import UpdateResult  # noqa: E402
