from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_arts_error import ModelArtsError
from ...models.service_event_list import ServiceEventList
from ...models.show_service_events_event_type import ShowServiceEventsEventType
from ...models.show_service_events_order import ShowServiceEventsOrder
from ...runtime.params import path_segment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    service_id: str,
    *,
    event_type: ShowServiceEventsEventType | Unset = UNSET,
    event_info: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: str | Unset = "occur_time",
    order: ShowServiceEventsOrder | Unset = ShowServiceEventsOrder.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_event_type: str | Unset = UNSET
    if not isinstance(event_type, Unset):
        json_event_type = event_type.value

    params["event_type"] = json_event_type

    params["event_info"] = event_info

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["offset"] = offset

    params["limit"] = limit

    params["sort_by"] = sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/{service_id}/events".format(
            project_id=path_segment(project_id, "project_id"),
            service_id=path_segment(service_id, "service_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelArtsError | ServiceEventList | None:
    if response.status_code == 200:
        response_200 = ServiceEventList.from_dict(response.json())

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
) -> Response[ModelArtsError | ServiceEventList]:
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
    event_type: ShowServiceEventsEventType | Unset = UNSET,
    event_info: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: str | Unset = "occur_time",
    order: ShowServiceEventsOrder | Unset = ShowServiceEventsOrder.DESC,
) -> Response[ModelArtsError | ServiceEventList]:
    """List service event logs

     Returns the event log of a service, mainly the five deployment stages (image build, environment
    preparation, resource scheduling, image pull, model start). Events can be filtered by type, text and
    occurrence time window (epoch milliseconds), and are sorted by `occur_time` descending by default,
    1000 per page.

    Args:
        project_id (str):
        service_id (str):
        event_type (ShowServiceEventsEventType | Unset):
        event_info (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (str | Unset):  Default: 'occur_time'.
        order (ShowServiceEventsOrder | Unset):  Default: ShowServiceEventsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | ServiceEventList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        event_type=event_type,
        event_info=event_info,
        start_time=start_time,
        end_time=end_time,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
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
    event_type: ShowServiceEventsEventType | Unset = UNSET,
    event_info: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: str | Unset = "occur_time",
    order: ShowServiceEventsOrder | Unset = ShowServiceEventsOrder.DESC,
) -> ModelArtsError | ServiceEventList | None:
    """List service event logs

     Returns the event log of a service, mainly the five deployment stages (image build, environment
    preparation, resource scheduling, image pull, model start). Events can be filtered by type, text and
    occurrence time window (epoch milliseconds), and are sorted by `occur_time` descending by default,
    1000 per page.

    Args:
        project_id (str):
        service_id (str):
        event_type (ShowServiceEventsEventType | Unset):
        event_info (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (str | Unset):  Default: 'occur_time'.
        order (ShowServiceEventsOrder | Unset):  Default: ShowServiceEventsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | ServiceEventList
    """

    return sync_detailed(
        project_id=project_id,
        service_id=service_id,
        client=client,
        event_type=event_type,
        event_info=event_info,
        start_time=start_time,
        end_time=end_time,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient,
    event_type: ShowServiceEventsEventType | Unset = UNSET,
    event_info: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: str | Unset = "occur_time",
    order: ShowServiceEventsOrder | Unset = ShowServiceEventsOrder.DESC,
) -> Response[ModelArtsError | ServiceEventList]:
    """List service event logs

     Returns the event log of a service, mainly the five deployment stages (image build, environment
    preparation, resource scheduling, image pull, model start). Events can be filtered by type, text and
    occurrence time window (epoch milliseconds), and are sorted by `occur_time` descending by default,
    1000 per page.

    Args:
        project_id (str):
        service_id (str):
        event_type (ShowServiceEventsEventType | Unset):
        event_info (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (str | Unset):  Default: 'occur_time'.
        order (ShowServiceEventsOrder | Unset):  Default: ShowServiceEventsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | ServiceEventList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        event_type=event_type,
        event_info=event_info,
        start_time=start_time,
        end_time=end_time,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient,
    event_type: ShowServiceEventsEventType | Unset = UNSET,
    event_info: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: str | Unset = "occur_time",
    order: ShowServiceEventsOrder | Unset = ShowServiceEventsOrder.DESC,
) -> ModelArtsError | ServiceEventList | None:
    """List service event logs

     Returns the event log of a service, mainly the five deployment stages (image build, environment
    preparation, resource scheduling, image pull, model start). Events can be filtered by type, text and
    occurrence time window (epoch milliseconds), and are sorted by `occur_time` descending by default,
    1000 per page.

    Args:
        project_id (str):
        service_id (str):
        event_type (ShowServiceEventsEventType | Unset):
        event_info (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (str | Unset):  Default: 'occur_time'.
        order (ShowServiceEventsOrder | Unset):  Default: ShowServiceEventsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | ServiceEventList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_id=service_id,
            client=client,
            event_type=event_type,
            event_info=event_info,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
        )
    ).parsed
