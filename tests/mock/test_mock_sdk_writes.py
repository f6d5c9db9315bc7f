"""The unmodified official SDK's writes (huaweicloudsdkmodelarts 3.1.219) against the mock over a loopback socket, signed
with AK/SK: create → show → list → update → delete of notebooks, pools, training jobs and algorithms, each chain's
state as the SDK sees it; authorizations as far as the mock keeps them (it does not: they have no item path).

Each create and update body is the operation's page example (the spec's request example) built into the SDK's own
request models, and no field of it may be one the SDK's model cannot carry. What the SDK sent is read back from the
mock's journal, and every field of it that the SDK's show model has must come back with the value sent.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from modelarts_mock import Settings, create_app
from modelarts_mock.testing import running_mock

from tests.mock.test_mock_sdk import build_client
from tests.support.mock import AK, SK, request_of, spec_operations, success

PLAIN_TYPES = ("str", "int", "float", "bool", "object", "datetime", "date")


@dataclass
class Sdk:
    modelarts: Any  # the module huaweicloudsdkmodelarts.v1
    client: Any
    app: Any

    def call(self, method: str, request: str, **arguments: Any) -> Any:
        return getattr(self.client, method)(getattr(self.modelarts, request)(**arguments))

    def gone(self, method: str, request: str, **arguments: Any) -> Any:
        """The SDK's own error for a resource that is not there (404)."""
        from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

        with pytest.raises(ClientRequestException) as caught:
            self.call(method, request, **arguments)
        assert caught.value.status_code == 404, caught.value
        return caught.value

    def advance(self, seconds: float) -> None:
        self.app.state.mock.advance(seconds)

    def until_ready(self, show: str) -> None:
        """Advance the mock's clock through the create steps of the lifecycle of `show`'s kind (lifecycles.yaml)."""
        self.advance(sum(seconds or 0 for _, seconds in self.app.state.mock.spec.lifecycles[show].create))

    def until_gone(self, show: str) -> None:
        """Advance the mock's clock past the deleting state of `show`'s kind."""
        self.advance(sum(seconds or 0 for _, seconds in self.app.state.mock.spec.lifecycles[show].delete))

    def sent(self, operation: str) -> Any:
        """The JSON body of the last request of `operation` as the SDK put it on the wire (from the mock's journal)."""
        entries = [entry for entry in self.app.state.mock.journal if entry["operation"] == operation]
        assert entries, f"the SDK sent no {operation}"
        return json.loads(entries[-1]["body"]) if entries[-1]["body"] else None

    def query(self, operation: str) -> str:
        entries = [entry for entry in self.app.state.mock.journal if entry["operation"] == operation]
        assert entries, f"the SDK sent no {operation}"
        return str(entries[-1]["query"])


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sdk]:
    home = tmp_path_factory.mktemp("home")
    saved = os.environ.get("HOME")
    os.environ["HOME"] = os.fspath(home)  # importing the SDK writes $HOME/.huaweicloud/application_id
    try:
        import huaweicloudsdkmodelarts.v1 as modelarts

        app = create_app(Settings(keys={AK: SK}, validate_responses=True))
        with running_mock(app=app) as base_url:
            yield Sdk(modelarts, build_client(modelarts, base_url, SK), app)
    finally:
        if saved is None:
            os.environ.pop("HOME", None)
        else:
            os.environ["HOME"] = saved


@pytest.fixture(autouse=True)
def _fresh(sdk: Sdk) -> None:
    sdk.app.state.mock.reset()


def sdk_model(modelarts: Any, type_name: str, value: Any, pointer: str, dropped: list[str]) -> Any:
    """`value` (JSON) as the SDK's type `type_name` (its `openapi_types` notation); each key the SDK's model does not
    declare is appended to `dropped` by its JSON pointer (the SDK could not send it)."""
    if value is None:
        return None
    if found := re.fullmatch(r"list\[(.+)\]", type_name):
        return [sdk_model(modelarts, found[1], item, f"{pointer}/{index}", dropped) for index, item in enumerate(value)]
    if found := re.fullmatch(r"dict\(str, (.+)\)", type_name):
        return {key: sdk_model(modelarts, found[1], item, f"{pointer}/{key}", dropped) for key, item in value.items()}
    if type_name in PLAIN_TYPES:
        return value
    model = getattr(modelarts, type_name)
    if not isinstance(value, dict):
        dropped.append(f"{pointer}: the SDK's {type_name} is an object, the example has {value!r}")
        return None
    attribute = {key: name for name, key in model.attribute_map.items()}
    arguments = {}
    for key, item in value.items():
        if key not in attribute:
            dropped.append(f"{pointer}/{key}")
            continue
        name = attribute[key]
        arguments[name] = sdk_model(modelarts, model.openapi_types[name], item, f"{pointer}/{key}", dropped)
    return model(**arguments)


def request_body(sdk: Sdk, request: str, operation: str, **changes: Any) -> Any:
    """The operation's page example (with `changes` at JSON pointers) as the body model of the SDK's `request` class;
    fails if the SDK's models cannot carry a field of it."""
    body = request_of(operation)[2]["json"]
    for pointer, value in changes.items():
        set_pointer(body, pointer, value)
    dropped: list[str] = []
    model = sdk_model(sdk.modelarts, getattr(sdk.modelarts, request).openapi_types["body"], body, "", dropped)
    assert dropped == [], f"{operation}: the SDK's models cannot carry {dropped}"
    return model


def set_pointer(document: Any, pointer: str, value: Any) -> None:
    *parents, last = [token.replace("~1", "/").replace("~0", "~") for token in pointer.split("/")[1:]]
    for token in parents:
        document = document[int(token)] if isinstance(document, list) else document[token]
    document[int(last) if isinstance(document, list) else last] = value


def leaves(value: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, f"{pointer}/{index}")
    else:
        yield pointer, value


def model_at(model: Any, pointer: str) -> Any:
    """The value the SDK's parsed model holds at a wire JSON pointer (through `attribute_map`); KeyError if it has no
    such field."""
    for token in [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]:
        if hasattr(model, "attribute_map"):
            names = {key: name for name, key in model.attribute_map.items()}
            model = getattr(model, names[token])
        elif isinstance(model, list):
            model = model[int(token)]
        elif isinstance(model, dict):
            model = model[token]
        else:
            raise KeyError(token)
    return model


def shown(sent: Any, model: Any) -> dict[str, tuple[Any, Any]]:
    """Each field of the request as sent that the SDK's model of an answer also has: pointer → (sent, shown)."""
    found = {}
    for pointer, value in leaves(sent):
        try:
            found[pointer] = (value, model_at(model, pointer))
        except (KeyError, IndexError, TypeError, ValueError):
            continue
    return found


def assert_shown(sent: Any, model: Any, *pointers: str, lost: tuple[str, ...] = ()) -> None:
    """Every field sent that the SDK's show model has is shown as sent, but exactly those `lost`; `pointers` at least
    are among them."""
    found = shown(sent, model)
    assert sorted(p for p, (given, seen) in found.items() if given != seen) == sorted(lost), found
    assert set(pointers) <= set(found), sorted(found)


def status_of(operation: str) -> int:
    """The success status the spec documents for the operation."""
    return next(success(data)[0] for op_id, _, data in spec_operations() if op_id == operation)


# ---- the chains --------------------------------------------------------------------------------------------------


def test_a_notebook_created_shown_listed_updated_and_deleted_through_the_sdk(sdk: Sdk) -> None:
    created = sdk.call("create_notebook", "CreateNotebookRequest", body=request_body(sdk, "CreateNotebookRequest", "CreateNotebook"))
    sent = sdk.sent("CreateNotebook")
    notebook = created.id
    assert created.status_code == status_of("CreateNotebook") and created.status == "CREATING" and created.name == sent["name"]

    shown_now = sdk.call("show_notebook", "ShowNotebookRequest", id=notebook)
    assert (shown_now.id, shown_now.status) == (notebook, "CREATING")
    assert_shown(sent, shown_now, "/name", "/description", "/flavor", "/feature", "/workspace_id", "/volume/capacity")
    assert shown_now.image.id == sent["image_id"]
    sdk.until_ready("ShowNotebook")  # CREATING, STARTING
    assert sdk.call("show_notebook", "ShowNotebookRequest", id=notebook).status == "RUNNING"

    listed = sdk.call("list_notebooks", "ListNotebooksRequest", name=sent["name"])
    assert [item.status for item in listed.data if item.id == notebook] == ["RUNNING"]

    changed = "changed by the official SDK"
    body = request_body(sdk, "UpdateNotebookRequest", "UpdateNotebook", **{"/description": changed})
    updated = sdk.call("update_notebook", "UpdateNotebookRequest", id=notebook, body=body)
    assert (updated.id, updated.description) == (notebook, changed)
    again = sdk.call("show_notebook", "ShowNotebookRequest", id=notebook)
    assert (again.description, again.name, again.status) == (changed, sent["name"], "RUNNING")

    deleted = sdk.call("delete_notebook", "DeleteNotebookRequest", id=notebook)
    assert deleted.status_code == status_of("DeleteNotebook") and deleted.id == notebook
    assert sdk.call("show_notebook", "ShowNotebookRequest", id=notebook).status == "DELETING"
    sdk.until_gone("ShowNotebook")
    error = sdk.gone("show_notebook", "ShowNotebookRequest", id=notebook)
    assert error.error_code and error.error_msg
    assert notebook not in [item.id for item in sdk.call("list_notebooks", "ListNotebooksRequest").data]


def test_a_pool_created_shown_listed_patched_and_deleted_through_the_sdk(sdk: Sdk) -> None:
    created = sdk.call("create_pool", "CreatePoolRequest", body=request_body(sdk, "CreatePoolRequest", "CreatePool"))
    sent = sdk.sent("CreatePool")
    pool = created.metadata.name
    assert created.status_code == status_of("CreatePool") and created.status.phase == "Creating"

    shown_now = sdk.call("show_pool", "ShowPoolRequest", pool_name=pool)
    assert (shown_now.metadata.name, shown_now.status.phase) == (pool, "Creating")
    assert_shown(
        sent,
        shown_now,
        "/metadata/labels/os.modelarts~1name",
        "/spec/type",
        "/spec/scope/0",
        "/spec/resources/0/flavor",
        "/spec/network/name",
    )
    sdk.until_ready("ShowPool")
    assert sdk.call("show_pool", "ShowPoolRequest", pool_name=pool).status.phase == "Running"

    listed = sdk.call("list_pools", "ListPoolsRequest")
    assert [item.status.phase for item in listed.items if item.metadata.name == pool] == ["Running"]

    body = request_body(sdk, "PatchPoolRequest", "PatchPool", **{"/spec/resources/0/count": 3})
    patched = sdk.call("patch_pool", "PatchPoolRequest", pool_name=pool, body=body)
    assert patched.metadata.name == pool and patched.spec.resources[0].count == 3
    again = sdk.call("show_pool", "ShowPoolRequest", pool_name=pool)
    assert_shown(sdk.sent("PatchPool"), again, "/spec/resources/0/count", "/spec/resources/0/flavor")
    assert again.metadata.labels.os_modelarts_name == sent["metadata"]["labels"]["os.modelarts/name"]

    deleted = sdk.call("delete_pool", "DeletePoolRequest", pool_name=pool)
    assert deleted.status_code == status_of("DeletePool")
    assert sdk.call("show_pool", "ShowPoolRequest", pool_name=pool).status.phase == "Deleting"
    sdk.until_gone("ShowPool")
    sdk.gone("show_pool", "ShowPoolRequest", pool_name=pool)
    assert pool not in [item.metadata.name for item in sdk.call("list_pools", "ListPoolsRequest").items]


def test_a_training_job_created_shown_listed_changed_and_deleted_through_the_sdk(sdk: Sdk) -> None:
    created = sdk.call(
        "create_training_job", "CreateTrainingJobRequest", body=request_body(sdk, "CreateTrainingJobRequest", "CreateTrainingJob")
    )
    sent = sdk.sent("CreateTrainingJob")
    job = created.metadata.id
    assert created.status_code == status_of("CreateTrainingJob") and created.status.phase == "Creating"

    shown_now = sdk.call("show_training_job_details", "ShowTrainingJobDetailsRequest", training_job_id=job)
    assert (shown_now.metadata.id, shown_now.status.phase) == (job, "Creating")
    # The algorithm's id as sent (the spec once gave it `enum: [id]`, read from the page's prose, and lost it).
    assert_shown(sent, shown_now, "/kind", "/metadata/name", "/metadata/description", "/spec/resource/flavor_id", "/algorithm/id")
    sdk.advance(
        sum(seconds or 0 for _, seconds in sdk.app.state.mock.spec.lifecycles["ShowTrainingJobDetails"].create[:2])
    )  # past Creating, Pending
    assert sdk.call("show_training_job_details", "ShowTrainingJobDetailsRequest", training_job_id=job).status.phase == "Running"

    search = request_body(sdk, "ListTrainingJobsRequest", "ListTrainingJobs", **{"/limit": 50, "/filters": []})
    listed = sdk.call("list_training_jobs", "ListTrainingJobsRequest", body=search)
    assert [item.status.phase for item in listed.items if item.metadata.id == job] == ["Running"]

    changed = "changed by the official SDK"
    body = request_body(sdk, "ChangeTrainingJobDescriptionRequest", "ChangeTrainingJobDescription", **{"/description": changed})
    answer = sdk.call("change_training_job_description", "ChangeTrainingJobDescriptionRequest", training_job_id=job, body=body)
    assert answer.status_code == status_of("ChangeTrainingJobDescription")
    # (whether the show answer then carries the new description: test_a_training_jobs_new_description_is_shown)

    assert sdk.call("delete_training_job", "DeleteTrainingJobRequest", training_job_id=job).status_code == status_of("DeleteTrainingJob")
    sdk.gone("show_training_job_details", "ShowTrainingJobDetailsRequest", training_job_id=job)
    listed = sdk.call("list_training_jobs", "ListTrainingJobsRequest", body=search)
    assert job not in [item.metadata.id for item in listed.items]


def test_an_algorithm_created_shown_listed_changed_and_deleted_through_the_sdk(sdk: Sdk) -> None:
    created = sdk.call("create_algorithm", "CreateAlgorithmRequest", body=request_body(sdk, "CreateAlgorithmRequest", "CreateAlgorithm"))
    sent = sdk.sent("CreateAlgorithm")
    algorithm = created.metadata.id
    assert created.status_code == status_of("CreateAlgorithm") and created.metadata.name == sent["metadata"]["name"]

    shown_now = sdk.call("show_algorithm_by_uuid", "ShowAlgorithmByUuidRequest", algorithm_id=algorithm)
    assert shown_now.metadata.id == algorithm
    assert_shown(sent, shown_now, "/metadata/name", "/metadata/description", "/job_config/code_dir", "/job_config/engine/engine_name")

    listed = sdk.call("list_algorithms", "ListAlgorithmsRequest")
    assert [item.metadata.name for item in listed.items if item.metadata.id == algorithm] == [sent["metadata"]["name"]]

    changed = "changed by the official SDK"
    body = request_body(sdk, "ChangeAlgorithmRequest", "ChangeAlgorithm", **{"/metadata/description": changed})
    answer = sdk.call("change_algorithm", "ChangeAlgorithmRequest", algorithm_id=algorithm, body=body)
    assert answer.status_code == status_of("ChangeAlgorithm")
    again = sdk.call("show_algorithm_by_uuid", "ShowAlgorithmByUuidRequest", algorithm_id=algorithm)
    assert (again.metadata.description, again.metadata.name) == (changed, sent["metadata"]["name"])
    assert_shown(sdk.sent("ChangeAlgorithm"), again, "/metadata/description", "/job_config/boot_file")

    assert sdk.call("delete_algorithm", "DeleteAlgorithmRequest", algorithm_id=algorithm).status_code == status_of("DeleteAlgorithm")
    sdk.gone("show_algorithm_by_uuid", "ShowAlgorithmByUuidRequest", algorithm_id=algorithm)
    assert algorithm not in [item.metadata.id for item in sdk.call("list_algorithms", "ListAlgorithmsRequest").items]


# ---- an update shaped otherwise than its show answer, and a collection without item paths ----------------------------------------------------------------------------


def test_a_training_jobs_new_description_is_shown(sdk: Sdk) -> None:
    job = sdk.call(
        "create_training_job", "CreateTrainingJobRequest", body=request_body(sdk, "CreateTrainingJobRequest", "CreateTrainingJob")
    ).metadata.id
    changed = "changed by the official SDK"
    body = request_body(sdk, "ChangeTrainingJobDescriptionRequest", "ChangeTrainingJobDescription", **{"/description": changed})
    sdk.call("change_training_job_description", "ChangeTrainingJobDescriptionRequest", training_job_id=job, body=body)
    assert sdk.call("show_training_job_details", "ShowTrainingJobDetailsRequest", training_job_id=job).metadata.description == changed


def test_an_authorization_created_is_listed_then_deleted(sdk: Sdk) -> None:
    user = "abcdef0123456789abcdef0123456789"
    body = request_body(sdk, "CreateAuthorizationRequest", "CreateAuthorization", **{"/user_id": user})
    sdk.call("create_authorization", "CreateAuthorizationRequest", body=body)
    assert user in [entry.user_id for entry in sdk.call("get_authorizations", "GetAuthorizationsRequest").auth]
    sdk.call("delete_authorizations", "DeleteAuthorizationsRequest", user_id=user)
    assert user not in [entry.user_id for entry in sdk.call("get_authorizations", "GetAuthorizationsRequest").auth]


# ---- where the SDK and the spec disagree ---------------------------------------------------------------------------


def test_the_sdks_notebook_workspace_filter_is_a_query_parameter_the_spec_does_not_have(sdk: Sdk) -> None:
    """ListNotebooks: the SDK sends `workspace_id`; the English edition's page (querying_notebook_instances.rst,
    Table 2) and so the spec name it `workspaceId`. The mock, like any server reading the spec, ignores the SDK's."""
    parameters = next(data.get("parameters") or [] for op_id, _, data in spec_operations() if op_id == "ListNotebooks")
    names = {param.get("name") for param in parameters}
    assert "workspaceId" in names and "workspace_id" not in names
    created = sdk.call("create_notebook", "CreateNotebookRequest", body=request_body(sdk, "CreateNotebookRequest", "CreateNotebook"))
    listed = sdk.call("list_notebooks", "ListNotebooksRequest", workspace_id="no-such-workspace")
    assert sdk.query("ListNotebooks") == "workspace_id=no-such-workspace"
    assert created.id in [item.id for item in listed.data]  # the filter was not applied
