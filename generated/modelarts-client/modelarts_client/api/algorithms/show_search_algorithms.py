from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_arts_error import ModelArtsError
from ...models.search_algorithm_list import SearchAlgorithmList
from ...runtime.params import path_segment
from ...types import Response


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/search-algorithms".format(
            project_id=path_segment(project_id, "project_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelArtsError | SearchAlgorithmList | None:
    if response.status_code == 200:
        response_200 = SearchAlgorithmList.from_dict(response.json())

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
) -> Response[ModelArtsError | SearchAlgorithmList]:
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
) -> Response[ModelArtsError | SearchAlgorithmList]:
    """List hyperparameter search algorithms

     Returns the hyperparameter search algorithms that training jobs can use, each with its name,
    description and default parameters. Parameter values are always sent as strings, whatever their
    declared type. Takes no query parameters.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | SearchAlgorithmList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> ModelArtsError | SearchAlgorithmList | None:
    """List hyperparameter search algorithms

     Returns the hyperparameter search algorithms that training jobs can use, each with its name,
    description and default parameters. Parameter values are always sent as strings, whatever their
    declared type. Takes no query parameters.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | SearchAlgorithmList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ModelArtsError | SearchAlgorithmList]:
    """List hyperparameter search algorithms

     Returns the hyperparameter search algorithms that training jobs can use, each with its name,
    description and default parameters. Parameter values are always sent as strings, whatever their
    declared type. Takes no query parameters.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | SearchAlgorithmList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> ModelArtsError | SearchAlgorithmList | None:
    """List hyperparameter search algorithms

     Returns the hyperparameter search algorithms that training jobs can use, each with its name,
    description and default parameters. Parameter values are always sent as strings, whatever their
    declared type. Takes no query parameters.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | SearchAlgorithmList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed
