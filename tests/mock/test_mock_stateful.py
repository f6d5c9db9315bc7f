"""Writes change state (writes.py): for every kind of resource the spec's paths create, create → show → list →
update → delete over HTTP, each with its page's example body; isolation between projects; the limits.

The kinds come from the spec (kinds.py), so a kind added to the spec is tested here without a line of test code;
the test of the derivation pins how many there are, so a spec change that loses one is noticed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from modelarts_mock import limits
from modelarts_mock.app import cached_spec
from modelarts_mock.kinds import Kind
from modelarts_mock.shaping import get_at, set_at
from modelarts_mock.spec import DEFAULT_SPEC

from tests.support.mock import OTHER_PROJECT, PROJECT, assert_error, client, documented_error, request_of, success

if TYPE_CHECKING:
    from starlette.testclient import TestClient

KINDS = cached_spec(DEFAULT_SPEC).kinds
ALL = sorted(KINDS.by_name.values(), key=lambda k: k.name)
IDS = [k.create.operation_id for k in ALL]


@pytest.fixture(scope="module")
def mock() -> TestClient:
    return client()


@pytest.fixture(autouse=True)
def _fresh(mock: TestClient) -> None:
    mock.app.state.mock.reset()  # type: ignore[attr-defined]


def _parents(kind: Kind) -> dict[str, str]:
    """The parent ids of the create's example: a seeded parent the new resource is created under."""
    return dict(zip(kind.create.key_names, kind.create.key_example, strict=True))


def _created(mock: TestClient, kind: Kind, project: str = PROJECT) -> tuple[dict[str, str], Any]:
    """Create one resource with the create's example body; the path ids of the new resource, and the answer."""
    parents = _parents(kind)
    method, url, sent = request_of(kind.create.operation_id, project=project, **parents)
    if kind.id_source.from_request:  # a name the client chooses: not the seeded one's (that would be a 400)
        named = sent["json"]
        set_at(named, kind.id_source.pointer, f"{get_at(named, kind.id_source.pointer)}{len(mock.app.state.mock.journal)}")  # type: ignore[attr-defined]
    response = mock.request(method, url, **sent)
    assert response.status_code == kind.create.success_status, response.text
    live = mock.app.state.pipeline.state.projects.find(project).live[kind.name]  # type: ignore[attr-defined]
    new = [key for key in live if key[:-1] == tuple(parents.values())][-1]
    answer = response.json() if response.content else None
    if kind.id_source.pointer and not kind.id_source.from_request:
        assert str(get_at(answer, kind.id_source.pointer)) == new[-1]  # the create answers the id it made
    return dict(zip(kind.show.key_names, new, strict=True)), answer  # the show's names (`resource_id` for `dataset_id`)


def _show(mock: TestClient, kind: Kind, ids: dict[str, str], project: str = PROJECT) -> Any:
    method, url, _ = request_of(kind.show.operation_id, project=project, **ids)
    return mock.request(method, url)


def test_the_spec_has_the_kinds_its_pages_describe() -> None:
    assert len(ALL) == 25
    assert {"ShowTrainingJobDetails", "ShowService", "ShowNotebook", "ShowPool", "DescDataset"} <= set(KINDS.by_name)
    pool = KINDS.by_name["ShowPool"]
    assert (pool.create.operation_id, pool.listing and pool.listing.operation_id, pool.delete and pool.delete.operation_id) == (
        "CreatePool",
        "ListPools",
        "DeletePool",
    )
    assert [op.operation_id for op in KINDS.by_name["ShowNotebook"].actions] == [
        "CreateImage",
        "RenewLease",
        "StartNotebook",
        "StopNotebook",
    ]


@pytest.mark.parametrize("kind", ALL, ids=IDS)
def test_a_created_resource_is_shown_with_what_the_request_gave(mock: TestClient, kind: Kind) -> None:
    ids, _ = _created(mock, kind)
    shown = _show(mock, kind, ids)
    assert shown.status_code == 200, shown.text  # the self-check (on) vouches for the schema
    if kind.show_id:
        assert str(get_at(shown.json(), kind.show_id)) == ids[kind.id_param]
    _, _, sent = request_of(kind.create.operation_id)
    given = sent.get("json") if isinstance(sent.get("json"), dict) else {}
    kept = [k for k, v in given.items() if isinstance(v, str) and k in shown.json() and isinstance(shown.json()[k], str)]
    assert all(shown.json()[k] == given[k] for k in kept)  # the request's text fields the answer has, as sent


@pytest.mark.parametrize("kind", [k for k in ALL if k.listing is not None], ids=[k.create.operation_id for k in ALL if k.listing])
def test_a_created_resource_is_listed_and_counted(mock: TestClient, kind: Kind) -> None:
    assert kind.listing is not None and kind.list_items is not None
    method, url, sent = request_of(kind.listing.operation_id, **_parents(kind))
    before = mock.request(method, url, **sent).json()
    ids, _ = _created(mock, kind)
    after = mock.request(method, url, **sent).json()
    items = get_at(after, "/" + "/".join(kind.list_items))
    assert len(items) == len(get_at(before, "/" + "/".join(kind.list_items))) + 1
    if kind.show_id:
        assert ids[kind.id_param] in {str(get_at(item, kind.show_id)) for item in items}
    for total in ("total", "total_count"):
        if isinstance(after.get(total), int) and not isinstance(after.get(total), bool):
            assert after[total] == len(items)


@pytest.mark.parametrize("kind", [k for k in ALL if k.updates], ids=[k.create.operation_id for k in ALL if k.updates])
def test_an_update_answers_and_is_seen_by_show(mock: TestClient, kind: Kind) -> None:
    ids, _ = _created(mock, kind)
    update = kind.updates[0]
    method, url, sent = request_of(update.operation_id, **ids)
    response = mock.request(method, url, **sent)
    assert response.status_code == update.success_status, response.text
    shown = _show(mock, kind, ids).json()
    body = sent.get("json") if isinstance(sent.get("json"), dict) else {}
    for field, value in body.items():
        if isinstance(value, str) and isinstance(shown.get(field), str):
            assert shown[field] == value, field


@pytest.mark.parametrize("kind", [k for k in ALL if k.delete], ids=[k.create.operation_id for k in ALL if k.delete])
def test_a_deleted_resource_is_gone_with_its_operations_404(mock: TestClient, kind: Kind) -> None:
    assert kind.delete is not None
    ids, _ = _created(mock, kind)
    method, url, sent = request_of(kind.delete.operation_id, **ids)
    assert mock.request(method, url, **sent).status_code == kind.delete.success_status
    mock.app.state.mock.advance(3600)  # type: ignore[attr-defined]  # past any deleting state
    documented = documented_error(kind.show.operation.data, "404")
    assert documented is not None
    assert_error(_show(mock, kind, ids), 404, documented["error_code"])
    assert mock.request(method, url, **sent).status_code == 404  # deleting twice: the delete's own 404


def test_a_deleted_seeded_resource_leaves_the_list(mock: TestClient) -> None:
    kind = KINDS.by_name["ShowNotebook"]
    assert kind.listing is not None and kind.delete is not None
    seeded = kind.show.key_example[-1]
    listed = mock.get(request_of(kind.listing.operation_id)[1]).json()["data"]
    method, url, _ = request_of(kind.delete.operation_id, id=seeded)
    assert mock.request(method, url).status_code == 200
    mock.app.state.mock.advance(60)  # type: ignore[attr-defined]
    assert mock.get(request_of(kind.show.operation_id, id=seeded)[1]).status_code == 404
    after = mock.get(request_of(kind.listing.operation_id)[1]).json()["data"]
    assert [i["id"] for i in after] == [i["id"] for i in listed if i["id"] != seeded]


def test_a_create_under_a_missing_parent_is_its_404(mock: TestClient) -> None:
    kind = KINDS.by_name["ShowTask"]  # /services/{service_id}/tasks
    method, url, sent = request_of(kind.create.operation_id, service_id="0" * 8 + "-0000-0000-0000-" + "0" * 12)
    assert mock.request(method, url, **sent).status_code == 404


def test_deleting_a_parent_removes_what_lies_below(mock: TestClient) -> None:
    service, _ = _created(mock, KINDS.by_name["ShowService"])
    tasks = KINDS.by_name["ShowTask"]
    method, url, sent = request_of(tasks.create.operation_id, **service)
    assert mock.request(method, url, **sent).status_code == tasks.create.success_status
    task = next(iter(mock.app.state.pipeline.state.projects.find(PROJECT).live["ShowTask"]))  # type: ignore[attr-defined]
    method, url, _ = request_of("DeleteService", **service)
    assert mock.request(method, url).status_code < 300
    mock.app.state.mock.advance(60)  # type: ignore[attr-defined]
    assert _show(mock, tasks, dict(zip(tasks.show.key_names, task, strict=True))).status_code == 404


def test_projects_do_not_see_each_others_creations(mock: TestClient) -> None:
    kind = KINDS.by_name["ShowTrainingJobDetails"]
    ids, _ = _created(mock, kind)
    assert _show(mock, kind, ids, project=OTHER_PROJECT).status_code == 404
    searched = mock.post(f"/v2/{OTHER_PROJECT}/training-job-searches", json={})
    assert ids["training_job_id"] not in {i["metadata"]["id"] for i in searched.json().get("items", [])}


def test_created_ids_are_new_each_time_and_repeat_after_a_reset(mock: TestClient) -> None:
    kind = KINDS.by_name["ShowNotebook"]
    first, _ = _created(mock, kind)
    second, _ = _created(mock, kind)
    assert first != second
    mock.app.state.mock.reset()  # type: ignore[attr-defined]
    assert _created(mock, kind)[0] == first  # the same run, the same ids: a failure can be replayed


def test_creates_count_against_the_mocks_limits(mock: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    kind = KINDS.by_name["ShowNotebook"]
    held = sum(len(p.documents) for p in mock.app.state.pipeline.state.projects.by_id.values())  # type: ignore[attr-defined]
    monkeypatch.setattr(limits, "MAX_RESOURCES", held + 1)
    _created(mock, kind)
    method, url, sent = request_of(kind.create.operation_id)
    assert_error(mock.request(method, url, **sent), 413, "Mock.LimitReached")
    assert mock.get(request_of("ShowPool", pool_name="auto-pool-os-86c13962597848eeb29c5861153a391f")[1]).status_code == 200


def test_a_list_pages_filters_and_sorts_the_live_state(mock: TestClient) -> None:
    kind = KINDS.by_name["ShowNotebook"]
    made = [_created(mock, kind)[0]["id"] for _ in range(3)]
    url = request_of("ListNotebooks")[1]
    listed = mock.get(url, params={"limit": "2", "offset": "1", "sort_key": "id", "sort_dir": "ASC"}).json()
    every = sorted([*made, *[i["id"] for i in mock.get(url).json()["data"] if i["id"] not in made]])
    assert [i["id"] for i in listed["data"]] == every[1:3]
    stop = request_of("StopNotebook", id=made[0])
    assert mock.request(stop[0], stop[1]).status_code == 200
    stopping = mock.get(url, params={"status": "STOPPING"}).json()["data"]
    assert [i["id"] for i in stopping] == [made[0]]


def test_a_fake_that_forgets_its_creations_fails_these_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Test the tests: a mock that answers creates but keeps nothing makes the show test fail."""
    forgetful = client()
    monkeypatch.setattr(forgetful.app.state.pipeline.state, "file", lambda *args: None)  # type: ignore[attr-defined]
    kind = KINDS.by_name["ShowNotebook"]
    with pytest.raises(AssertionError):
        test_a_created_resource_is_shown_with_what_the_request_gave(forgetful, kind)
    assert success(kind.create.operation.data)[0] == 200


def test_deleted_resources_nobody_reads_again_are_removed_by_the_next_request(mock: TestClient) -> None:
    """A create/delete churn must not fill the mock up to its limits: a delete's end is reaped on the next request."""
    kind = KINDS.by_name["ShowNotebook"]
    assert kind.delete is not None
    for _ in range(20):
        ids, _ = _created(mock, kind)
        method, url, _ = request_of(kind.delete.operation_id, **ids)
        assert mock.request(method, url).status_code == 200
    live = mock.app.state.pipeline.state.projects.find(PROJECT).live[kind.name]  # type: ignore[attr-defined]
    assert len(live) == 20  # still deleting
    mock.app.state.mock.advance(60)  # type: ignore[attr-defined]
    assert mock.get(request_of("ShowOsQuota")[1]).status_code < 500  # any request
    assert len(live) == 0


def test_authorizations_are_kept_in_their_list_and_deleted_by_user() -> None:
    """A collection without item paths (CreateAuthorization, GetAuthorizations, DeleteAuthorizations?user_id=)."""
    assert {op: role for op, (_, role) in KINDS.flat.items()} == {
        "CreateAuthorization": "create",
        "GetAuthorizations": "list",
        "DeleteAuthorizations": "delete",
    }
    mock = client()
    url = f"/v2/{PROJECT}/authorizations"
    seeded = [a["user_id"] for a in mock.get(url).json()["auth"]]
    for user in ("u1", "u2", "u1"):  # the same user twice: replaced, not listed twice
        assert mock.post(url, json={"user_id": user, "type": "agency", "content": "modelarts_agency"}).status_code == 200
    listed = mock.get(url).json()
    assert [a["user_id"] for a in listed["auth"]] == [*seeded, "u1", "u2"] and listed["total_count"] == len(seeded) + 2
    assert mock.delete(url, params={"user_id": "u1"}).status_code == 200
    assert [a["user_id"] for a in mock.get(url).json()["auth"]] == [*seeded, "u2"]
    assert mock.get(f"/v2/{OTHER_PROJECT}/authorizations").json().get("auth", []) == []
    assert mock.delete(url).status_code == 200  # no user: every authorization
    assert mock.get(url).json() == {"total_count": 0, "auth": []}
    mock.app.state.mock.reset()  # type: ignore[attr-defined]
    assert [a["user_id"] for a in mock.get(url).json()["auth"]] == seeded


def test_a_create_naming_an_existing_resource_replaces_it(mock: TestClient) -> None:
    kind = KINDS.by_name["ShowTrainingJobConfig"]
    assert kind.id_source.from_request and kind.id_source.pointer == "/config_name"
    method, url, sent = request_of(kind.create.operation_id)
    name = sent["json"]["config_name"]
    assert mock.request(method, url, **sent).status_code == 200
    changed = dict(sent["json"], config_desc="the second")
    assert mock.request(method, url, json=changed).status_code == 200
    shown = mock.get(request_of(kind.show.operation_id, config_name=name)[1]).json()
    assert shown["config_desc"] == "the second"
    listed = mock.get(request_of("ListTrainingJobConfigs")[1]).json()["configs"]
    assert [c["config_name"] for c in listed].count(name) == 1
