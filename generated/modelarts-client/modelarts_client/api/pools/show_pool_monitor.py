from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_arts_error import ModelArtsError
from ...models.pool_monitor import PoolMonitor
from ...models.show_pool_monitor_period import ShowPoolMonitorPeriod
from ...models.show_pool_monitor_statistics import ShowPoolMonitorStatistics
from ...runtime.params import path_segment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    pool_name: str,
    *,
    time_range: str | Unset = "-1.-1.60",
    statistics: ShowPoolMonitorStatistics | Unset = ShowPoolMonitorStatistics.MAXIMUM,
    period: ShowPoolMonitorPeriod | Unset = ShowPoolMonitorPeriod.PERIOD_60,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["time_range"] = time_range

    json_statistics: str | Unset = UNSET
    if not isinstance(statistics, Unset):
        json_statistics = statistics.value

    params["statistics"] = json_statistics

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/pools/{pool_name}/monitor".format(
            project_id=path_segment(project_id, "project_id"),
            pool_name=path_segment(pool_name, "pool_name"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelArtsError | PoolMonitor | None:
    if response.status_code == 200:
        response_200 = PoolMonitor.from_dict(response.json())

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
) -> Response[ModelArtsError | PoolMonitor]:
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
    time_range: str | Unset = "-1.-1.60",
    statistics: ShowPoolMonitorStatistics | Unset = ShowPoolMonitorStatistics.MAXIMUM,
    period: ShowPoolMonitorPeriod | Unset = ShowPoolMonitorPeriod.PERIOD_60,
) -> Response[ModelArtsError | PoolMonitor]:
    """Show resource pool monitoring metrics

     Returns the pool's aggregated monitoring series (CPU, memory, GPU, NPU and disk usage), at most 20
    series. Each series carries one data point per period over the requested time window, holding the
    requested statistic; a value of -1 means no data.

    Args:
        project_id (str):
        pool_name (str):
        time_range (str | Unset):  Default: '-1.-1.60'.
        statistics (ShowPoolMonitorStatistics | Unset):  Default:
            ShowPoolMonitorStatistics.MAXIMUM.
        period (ShowPoolMonitorPeriod | Unset):  Default: ShowPoolMonitorPeriod.PERIOD_60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | PoolMonitor]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        pool_name=pool_name,
        time_range=time_range,
        statistics=statistics,
        period=period,
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
    time_range: str | Unset = "-1.-1.60",
    statistics: ShowPoolMonitorStatistics | Unset = ShowPoolMonitorStatistics.MAXIMUM,
    period: ShowPoolMonitorPeriod | Unset = ShowPoolMonitorPeriod.PERIOD_60,
) -> ModelArtsError | PoolMonitor | None:
    """Show resource pool monitoring metrics

     Returns the pool's aggregated monitoring series (CPU, memory, GPU, NPU and disk usage), at most 20
    series. Each series carries one data point per period over the requested time window, holding the
    requested statistic; a value of -1 means no data.

    Args:
        project_id (str):
        pool_name (str):
        time_range (str | Unset):  Default: '-1.-1.60'.
        statistics (ShowPoolMonitorStatistics | Unset):  Default:
            ShowPoolMonitorStatistics.MAXIMUM.
        period (ShowPoolMonitorPeriod | Unset):  Default: ShowPoolMonitorPeriod.PERIOD_60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | PoolMonitor
    """

    return sync_detailed(
        project_id=project_id,
        pool_name=pool_name,
        client=client,
        time_range=time_range,
        statistics=statistics,
        period=period,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
    time_range: str | Unset = "-1.-1.60",
    statistics: ShowPoolMonitorStatistics | Unset = ShowPoolMonitorStatistics.MAXIMUM,
    period: ShowPoolMonitorPeriod | Unset = ShowPoolMonitorPeriod.PERIOD_60,
) -> Response[ModelArtsError | PoolMonitor]:
    """Show resource pool monitoring metrics

     Returns the pool's aggregated monitoring series (CPU, memory, GPU, NPU and disk usage), at most 20
    series. Each series carries one data point per period over the requested time window, holding the
    requested statistic; a value of -1 means no data.

    Args:
        project_id (str):
        pool_name (str):
        time_range (str | Unset):  Default: '-1.-1.60'.
        statistics (ShowPoolMonitorStatistics | Unset):  Default:
            ShowPoolMonitorStatistics.MAXIMUM.
        period (ShowPoolMonitorPeriod | Unset):  Default: ShowPoolMonitorPeriod.PERIOD_60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | PoolMonitor]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        pool_name=pool_name,
        time_range=time_range,
        statistics=statistics,
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient,
    time_range: str | Unset = "-1.-1.60",
    statistics: ShowPoolMonitorStatistics | Unset = ShowPoolMonitorStatistics.MAXIMUM,
    period: ShowPoolMonitorPeriod | Unset = ShowPoolMonitorPeriod.PERIOD_60,
) -> ModelArtsError | PoolMonitor | None:
    """Show resource pool monitoring metrics

     Returns the pool's aggregated monitoring series (CPU, memory, GPU, NPU and disk usage), at most 20
    series. Each series carries one data point per period over the requested time window, holding the
    requested statistic; a value of -1 means no data.

    Args:
        project_id (str):
        pool_name (str):
        time_range (str | Unset):  Default: '-1.-1.60'.
        statistics (ShowPoolMonitorStatistics | Unset):  Default:
            ShowPoolMonitorStatistics.MAXIMUM.
        period (ShowPoolMonitorPeriod | Unset):  Default: ShowPoolMonitorPeriod.PERIOD_60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | PoolMonitor
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            pool_name=pool_name,
            client=client,
            time_range=time_range,
            statistics=statistics,
            period=period,
        )
    ).parsed
