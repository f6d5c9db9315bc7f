from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_arts_error import ModelArtsError
from ...models.pool import Pool
from ...runtime.params import path_segment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    pool_name: str,
    *,
    x_model_arts_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_model_arts_user_id, Unset):
        headers["X-ModelArts-User-ID"] = x_model_arts_user_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/pools/{pool_name}".format(
            project_id=path_segment(project_id, "project_id"),
            pool_name=path_segment(pool_name, "pool_name"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ModelArtsError | Pool | None:
    if response.status_code == 200:
        response_200 = Pool.from_dict(response.json())

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
) -> Response[ModelArtsError | Pool]:
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
    x_model_arts_user_id: str | Unset = UNSET,
) -> Response[ModelArtsError | Pool]:
    """Show resource pool details

     Returns one dedicated resource pool: its metadata (name, labels, annotations), the desired spec
    (type, job scopes, flavors and node counts, network, drivers, control mode) and the observed status
    (phase, resources per state, scope states, driver states). The pool is addressed by its id, which is
    its `metadata.name`.

    Args:
        project_id (str):
        pool_name (str):
        x_model_arts_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | Pool]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        pool_name=pool_name,
        x_model_arts_user_id=x_model_arts_user_id,
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
    x_model_arts_user_id: str | Unset = UNSET,
) -> ModelArtsError | Pool | None:
    """Show resource pool details

     Returns one dedicated resource pool: its metadata (name, labels, annotations), the desired spec
    (type, job scopes, flavors and node counts, network, drivers, control mode) and the observed status
    (phase, resources per state, scope states, driver states). The pool is addressed by its id, which is
    its `metadata.name`.

    Args:
        project_id (str):
        pool_name (str):
        x_model_arts_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | Pool
    """

    return sync_detailed(
        project_id=project_id,
        pool_name=pool_name,
        client=client,
        x_model_arts_user_id=x_model_arts_user_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
    x_model_arts_user_id: str | Unset = UNSET,
) -> Response[ModelArtsError | Pool]:
    """Show resource pool details

     Returns one dedicated resource pool: its metadata (name, labels, annotations), the desired spec
    (type, job scopes, flavors and node counts, network, drivers, control mode) and the observed status
    (phase, resources per state, scope states, driver states). The pool is addressed by its id, which is
    its `metadata.name`.

    Args:
        project_id (str):
        pool_name (str):
        x_model_arts_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | Pool]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        pool_name=pool_name,
        x_model_arts_user_id=x_model_arts_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
    x_model_arts_user_id: str | Unset = UNSET,
) -> ModelArtsError | Pool | None:
    """Show resource pool details

     Returns one dedicated resource pool: its metadata (name, labels, annotations), the desired spec
    (type, job scopes, flavors and node counts, network, drivers, control mode) and the observed status
    (phase, resources per state, scope states, driver states). The pool is addressed by its id, which is
    its `metadata.name`.

    Args:
        project_id (str):
        pool_name (str):
        x_model_arts_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | Pool
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            pool_name=pool_name,
            client=client,
            x_model_arts_user_id=x_model_arts_user_id,
        )
    ).parsed
