from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_arts_error import ModelArtsError
from ...models.service_monitor_info import ServiceMonitorInfo
from ...runtime.params import path_segment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    service_id: str,
    *,
    node_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["node_id"] = node_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/{service_id}/monitor".format(
            project_id=path_segment(project_id, "project_id"),
            service_id=path_segment(service_id, "service_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelArtsError | ServiceMonitorInfo | None:
    if response.status_code == 200:
        response_200 = ServiceMonitorInfo.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ModelArtsError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModelArtsError | ServiceMonitorInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient,
    node_id: str | Unset = UNSET,
) -> Response[ModelArtsError | ServiceMonitorInfo]:
    """Show service monitoring information

     Returns per-model (real-time services) or per-node (edge services) resource usage of a service: CPU
    cores, memory, GPU, NPU and their memory, call and failure counts, and instance counts. For edge
    services, `node_id` restricts the result to one edge node; by default all nodes are returned.

    Args:
        project_id (str):
        service_id (str):
        node_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | ServiceMonitorInfo]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        node_id=node_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient,
    node_id: str | Unset = UNSET,
) -> ModelArtsError | ServiceMonitorInfo | None:
    """Show service monitoring information

     Returns per-model (real-time services) or per-node (edge services) resource usage of a service: CPU
    cores, memory, GPU, NPU and their memory, call and failure counts, and instance counts. For edge
    services, `node_id` restricts the result to one edge node; by default all nodes are returned.

    Args:
        project_id (str):
        service_id (str):
        node_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | ServiceMonitorInfo
    """

    return sync_detailed(
        project_id=project_id,
        service_id=service_id,
        client=client,
        node_id=node_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient,
    node_id: str | Unset = UNSET,
) -> Response[ModelArtsError | ServiceMonitorInfo]:
    """Show service monitoring information

     Returns per-model (real-time services) or per-node (edge services) resource usage of a service: CPU
    cores, memory, GPU, NPU and their memory, call and failure counts, and instance counts. For edge
    services, `node_id` restricts the result to one edge node; by default all nodes are returned.

    Args:
        project_id (str):
        service_id (str):
        node_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | ServiceMonitorInfo]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        node_id=node_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient,
    node_id: str | Unset = UNSET,
) -> ModelArtsError | ServiceMonitorInfo | None:
    """Show service monitoring information

     Returns per-model (real-time services) or per-node (edge services) resource usage of a service: CPU
    cores, memory, GPU, NPU and their memory, call and failure counts, and instance counts. For edge
    services, `node_id` restricts the result to one edge node; by default all nodes are returned.

    Args:
        project_id (str):
        service_id (str):
        node_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | ServiceMonitorInfo
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_id=service_id,
            client=client,
            node_id=node_id,
        )
    ).parsed
