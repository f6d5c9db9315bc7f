from typing import Any

from modelarts_core.arguments import path_segment

from ...models.list_processor_task_version_results_result_property import ListProcessorTaskVersionResultsResultProperty
from ...types import UNSET, Unset


def _get_kwargs(
    project_id: str,
    task_id: str,
    version_id: str,
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    process_parameter: str | Unset = UNSET,
    result_property: ListProcessorTaskVersionResultsResultProperty | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["process_parameter"] = process_parameter

    json_result_property: str | Unset = UNSET
    if not isinstance(result_property, Unset):
        json_result_property = result_property.value

    params["result_property"] = json_result_property

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/processor-tasks/{task_id}/versions/{version_id}/results".format(
            project_id=path_segment(project_id, "project_id"),
            task_id=path_segment(task_id, "task_id"),
            version_id=path_segment(version_id, "version_id"),
        ),
        "params": params,
    }

    return _kwargs
