from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_arts_error import ModelArtsError
from ...models.service_specification_list import ServiceSpecificationList
from ...models.show_service_specifications_infer_type import ShowServiceSpecificationsInferType
from ...runtime.params import path_segment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    is_personal_cluster: bool | Unset = False,
    infer_type: ShowServiceSpecificationsInferType | Unset = ShowServiceSpecificationsInferType.REAL_TIME,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_personal_cluster"] = is_personal_cluster

    json_infer_type: str | Unset = UNSET
    if not isinstance(infer_type, Unset):
        json_infer_type = infer_type.value

    params["infer_type"] = json_infer_type

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/specifications".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelArtsError | ServiceSpecificationList | None:
    if response.status_code == 200:
        response_200 = ServiceSpecificationList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ModelArtsError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ModelArtsError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ModelArtsError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModelArtsError | ServiceSpecificationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    is_personal_cluster: bool | Unset = False,
    infer_type: ShowServiceSpecificationsInferType | Unset = ShowServiceSpecificationsInferType.REAL_TIME,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> Response[ModelArtsError | ServiceSpecificationList]:
    """List service deployment specifications

     Lists the resource flavors that real-time, batch or edge services can be deployed with, including
    CPU, memory, GPU and NPU sizes, sale status and quota state. Set `is_personal_cluster` to list the
    flavors of dedicated resource pools instead of the public pool. Results are paged with `limit`
    (default 1000) and `offset` (default 0).

    Args:
        project_id (str):
        is_personal_cluster (bool | Unset):  Default: False.
        infer_type (ShowServiceSpecificationsInferType | Unset):  Default:
            ShowServiceSpecificationsInferType.REAL_TIME.
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | ServiceSpecificationList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        is_personal_cluster=is_personal_cluster,
        infer_type=infer_type,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    is_personal_cluster: bool | Unset = False,
    infer_type: ShowServiceSpecificationsInferType | Unset = ShowServiceSpecificationsInferType.REAL_TIME,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> ModelArtsError | ServiceSpecificationList | None:
    """List service deployment specifications

     Lists the resource flavors that real-time, batch or edge services can be deployed with, including
    CPU, memory, GPU and NPU sizes, sale status and quota state. Set `is_personal_cluster` to list the
    flavors of dedicated resource pools instead of the public pool. Results are paged with `limit`
    (default 1000) and `offset` (default 0).

    Args:
        project_id (str):
        is_personal_cluster (bool | Unset):  Default: False.
        infer_type (ShowServiceSpecificationsInferType | Unset):  Default:
            ShowServiceSpecificationsInferType.REAL_TIME.
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | ServiceSpecificationList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        is_personal_cluster=is_personal_cluster,
        infer_type=infer_type,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    is_personal_cluster: bool | Unset = False,
    infer_type: ShowServiceSpecificationsInferType | Unset = ShowServiceSpecificationsInferType.REAL_TIME,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> Response[ModelArtsError | ServiceSpecificationList]:
    """List service deployment specifications

     Lists the resource flavors that real-time, batch or edge services can be deployed with, including
    CPU, memory, GPU and NPU sizes, sale status and quota state. Set `is_personal_cluster` to list the
    flavors of dedicated resource pools instead of the public pool. Results are paged with `limit`
    (default 1000) and `offset` (default 0).

    Args:
        project_id (str):
        is_personal_cluster (bool | Unset):  Default: False.
        infer_type (ShowServiceSpecificationsInferType | Unset):  Default:
            ShowServiceSpecificationsInferType.REAL_TIME.
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | ServiceSpecificationList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        is_personal_cluster=is_personal_cluster,
        infer_type=infer_type,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    is_personal_cluster: bool | Unset = False,
    infer_type: ShowServiceSpecificationsInferType | Unset = ShowServiceSpecificationsInferType.REAL_TIME,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> ModelArtsError | ServiceSpecificationList | None:
    """List service deployment specifications

     Lists the resource flavors that real-time, batch or edge services can be deployed with, including
    CPU, memory, GPU and NPU sizes, sale status and quota state. Set `is_personal_cluster` to list the
    flavors of dedicated resource pools instead of the public pool. Results are paged with `limit`
    (default 1000) and `offset` (default 0).

    Args:
        project_id (str):
        is_personal_cluster (bool | Unset):  Default: False.
        infer_type (ShowServiceSpecificationsInferType | Unset):  Default:
            ShowServiceSpecificationsInferType.REAL_TIME.
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | ServiceSpecificationList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            is_personal_cluster=is_personal_cluster,
            infer_type=infer_type,
            limit=limit,
            offset=offset,
        )
    ).parsed
