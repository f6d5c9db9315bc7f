from typing import Any

from modelarts_core.arguments import path_segment


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    sample_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples/{sample_id}".format(
            project_id=path_segment(project_id, "project_id"),
            dataset_id=path_segment(dataset_id, "dataset_id"),
            sample_id=path_segment(sample_id, "sample_id"),
        ),
    }

    return _kwargs
