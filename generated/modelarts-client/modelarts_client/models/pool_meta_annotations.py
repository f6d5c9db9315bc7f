from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.pool_meta_annotations_os_modelartsauto_renew import PoolMetaAnnotationsOsModelartsautoRenew
from ..models.pool_meta_annotations_os_modelartsbilling_mode import PoolMetaAnnotationsOsModelartsbillingMode
from ..models.pool_meta_annotations_os_modelartsperiod_type import PoolMetaAnnotationsOsModelartsperiodType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolMetaAnnotations")


@_attrs_define
class PoolMetaAnnotations:
    """Annotations of a resource pool; all values are strings.

    Attributes:
        os_modelartsdescription (str | Unset): Description of the pool.
        os_modelartsbilling_mode (PoolMetaAnnotationsOsModelartsbillingMode | Unset): Billing mode: `0` pay-per-use, `1`
            yearly/monthly subscription.
        os_modelartsperiod_num (str | Unset): Subscription period count, e.g. `2`; used with `os.modelarts/period.type`.
        os_modelartsperiod_type (PoolMetaAnnotationsOsModelartsperiodType | Unset): Subscription period unit: `2` month,
            `3` year, `4` hour (the official SDK lists only 2 and 3).
        os_modelartsauto_renew (PoolMetaAnnotationsOsModelartsautoRenew | Unset): Automatic renewal: `0` no (default),
            `1` yes.
        os_modelartspromotion_info (str | Unset): Discount chosen by the user in the billing system (CBC).
        os_modelartsservice_console_url (str | Unset): URL the console redirects to once the subscription order is paid.
        os_modelartsorder_id (str | Unset): Order id; needed when a subscription pool is created or its billing mode
            changes.
        os_modelartsflavor_resource_ids (str | Unset): Billing resource id of each flavor, used with the billing system
            (CBC).
        os_modelartstms_tags (str | Unset): TMS tags given by the user at creation.
        os_modelarts_poolscheduler_queue_strategy (str | Unset): Scheduling queue strategy of the pool (from the
            official SDK; not in the manual's table).
        os_modelarts_poolsubpools_count (str | Unset): Number of logical sub-pools (from the official SDK; not in the
            manual's table).
        os_modelartstenant_domain_name (str | Unset): Tenant account name of the pool (from the official SDK; not in the
            manual's table).
        os_modelarts_poolscope_external_dependency_train (str | Unset): External dependency of training, a JSON text
            (not in the manual's excerpt; from the English edition). The official SDK's models spell this key with a lower-
            case `train`.
        os_modelarts_poolscope_external_dependency_infer (str | Unset): External dependency of inference, a JSON text
            (not in the manual's excerpt; from the English edition).
        os_modelarts_poolscope_external_dependency_notebook (str | Unset): External dependency of notebooks, a JSON text
            (not in the manual's excerpt; from the English edition).
        os_modelartsscheduler_extension (str | Unset): Priority other users' jobs may be given in a shared pool (not in
            the manual's excerpt; from the English edition).
        os_modelartsvolcano_scheduler_cabinet_exclusive_enabled (str | Unset): Whether a pool not provisioned as whole
            cabinets may run whole-cabinet jobs (not in the manual's excerpt; from the English edition).
    """

    os_modelartsdescription: str | Unset = UNSET
    os_modelartsbilling_mode: PoolMetaAnnotationsOsModelartsbillingMode | Unset = UNSET
    os_modelartsperiod_num: str | Unset = UNSET
    os_modelartsperiod_type: PoolMetaAnnotationsOsModelartsperiodType | Unset = UNSET
    os_modelartsauto_renew: PoolMetaAnnotationsOsModelartsautoRenew | Unset = UNSET
    os_modelartspromotion_info: str | Unset = UNSET
    os_modelartsservice_console_url: str | Unset = UNSET
    os_modelartsorder_id: str | Unset = UNSET
    os_modelartsflavor_resource_ids: str | Unset = UNSET
    os_modelartstms_tags: str | Unset = UNSET
    os_modelarts_poolscheduler_queue_strategy: str | Unset = UNSET
    os_modelarts_poolsubpools_count: str | Unset = UNSET
    os_modelartstenant_domain_name: str | Unset = UNSET
    os_modelarts_poolscope_external_dependency_train: str | Unset = UNSET
    os_modelarts_poolscope_external_dependency_infer: str | Unset = UNSET
    os_modelarts_poolscope_external_dependency_notebook: str | Unset = UNSET
    os_modelartsscheduler_extension: str | Unset = UNSET
    os_modelartsvolcano_scheduler_cabinet_exclusive_enabled: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_modelartsdescription = self.os_modelartsdescription

        os_modelartsbilling_mode: str | Unset = UNSET
        if not isinstance(self.os_modelartsbilling_mode, Unset):
            os_modelartsbilling_mode = self.os_modelartsbilling_mode.value

        os_modelartsperiod_num = self.os_modelartsperiod_num

        os_modelartsperiod_type: str | Unset = UNSET
        if not isinstance(self.os_modelartsperiod_type, Unset):
            os_modelartsperiod_type = self.os_modelartsperiod_type.value

        os_modelartsauto_renew: str | Unset = UNSET
        if not isinstance(self.os_modelartsauto_renew, Unset):
            os_modelartsauto_renew = self.os_modelartsauto_renew.value

        os_modelartspromotion_info = self.os_modelartspromotion_info

        os_modelartsservice_console_url = self.os_modelartsservice_console_url

        os_modelartsorder_id = self.os_modelartsorder_id

        os_modelartsflavor_resource_ids = self.os_modelartsflavor_resource_ids

        os_modelartstms_tags = self.os_modelartstms_tags

        os_modelarts_poolscheduler_queue_strategy = self.os_modelarts_poolscheduler_queue_strategy

        os_modelarts_poolsubpools_count = self.os_modelarts_poolsubpools_count

        os_modelartstenant_domain_name = self.os_modelartstenant_domain_name

        os_modelarts_poolscope_external_dependency_train = self.os_modelarts_poolscope_external_dependency_train

        os_modelarts_poolscope_external_dependency_infer = self.os_modelarts_poolscope_external_dependency_infer

        os_modelarts_poolscope_external_dependency_notebook = self.os_modelarts_poolscope_external_dependency_notebook

        os_modelartsscheduler_extension = self.os_modelartsscheduler_extension

        os_modelartsvolcano_scheduler_cabinet_exclusive_enabled = (
            self.os_modelartsvolcano_scheduler_cabinet_exclusive_enabled
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if os_modelartsdescription is not UNSET:
            field_dict["os.modelarts/description"] = os_modelartsdescription
        if os_modelartsbilling_mode is not UNSET:
            field_dict["os.modelarts/billing.mode"] = os_modelartsbilling_mode
        if os_modelartsperiod_num is not UNSET:
            field_dict["os.modelarts/period.num"] = os_modelartsperiod_num
        if os_modelartsperiod_type is not UNSET:
            field_dict["os.modelarts/period.type"] = os_modelartsperiod_type
        if os_modelartsauto_renew is not UNSET:
            field_dict["os.modelarts/auto.renew"] = os_modelartsauto_renew
        if os_modelartspromotion_info is not UNSET:
            field_dict["os.modelarts/promotion.info"] = os_modelartspromotion_info
        if os_modelartsservice_console_url is not UNSET:
            field_dict["os.modelarts/service.console.url"] = os_modelartsservice_console_url
        if os_modelartsorder_id is not UNSET:
            field_dict["os.modelarts/order.id"] = os_modelartsorder_id
        if os_modelartsflavor_resource_ids is not UNSET:
            field_dict["os.modelarts/flavor.resource.ids"] = os_modelartsflavor_resource_ids
        if os_modelartstms_tags is not UNSET:
            field_dict["os.modelarts/tms.tags"] = os_modelartstms_tags
        if os_modelarts_poolscheduler_queue_strategy is not UNSET:
            field_dict["os.modelarts.pool/scheduler.queue.strategy"] = os_modelarts_poolscheduler_queue_strategy
        if os_modelarts_poolsubpools_count is not UNSET:
            field_dict["os.modelarts.pool/subpools.count"] = os_modelarts_poolsubpools_count
        if os_modelartstenant_domain_name is not UNSET:
            field_dict["os.modelarts/tenant.domain.name"] = os_modelartstenant_domain_name
        if os_modelarts_poolscope_external_dependency_train is not UNSET:
            field_dict["os.modelarts.pool/scope.external.dependency.Train"] = (
                os_modelarts_poolscope_external_dependency_train
            )
        if os_modelarts_poolscope_external_dependency_infer is not UNSET:
            field_dict["os.modelarts.pool/scope.external.dependency.Infer"] = (
                os_modelarts_poolscope_external_dependency_infer
            )
        if os_modelarts_poolscope_external_dependency_notebook is not UNSET:
            field_dict["os.modelarts.pool/scope.external.dependency.Notebook"] = (
                os_modelarts_poolscope_external_dependency_notebook
            )
        if os_modelartsscheduler_extension is not UNSET:
            field_dict["os.modelarts/scheduler.extension"] = os_modelartsscheduler_extension
        if os_modelartsvolcano_scheduler_cabinet_exclusive_enabled is not UNSET:
            field_dict["os.modelarts/volcano.scheduler.cabinet-exclusive.enabled"] = (
                os_modelartsvolcano_scheduler_cabinet_exclusive_enabled
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _kept: dict[str, Any] = {}
        os_modelartsdescription = d.pop("os.modelarts/description", UNSET)
        if not isinstance(os_modelartsdescription, (str, Unset)):
            deviate(src_dict, "os.modelarts/description", TypeError("expected a string"))
            _kept["os.modelarts/description"] = os_modelartsdescription
            os_modelartsdescription = UNSET

        _raw_os_modelartsbilling_mode = d.pop("os.modelarts/billing.mode", UNSET)
        try:
            _os_modelartsbilling_mode = _raw_os_modelartsbilling_mode
            os_modelartsbilling_mode: PoolMetaAnnotationsOsModelartsbillingMode | Unset
            if isinstance(_os_modelartsbilling_mode, Unset):
                os_modelartsbilling_mode = UNSET
            else:
                os_modelartsbilling_mode = member_of(
                    PoolMetaAnnotationsOsModelartsbillingMode, _os_modelartsbilling_mode
                )

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "os.modelarts/billing.mode", exc)
            _kept["os.modelarts/billing.mode"] = _raw_os_modelartsbilling_mode
            os_modelartsbilling_mode = UNSET

        os_modelartsperiod_num = d.pop("os.modelarts/period.num", UNSET)
        if not isinstance(os_modelartsperiod_num, (str, Unset)):
            deviate(src_dict, "os.modelarts/period.num", TypeError("expected a string"))
            _kept["os.modelarts/period.num"] = os_modelartsperiod_num
            os_modelartsperiod_num = UNSET

        _raw_os_modelartsperiod_type = d.pop("os.modelarts/period.type", UNSET)
        try:
            _os_modelartsperiod_type = _raw_os_modelartsperiod_type
            os_modelartsperiod_type: PoolMetaAnnotationsOsModelartsperiodType | Unset
            if isinstance(_os_modelartsperiod_type, Unset):
                os_modelartsperiod_type = UNSET
            else:
                os_modelartsperiod_type = member_of(PoolMetaAnnotationsOsModelartsperiodType, _os_modelartsperiod_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "os.modelarts/period.type", exc)
            _kept["os.modelarts/period.type"] = _raw_os_modelartsperiod_type
            os_modelartsperiod_type = UNSET

        _raw_os_modelartsauto_renew = d.pop("os.modelarts/auto.renew", UNSET)
        try:
            _os_modelartsauto_renew = _raw_os_modelartsauto_renew
            os_modelartsauto_renew: PoolMetaAnnotationsOsModelartsautoRenew | Unset
            if isinstance(_os_modelartsauto_renew, Unset):
                os_modelartsauto_renew = UNSET
            else:
                os_modelartsauto_renew = member_of(PoolMetaAnnotationsOsModelartsautoRenew, _os_modelartsauto_renew)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "os.modelarts/auto.renew", exc)
            _kept["os.modelarts/auto.renew"] = _raw_os_modelartsauto_renew
            os_modelartsauto_renew = UNSET

        os_modelartspromotion_info = d.pop("os.modelarts/promotion.info", UNSET)
        if not isinstance(os_modelartspromotion_info, (str, Unset)):
            deviate(src_dict, "os.modelarts/promotion.info", TypeError("expected a string"))
            _kept["os.modelarts/promotion.info"] = os_modelartspromotion_info
            os_modelartspromotion_info = UNSET

        os_modelartsservice_console_url = d.pop("os.modelarts/service.console.url", UNSET)
        if not isinstance(os_modelartsservice_console_url, (str, Unset)):
            deviate(src_dict, "os.modelarts/service.console.url", TypeError("expected a string"))
            _kept["os.modelarts/service.console.url"] = os_modelartsservice_console_url
            os_modelartsservice_console_url = UNSET

        os_modelartsorder_id = d.pop("os.modelarts/order.id", UNSET)
        if not isinstance(os_modelartsorder_id, (str, Unset)):
            deviate(src_dict, "os.modelarts/order.id", TypeError("expected a string"))
            _kept["os.modelarts/order.id"] = os_modelartsorder_id
            os_modelartsorder_id = UNSET

        os_modelartsflavor_resource_ids = d.pop("os.modelarts/flavor.resource.ids", UNSET)
        if not isinstance(os_modelartsflavor_resource_ids, (str, Unset)):
            deviate(src_dict, "os.modelarts/flavor.resource.ids", TypeError("expected a string"))
            _kept["os.modelarts/flavor.resource.ids"] = os_modelartsflavor_resource_ids
            os_modelartsflavor_resource_ids = UNSET

        os_modelartstms_tags = d.pop("os.modelarts/tms.tags", UNSET)
        if not isinstance(os_modelartstms_tags, (str, Unset)):
            deviate(src_dict, "os.modelarts/tms.tags", TypeError("expected a string"))
            _kept["os.modelarts/tms.tags"] = os_modelartstms_tags
            os_modelartstms_tags = UNSET

        os_modelarts_poolscheduler_queue_strategy = d.pop("os.modelarts.pool/scheduler.queue.strategy", UNSET)
        if not isinstance(os_modelarts_poolscheduler_queue_strategy, (str, Unset)):
            deviate(src_dict, "os.modelarts.pool/scheduler.queue.strategy", TypeError("expected a string"))
            _kept["os.modelarts.pool/scheduler.queue.strategy"] = os_modelarts_poolscheduler_queue_strategy
            os_modelarts_poolscheduler_queue_strategy = UNSET

        os_modelarts_poolsubpools_count = d.pop("os.modelarts.pool/subpools.count", UNSET)
        if not isinstance(os_modelarts_poolsubpools_count, (str, Unset)):
            deviate(src_dict, "os.modelarts.pool/subpools.count", TypeError("expected a string"))
            _kept["os.modelarts.pool/subpools.count"] = os_modelarts_poolsubpools_count
            os_modelarts_poolsubpools_count = UNSET

        os_modelartstenant_domain_name = d.pop("os.modelarts/tenant.domain.name", UNSET)
        if not isinstance(os_modelartstenant_domain_name, (str, Unset)):
            deviate(src_dict, "os.modelarts/tenant.domain.name", TypeError("expected a string"))
            _kept["os.modelarts/tenant.domain.name"] = os_modelartstenant_domain_name
            os_modelartstenant_domain_name = UNSET

        os_modelarts_poolscope_external_dependency_train = d.pop(
            "os.modelarts.pool/scope.external.dependency.Train", UNSET
        )
        if not isinstance(os_modelarts_poolscope_external_dependency_train, (str, Unset)):
            deviate(src_dict, "os.modelarts.pool/scope.external.dependency.Train", TypeError("expected a string"))
            _kept["os.modelarts.pool/scope.external.dependency.Train"] = (
                os_modelarts_poolscope_external_dependency_train
            )
            os_modelarts_poolscope_external_dependency_train = UNSET

        os_modelarts_poolscope_external_dependency_infer = d.pop(
            "os.modelarts.pool/scope.external.dependency.Infer", UNSET
        )
        if not isinstance(os_modelarts_poolscope_external_dependency_infer, (str, Unset)):
            deviate(src_dict, "os.modelarts.pool/scope.external.dependency.Infer", TypeError("expected a string"))
            _kept["os.modelarts.pool/scope.external.dependency.Infer"] = (
                os_modelarts_poolscope_external_dependency_infer
            )
            os_modelarts_poolscope_external_dependency_infer = UNSET

        os_modelarts_poolscope_external_dependency_notebook = d.pop(
            "os.modelarts.pool/scope.external.dependency.Notebook", UNSET
        )
        if not isinstance(os_modelarts_poolscope_external_dependency_notebook, (str, Unset)):
            deviate(src_dict, "os.modelarts.pool/scope.external.dependency.Notebook", TypeError("expected a string"))
            _kept["os.modelarts.pool/scope.external.dependency.Notebook"] = (
                os_modelarts_poolscope_external_dependency_notebook
            )
            os_modelarts_poolscope_external_dependency_notebook = UNSET

        os_modelartsscheduler_extension = d.pop("os.modelarts/scheduler.extension", UNSET)
        if not isinstance(os_modelartsscheduler_extension, (str, Unset)):
            deviate(src_dict, "os.modelarts/scheduler.extension", TypeError("expected a string"))
            _kept["os.modelarts/scheduler.extension"] = os_modelartsscheduler_extension
            os_modelartsscheduler_extension = UNSET

        os_modelartsvolcano_scheduler_cabinet_exclusive_enabled = d.pop(
            "os.modelarts/volcano.scheduler.cabinet-exclusive.enabled", UNSET
        )
        if not isinstance(os_modelartsvolcano_scheduler_cabinet_exclusive_enabled, (str, Unset)):
            deviate(
                src_dict, "os.modelarts/volcano.scheduler.cabinet-exclusive.enabled", TypeError("expected a string")
            )
            _kept["os.modelarts/volcano.scheduler.cabinet-exclusive.enabled"] = (
                os_modelartsvolcano_scheduler_cabinet_exclusive_enabled
            )
            os_modelartsvolcano_scheduler_cabinet_exclusive_enabled = UNSET

        pool_meta_annotations = cls(
            os_modelartsdescription=os_modelartsdescription,
            os_modelartsbilling_mode=os_modelartsbilling_mode,
            os_modelartsperiod_num=os_modelartsperiod_num,
            os_modelartsperiod_type=os_modelartsperiod_type,
            os_modelartsauto_renew=os_modelartsauto_renew,
            os_modelartspromotion_info=os_modelartspromotion_info,
            os_modelartsservice_console_url=os_modelartsservice_console_url,
            os_modelartsorder_id=os_modelartsorder_id,
            os_modelartsflavor_resource_ids=os_modelartsflavor_resource_ids,
            os_modelartstms_tags=os_modelartstms_tags,
            os_modelarts_poolscheduler_queue_strategy=os_modelarts_poolscheduler_queue_strategy,
            os_modelarts_poolsubpools_count=os_modelarts_poolsubpools_count,
            os_modelartstenant_domain_name=os_modelartstenant_domain_name,
            os_modelarts_poolscope_external_dependency_train=os_modelarts_poolscope_external_dependency_train,
            os_modelarts_poolscope_external_dependency_infer=os_modelarts_poolscope_external_dependency_infer,
            os_modelarts_poolscope_external_dependency_notebook=os_modelarts_poolscope_external_dependency_notebook,
            os_modelartsscheduler_extension=os_modelartsscheduler_extension,
            os_modelartsvolcano_scheduler_cabinet_exclusive_enabled=os_modelartsvolcano_scheduler_cabinet_exclusive_enabled,
        )

        for _name, _value in d.items():
            if not isinstance(_value, (str)):
                deviate(src_dict, _name, TypeError("expected a string"))
        pool_meta_annotations.additional_properties = d
        pool_meta_annotations.additional_properties.update(_kept)
        return pool_meta_annotations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
