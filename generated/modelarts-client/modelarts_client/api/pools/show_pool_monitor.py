from typing import Any

from modelarts_core.arguments import path_segment

from ...models.show_pool_monitor_period import ShowPoolMonitorPeriod
from ...models.show_pool_monitor_statistics import ShowPoolMonitorStatistics
from ...types import UNSET, Unset


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
