from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/versions/{version_id}".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
            version_id=path_segment(version_id, "version_id"),
        ),
    }

    return _kwargs
