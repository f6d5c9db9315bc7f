from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_input_data_headers import TaskInputDataHeaders
    from ..models.task_input_data_tag_item import TaskInputDataTagItem


T = TypeVar("T", bound="TaskInputData")


@_attrs_define
class TaskInputData:
    """
    Attributes:
        stream_name (str | Unset): Name of a VIS video stream. This parameter is mandatory when the input type is
            **vis**.
        bucket (str | Unset): OBS bucket name. This parameter is mandatory when the input type is **obs**.
        path (str | Unset): OBS path. This parameter is mandatory when the input type is **obs**.
        url (str | Unset): File URL or RESTful request URL for obtaining a video stream. This parameter is mandatory
            when the input type is **url** or **restful**. The value contains a maximum of 1000 characters.
        headers (TaskInputDataHeaders | Unset): Headers carried in the RESTful request for obtaining a video stream.
            This parameter is optional when the input type is **restful**. The value is key-value pairs in JSON format. A
            maximum of 10 key-value pairs are allowed.
        certificate_check (bool | Unset): Whether to verify the certificate of the HTTPS request. This parameter is
            mandatory when the input type is **restful**. The value can be **true** or **false**.
        rtsp_path_in_response (str | Unset): Video stream address in the response body for the RESTful request. This
            parameter is mandatory when the input type is **restful**. The value contains a maximum of 1024 characters.
        node_id (str | Unset): Node ID. This parameter is required only for some services when the input type is
            **restful** or **vcn**.
        device_id (str | Unset): VCN ID. This parameter is mandatory when the input type is **vcn**.
        stream_type (int | Unset): Stream type used for analysis. This parameter is optional when the input type is
            **vcn**. The value ranges from 1 to 3. The value **1** indicates primary stream, the value **2** indicates
            secondary stream 1, and the value **3** indicates secondary stream 2.
        id (str | Unset): ID of the mounted edge device. This parameter is mandatory when the input type is
            **edgecamera**.
        camera_type (str | Unset): Camera type. This parameter is applicable to ModelArts Edge. When IPC cameras are
            used, set this parameter to **ipc**.
        tag (list[TaskInputDataTagItem] | Unset): Camera tag. This parameter is mandatory when **camera_type** is set to
            **ipc**. This parameter is applicable to ModelArts Edge.
    """

    stream_name: str | Unset = UNSET
    bucket: str | Unset = UNSET
    path: str | Unset = UNSET
    url: str | Unset = UNSET
    headers: TaskInputDataHeaders | Unset = UNSET
    certificate_check: bool | Unset = UNSET
    rtsp_path_in_response: str | Unset = UNSET
    node_id: str | Unset = UNSET
    device_id: str | Unset = UNSET
    stream_type: int | Unset = UNSET
    id: str | Unset = UNSET
    camera_type: str | Unset = UNSET
    tag: list[TaskInputDataTagItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_name = self.stream_name

        bucket = self.bucket

        path = self.path

        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        certificate_check = self.certificate_check

        rtsp_path_in_response = self.rtsp_path_in_response

        node_id = self.node_id

        device_id = self.device_id

        stream_type = self.stream_type

        id = self.id

        camera_type = self.camera_type

        tag: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = []
            for tag_item_data in self.tag:
                tag_item = tag_item_data.to_dict()
                tag.append(tag_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if stream_name is not UNSET:
            field_dict["stream_name"] = stream_name
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if path is not UNSET:
            field_dict["path"] = path
        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if certificate_check is not UNSET:
            field_dict["certificate_check"] = certificate_check
        if rtsp_path_in_response is not UNSET:
            field_dict["rtsp_path_in_response"] = rtsp_path_in_response
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if stream_type is not UNSET:
            field_dict["stream_type"] = stream_type
        if id is not UNSET:
            field_dict["id"] = id
        if camera_type is not UNSET:
            field_dict["camera_type"] = camera_type
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        stream_name = d.pop("stream_name", UNSET)
        if not isinstance(stream_name, (str, Unset)):
            deviate(src_dict, "stream_name", TypeError("expected a string"))
            d["stream_name"] = stream_name
            stream_name = UNSET

        bucket = d.pop("bucket", UNSET)
        if not isinstance(bucket, (str, Unset)):
            deviate(src_dict, "bucket", TypeError("expected a string"))
            d["bucket"] = bucket
            bucket = UNSET

        path = d.pop("path", UNSET)
        if not isinstance(path, (str, Unset)):
            deviate(src_dict, "path", TypeError("expected a string"))
            d["path"] = path
            path = UNSET

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            deviate(src_dict, "url", TypeError("expected a string"))
            d["url"] = url
            url = UNSET

        _raw_headers = d.pop("headers", UNSET)
        try:
            _headers = _raw_headers
            headers: TaskInputDataHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = TaskInputDataHeaders.from_dict(_headers)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "headers", exc)
            d["headers"] = _raw_headers
            headers = UNSET

        certificate_check = d.pop("certificate_check", UNSET)
        if not isinstance(certificate_check, (bool, Unset)):
            deviate(src_dict, "certificate_check", TypeError("expected a boolean"))
            d["certificate_check"] = certificate_check
            certificate_check = UNSET

        rtsp_path_in_response = d.pop("rtsp_path_in_response", UNSET)
        if not isinstance(rtsp_path_in_response, (str, Unset)):
            deviate(src_dict, "rtsp_path_in_response", TypeError("expected a string"))
            d["rtsp_path_in_response"] = rtsp_path_in_response
            rtsp_path_in_response = UNSET

        node_id = d.pop("node_id", UNSET)
        if not isinstance(node_id, (str, Unset)):
            deviate(src_dict, "node_id", TypeError("expected a string"))
            d["node_id"] = node_id
            node_id = UNSET

        device_id = d.pop("device_id", UNSET)
        if not isinstance(device_id, (str, Unset)):
            deviate(src_dict, "device_id", TypeError("expected a string"))
            d["device_id"] = device_id
            device_id = UNSET

        stream_type = d.pop("stream_type", UNSET)
        if isinstance(stream_type, bool) or not isinstance(stream_type, (int, Unset)):
            deviate(src_dict, "stream_type", TypeError("expected an integer"))
            d["stream_type"] = stream_type
            stream_type = UNSET

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        camera_type = d.pop("camera_type", UNSET)
        if not isinstance(camera_type, (str, Unset)):
            deviate(src_dict, "camera_type", TypeError("expected a string"))
            d["camera_type"] = camera_type
            camera_type = UNSET

        _raw_tag = d.pop("tag", UNSET)
        try:
            _tag = _raw_tag
            tag: list[TaskInputDataTagItem] | Unset = UNSET
            if _tag is not UNSET:
                tag = []
                for tag_item_data in _tag:
                    tag_item = TaskInputDataTagItem.from_dict(tag_item_data)

                    tag.append(tag_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tag", exc)
            d["tag"] = _raw_tag
            tag = UNSET

        task_input_data = cls(
            stream_name=stream_name,
            bucket=bucket,
            path=path,
            url=url,
            headers=headers,
            certificate_check=certificate_check,
            rtsp_path_in_response=rtsp_path_in_response,
            node_id=node_id,
            device_id=device_id,
            stream_type=stream_type,
            id=id,
            camera_type=camera_type,
            tag=tag,
        )

        task_input_data.additional_properties = d
        return task_input_data

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


from ..models.task_input_data_headers import TaskInputDataHeaders  # noqa: E402
from ..models.task_input_data_tag_item import TaskInputDataTagItem  # noqa: E402
