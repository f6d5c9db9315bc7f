from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_arts_error import ModelArtsError
from ...models.pool_statistics import PoolStatistics
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
        "url": "/v2/{project_id}/statistics/pools".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelArtsError | PoolStatistics | None:
    if response.status_code == 200:
        response_200 = PoolStatistics.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ModelArtsError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModelArtsError | PoolStatistics]:
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
) -> Response[ModelArtsError | PoolStatistics]:
    """Show resource pool statistics

     Counts the project's resource pools by status: being created, created, failed in the last three
    days, and pending (usually yearly/monthly pools not yet paid), optionally within one workspace.

    Args:
        project_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | PoolStatistics]
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
) -> ModelArtsError | PoolStatistics | None:
    """Show resource pool statistics

     Counts the project's resource pools by status: being created, created, failed in the last three
    days, and pending (usually yearly/monthly pools not yet paid), optionally within one workspace.

    Args:
        project_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | PoolStatistics
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
) -> Response[ModelArtsError | PoolStatistics]:
    """Show resource pool statistics

     Counts the project's resource pools by status: being created, created, failed in the last three
    days, and pending (usually yearly/monthly pools not yet paid), optionally within one workspace.

    Args:
        project_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | PoolStatistics]
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
) -> ModelArtsError | PoolStatistics | None:
    """Show resource pool statistics

     Counts the project's resource pools by status: being created, created, failed in the last three
    days, and pending (usually yearly/monthly pools not yet paid), optionally within one workspace.

    Args:
        project_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | PoolStatistics
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            workspace_id=workspace_id,
        )
    ).parsed
