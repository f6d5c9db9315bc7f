from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.engine_and_runtimes_response_ai_engine import EngineAndRuntimesResponseAiEngine
from ..models.engine_and_runtimes_response_arch_item import EngineAndRuntimesResponseArchItem
from ..models.engine_and_runtimes_response_image_source_item import EngineAndRuntimesResponseImageSourceItem
from ..models.engine_and_runtimes_response_status_list_item import EngineAndRuntimesResponseStatusListItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accelerator import Accelerator


T = TypeVar("T", bound="EngineAndRuntimesResponse")


@_attrs_define
class EngineAndRuntimesResponse:
    """
    Attributes:
        ai_engine (EngineAndRuntimesResponseAiEngine | Unset): AI engine type. The options are as follows: -
            **TensorFlow** - **PyTorch** - **MindSpore** - **XGBoost** - **Scikit_Learn** - **Spark_MLlib**
        runtimes (list[str] | Unset): Runtime image, for example, **pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64**
        request_mode (list[str] | Unset): Request mode. The AI engine supports synchronous or asynchronous real-time
            services. - **sync**: synchronous real-time service - **async**: asynchronous real-time service
        accelerators (list[Accelerator] | Unset): Accelerator cards that can be used by the AI engine.
        arch (list[EngineAndRuntimesResponseArchItem] | Unset): AI engine architecture. The options are as follows: -
            **x86_64** - **aarch64**
        status_list (list[EngineAndRuntimesResponseStatusListItem] | Unset): AI engine status. The options are as
            follows: - **normal**: The AI engine is normal. - **deleted**: The AI engine is deleted. - **deleting**: The AI
            engine is being deleted.
        image_source (list[EngineAndRuntimesResponseImageSourceItem] | Unset): Image source. The options are as follows:
            - **base_image** - **uniform_image**
    """

    ai_engine: EngineAndRuntimesResponseAiEngine | Unset = UNSET
    runtimes: list[str] | Unset = UNSET
    request_mode: list[str] | Unset = UNSET
    accelerators: list[Accelerator] | Unset = UNSET
    arch: list[EngineAndRuntimesResponseArchItem] | Unset = UNSET
    status_list: list[EngineAndRuntimesResponseStatusListItem] | Unset = UNSET
    image_source: list[EngineAndRuntimesResponseImageSourceItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_engine: str | Unset = UNSET
        if not isinstance(self.ai_engine, Unset):
            ai_engine = self.ai_engine.value

        runtimes: list[str] | Unset = UNSET
        if not isinstance(self.runtimes, Unset):
            runtimes = self.runtimes

        request_mode: list[str] | Unset = UNSET
        if not isinstance(self.request_mode, Unset):
            request_mode = self.request_mode

        accelerators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accelerators, Unset):
            accelerators = []
            for accelerators_item_data in self.accelerators:
                accelerators_item = accelerators_item_data.to_dict()
                accelerators.append(accelerators_item)

        arch: list[str] | Unset = UNSET
        if not isinstance(self.arch, Unset):
            arch = []
            for arch_item_data in self.arch:
                arch_item = arch_item_data.value
                arch.append(arch_item)

        status_list: list[str] | Unset = UNSET
        if not isinstance(self.status_list, Unset):
            status_list = []
            for status_list_item_data in self.status_list:
                status_list_item = status_list_item_data.value
                status_list.append(status_list_item)

        image_source: list[str] | Unset = UNSET
        if not isinstance(self.image_source, Unset):
            image_source = []
            for image_source_item_data in self.image_source:
                image_source_item = image_source_item_data.value
                image_source.append(image_source_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ai_engine is not UNSET:
            field_dict["ai_engine"] = ai_engine
        if runtimes is not UNSET:
            field_dict["runtimes"] = runtimes
        if request_mode is not UNSET:
            field_dict["request_mode"] = request_mode
        if accelerators is not UNSET:
            field_dict["accelerators"] = accelerators
        if arch is not UNSET:
            field_dict["arch"] = arch
        if status_list is not UNSET:
            field_dict["status_list"] = status_list
        if image_source is not UNSET:
            field_dict["image_source"] = image_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_ai_engine = d.pop("ai_engine", UNSET)
        try:
            _ai_engine = _raw_ai_engine
            ai_engine: EngineAndRuntimesResponseAiEngine | Unset
            if isinstance(_ai_engine, Unset):
                ai_engine = UNSET
            else:
                ai_engine = member_of(EngineAndRuntimesResponseAiEngine, _ai_engine)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "ai_engine", exc)
            d["ai_engine"] = _raw_ai_engine
            ai_engine = UNSET

        runtimes = d.pop("runtimes", UNSET)
        if runtimes is not UNSET and (_misfit := list_misfit(runtimes, (str), False, "a string")):
            deviate(src_dict, "runtimes", _misfit)
            d["runtimes"] = runtimes
            runtimes = UNSET

        request_mode = d.pop("request_mode", UNSET)
        if request_mode is not UNSET and (_misfit := list_misfit(request_mode, (str), False, "a string")):
            deviate(src_dict, "request_mode", _misfit)
            d["request_mode"] = request_mode
            request_mode = UNSET

        _raw_accelerators = d.pop("accelerators", UNSET)
        try:
            _accelerators = _raw_accelerators
            accelerators: list[Accelerator] | Unset = UNSET
            if _accelerators is not UNSET:
                accelerators = []
                for accelerators_item_data in _accelerators:
                    accelerators_item = Accelerator.from_dict(accelerators_item_data)

                    accelerators.append(accelerators_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "accelerators", exc)
            d["accelerators"] = _raw_accelerators
            accelerators = UNSET

        _raw_arch = d.pop("arch", UNSET)
        try:
            _arch = _raw_arch
            arch: list[EngineAndRuntimesResponseArchItem] | Unset = UNSET
            if _arch is not UNSET:
                arch = []
                for arch_item_data in _arch:
                    arch_item = member_of(EngineAndRuntimesResponseArchItem, arch_item_data)

                    arch.append(arch_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "arch", exc)
            d["arch"] = _raw_arch
            arch = UNSET

        _raw_status_list = d.pop("status_list", UNSET)
        try:
            _status_list = _raw_status_list
            status_list: list[EngineAndRuntimesResponseStatusListItem] | Unset = UNSET
            if _status_list is not UNSET:
                status_list = []
                for status_list_item_data in _status_list:
                    status_list_item = member_of(EngineAndRuntimesResponseStatusListItem, status_list_item_data)

                    status_list.append(status_list_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status_list", exc)
            d["status_list"] = _raw_status_list
            status_list = UNSET

        _raw_image_source = d.pop("image_source", UNSET)
        try:
            _image_source = _raw_image_source
            image_source: list[EngineAndRuntimesResponseImageSourceItem] | Unset = UNSET
            if _image_source is not UNSET:
                image_source = []
                for image_source_item_data in _image_source:
                    image_source_item = member_of(EngineAndRuntimesResponseImageSourceItem, image_source_item_data)

                    image_source.append(image_source_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "image_source", exc)
            d["image_source"] = _raw_image_source
            image_source = UNSET

        engine_and_runtimes_response = cls(
            ai_engine=ai_engine,
            runtimes=runtimes,
            request_mode=request_mode,
            accelerators=accelerators,
            arch=arch,
            status_list=status_list,
            image_source=image_source,
        )

        engine_and_runtimes_response.additional_properties = d
        return engine_and_runtimes_response

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


from ..models.accelerator import Accelerator  # noqa: E402
