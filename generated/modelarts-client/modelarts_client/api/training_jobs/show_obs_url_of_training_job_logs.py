from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_arts_error import ModelArtsError
from ...models.show_obs_url_of_training_job_logs_content_type import ShowObsUrlOfTrainingJobLogsContentType
from ...models.training_job_log_url import TrainingJobLogUrl
from ...runtime.params import path_segment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    training_job_id: str,
    task_id: str,
    *,
    content_type: ShowObsUrlOfTrainingJobLogsContentType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_content_type: str | Unset = UNSET
    if not isinstance(content_type, Unset):
        json_content_type = content_type.value

    params["Content-Type"] = json_content_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/url".format(
            project_id=path_segment(project_id, "project_id"),
            training_job_id=path_segment(training_job_id, "training_job_id"),
            task_id=path_segment(task_id, "task_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelArtsError | TrainingJobLogUrl | None:
    if response.status_code == 200:
        response_200 = TrainingJobLogUrl.from_dict(response.json())

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
) -> Response[ModelArtsError | TrainingJobLogUrl]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    training_job_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient,
    content_type: ShowObsUrlOfTrainingJobLogsContentType | Unset = UNSET,
) -> Response[ModelArtsError | TrainingJobLogUrl]:
    """Get a temporary OBS link to a training task's log

     Returns a temporary OBS link to the log of one training task, valid for about 5 minutes. `Content-
    Type=text/plain` asks for a preview link, `application/octet-stream` for a download link. IAM treats
    this GET as a Write action (`modelarts:trainJob:logExport`).

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):
        content_type (ShowObsUrlOfTrainingJobLogsContentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | TrainingJobLogUrl]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        task_id=task_id,
        content_type=content_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    training_job_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient,
    content_type: ShowObsUrlOfTrainingJobLogsContentType | Unset = UNSET,
) -> ModelArtsError | TrainingJobLogUrl | None:
    """Get a temporary OBS link to a training task's log

     Returns a temporary OBS link to the log of one training task, valid for about 5 minutes. `Content-
    Type=text/plain` asks for a preview link, `application/octet-stream` for a download link. IAM treats
    this GET as a Write action (`modelarts:trainJob:logExport`).

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):
        content_type (ShowObsUrlOfTrainingJobLogsContentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | TrainingJobLogUrl
    """

    return sync_detailed(
        project_id=project_id,
        training_job_id=training_job_id,
        task_id=task_id,
        client=client,
        content_type=content_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    training_job_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient,
    content_type: ShowObsUrlOfTrainingJobLogsContentType | Unset = UNSET,
) -> Response[ModelArtsError | TrainingJobLogUrl]:
    """Get a temporary OBS link to a training task's log

     Returns a temporary OBS link to the log of one training task, valid for about 5 minutes. `Content-
    Type=text/plain` asks for a preview link, `application/octet-stream` for a download link. IAM treats
    this GET as a Write action (`modelarts:trainJob:logExport`).

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):
        content_type (ShowObsUrlOfTrainingJobLogsContentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelArtsError | TrainingJobLogUrl]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        task_id=task_id,
        content_type=content_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    training_job_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient,
    content_type: ShowObsUrlOfTrainingJobLogsContentType | Unset = UNSET,
) -> ModelArtsError | TrainingJobLogUrl | None:
    """Get a temporary OBS link to a training task's log

     Returns a temporary OBS link to the log of one training task, valid for about 5 minutes. `Content-
    Type=text/plain` asks for a preview link, `application/octet-stream` for a download link. IAM treats
    this GET as a Write action (`modelarts:trainJob:logExport`).

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):
        content_type (ShowObsUrlOfTrainingJobLogsContentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelArtsError | TrainingJobLogUrl
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            training_job_id=training_job_id,
            task_id=task_id,
            client=client,
            content_type=content_type,
        )
    ).parsed
