from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.docker_deployment_parameters_annotations_type_0 import DockerDeploymentParametersAnnotationsType0


T = TypeVar("T", bound="DockerDeploymentParameters")


@_attrs_define
class DockerDeploymentParameters:
    """
    Attributes:
        namespace (str | Unset): SWR organization name, which is globally unique
        image_name (str | Unset): Image name
        image_tag (str | Unset): Image tag
        annotations (DockerDeploymentParametersAnnotationsType0 | None | Unset): Label information, which can be
            extended. By default, this parameter is left blank.
    """

    namespace: str | Unset = UNSET
    image_name: str | Unset = UNSET
    image_tag: str | Unset = UNSET
    annotations: DockerDeploymentParametersAnnotationsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        image_name = self.image_name

        image_tag = self.image_tag

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, DockerDeploymentParametersAnnotationsType0):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if image_name is not UNSET:
            field_dict["image_name"] = image_name
        if image_tag is not UNSET:
            field_dict["image_tag"] = image_tag
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        namespace = d.pop("namespace", UNSET)
        if not isinstance(namespace, (str, Unset)):
            deviate(src_dict, "namespace", TypeError("expected a string"))
            d["namespace"] = namespace
            namespace = UNSET

        image_name = d.pop("image_name", UNSET)
        if not isinstance(image_name, (str, Unset)):
            deviate(src_dict, "image_name", TypeError("expected a string"))
            d["image_name"] = image_name
            image_name = UNSET

        image_tag = d.pop("image_tag", UNSET)
        if not isinstance(image_tag, (str, Unset)):
            deviate(src_dict, "image_tag", TypeError("expected a string"))
            d["image_tag"] = image_tag
            image_tag = UNSET

        _raw_annotations = d.pop("annotations", UNSET)
        try:

            def _parse_annotations(data: object) -> DockerDeploymentParametersAnnotationsType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    annotations_type_0 = DockerDeploymentParametersAnnotationsType0.from_dict(data)

                    return annotations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DockerDeploymentParametersAnnotationsType0 | None | Unset, data)

            annotations = _parse_annotations(_raw_annotations)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotations", exc)
            d["annotations"] = _raw_annotations
            annotations = UNSET

        docker_deployment_parameters = cls(
            namespace=namespace,
            image_name=image_name,
            image_tag=image_tag,
            annotations=annotations,
        )

        docker_deployment_parameters.additional_properties = d
        return docker_deployment_parameters

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


from ..models.docker_deployment_parameters_annotations_type_0 import DockerDeploymentParametersAnnotationsType0  # noqa: E402
