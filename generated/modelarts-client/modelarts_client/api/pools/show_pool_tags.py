from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_arts_error import ModelArtsError
from ...models.pool_tag_list import PoolTagList
from ...runtime.params import path_segment
from ...types import Response


def _get_kwargs(
    project_id: str,
    pool_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/pools/{pool_name}/tags".format(
            project_id=path_segment(project_id, "project_id"),
            pool_name=path_segment(pool_name, "pool_name"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelArtsError | PoolTagList | None:
    if response.status_code == 204:
        response_204 = PoolTagList.from_dict(response.json())

        return response_204

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
) -> Response[ModelArtsError | PoolTagList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ModelArtsError | PoolTagList]:
    """Show resource pool tags

     Lists the tags of one resource pool, each a key with its values. The manual documents status 204
    together with a JSON body; clients should read the body when present and accept an empty 204.

    Args:
        project_id (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | PoolTagList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        pool_name=pool_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
) -> ModelArtsError | PoolTagList | None:
    """Show resource pool tags

     Lists the tags of one resource pool, each a key with its values. The manual documents status 204
    together with a JSON body; clients should read the body when present and accept an empty 204.

    Args:
        project_id (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | PoolTagList
    """

    return sync_detailed(
        project_id=project_id,
        pool_name=pool_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ModelArtsError | PoolTagList]:
    """Show resource pool tags

     Lists the tags of one resource pool, each a key with its values. The manual documents status 204
    together with a JSON body; clients should read the body when present and accept an empty 204.

    Args:
        project_id (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | PoolTagList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        pool_name=pool_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
) -> ModelArtsError | PoolTagList | None:
    """Show resource pool tags

     Lists the tags of one resource pool, each a key with its values. The manual documents status 204
    together with a JSON body; clients should read the body when present and accept an empty 204.

    Args:
        project_id (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | PoolTagList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            pool_name=pool_name,
            client=client,
        )
    ).parsed
