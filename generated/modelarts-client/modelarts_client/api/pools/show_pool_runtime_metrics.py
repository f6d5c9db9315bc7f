from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_arts_error import ModelArtsError
from ...models.pool_metrics_list import PoolMetricsList
from ...runtime.params import path_segment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/metrics/runtime/pools".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelArtsError | PoolMetricsList | None:
    if response.status_code == 200:
        response_200 = PoolMetricsList.from_dict(response.json())

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
) -> Response[ModelArtsError | PoolMetricsList]:
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
    workspace_id: str | Unset = UNSET,
) -> Response[ModelArtsError | PoolMetricsList]:
    """Show real-time resource pool metrics

     Returns, for every resource pool of the project, the resources currently allocated and the total and
    maximum elastic capacity (CPU, memory, accelerator cards), as Kubernetes-style quantities sampled
    over a short window.

    Args:
        project_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | PoolMetricsList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    workspace_id: str | Unset = UNSET,
) -> ModelArtsError | PoolMetricsList | None:
    """Show real-time resource pool metrics

     Returns, for every resource pool of the project, the resources currently allocated and the total and
    maximum elastic capacity (CPU, memory, accelerator cards), as Kubernetes-style quantities sampled
    over a short window.

    Args:
        project_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | PoolMetricsList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    workspace_id: str | Unset = UNSET,
) -> Response[ModelArtsError | PoolMetricsList]:
    """Show real-time resource pool metrics

     Returns, for every resource pool of the project, the resources currently allocated and the total and
    maximum elastic capacity (CPU, memory, accelerator cards), as Kubernetes-style quantities sampled
    over a short window.

    Args:
        project_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | PoolMetricsList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    workspace_id: str | Unset = UNSET,
) -> ModelArtsError | PoolMetricsList | None:
    """Show real-time resource pool metrics

     Returns, for every resource pool of the project, the resources currently allocated and the total and
    maximum elastic capacity (CPU, memory, accelerator cards), as Kubernetes-style quantities sampled
    over a short window.

    Args:
        project_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | PoolMetricsList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            workspace_id=workspace_id,
        )
    ).parsed
