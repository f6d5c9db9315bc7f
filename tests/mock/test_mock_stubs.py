"""What issue 23 found the control plane short of: stubs with any body (off-spec), faults and stubs aimed at one
path, id or query, a journal that shows what the client sent (credentials as ***), clear messages and echoes."""

from __future__ import annotations

from typing import Any

import pytest
from modelarts_mock import ControlError, Settings, create_app
from modelarts_mock.faults import JOURNAL_BODY, Journal, JournalEntry
from modelarts_mock.in_process import InProcessMock

from tests.support.mock import POOL, PROJECT

OTHER = "other-pool-000000000000000000000000000001"
POOL_BODY = {"apiVersion": "v2", "kind": "Pool", "metadata": {"name": OTHER}, "status": {"phase": "Running"}}


def test_a_stub_answers_a_malformed_200_as_given(modelarts_mock: InProcessMock) -> None:
    modelarts_mock.stub("ShowPool", text='{"kind": "Pool", ', times=1)
    with modelarts_mock.client() as http:
        broken = http.get(modelarts_mock.path("ShowPool", pool_name=POOL))
        assert (broken.status_code, broken.content, broken.headers["content-type"]) == (200, b'{"kind": "Pool", ', "application/json")
        assert http.get(modelarts_mock.path("ShowPool", pool_name=POOL)).json()["metadata"]["name"] == POOL  # times=1: gone
    assert [(e["status"], e["fault"]) for e in modelarts_mock.journal] == [(200, "stub"), (200, None)]


def test_a_stub_body_is_not_checked_against_the_spec_even_with_self_check_on(modelarts_mock: InProcessMock) -> None:
    assert modelarts_mock.settings.validate_responses
    modelarts_mock.stub(
        "ShowPool", {"kind": 12, "undocumented": [None]}, status=202, headers={"Content-Type": "text/plain", "X-Extra": "1"}
    )
    with modelarts_mock.client() as http:
        answer = http.get(modelarts_mock.path("ShowPool", pool_name=POOL))
    assert (answer.status_code, answer.headers["content-type"], answer.headers["x-extra"]) == (202, "text/plain", "1")
    assert answer.json() == {"kind": 12, "undocumented": [None]} and len(answer.headers["x-request-id"]) == 32


def test_faults_and_stubs_can_aim_at_one_id_or_query(modelarts_mock: InProcessMock) -> None:
    modelarts_mock.seed("ShowPool", POOL_BODY, path={"pool_name": OTHER})
    modelarts_mock.fail("ShowPool", status=503, path={"pool_name": OTHER})
    modelarts_mock.stub("ShowPoolMonitor", {"metrics": []}, query={"period": "300"})
    modelarts_mock.fail("*", status=429, path={"project_id": "fedcba9876543210fedcba9876543210"})
    with modelarts_mock.client() as http:
        assert http.get(modelarts_mock.path("ShowPool", pool_name=OTHER)).status_code == 503
        assert http.get(modelarts_mock.path("ShowPool", pool_name=POOL)).status_code == 200  # another id: untouched
        monitor = modelarts_mock.path("ShowPoolMonitor", pool_name=POOL)
        assert http.get(monitor, params={"period": "300", "statistics": "sum"}).json() == {"metrics": []}
        assert http.get(monitor, params={"period": "60"}).json() != {"metrics": []}
        other_project = modelarts_mock.path("ShowOsQuota", project="fedcba9876543210fedcba9876543210")
        assert http.get(other_project).status_code == 429 and http.get(modelarts_mock.path("ShowOsQuota")).status_code == 200


def test_a_reset_fault_echoes_no_status(modelarts_mock: InProcessMock) -> None:
    with modelarts_mock.client() as http:
        echoed = http.post("/_mock/faults", json={"operation": "ShowPool", "kind": "reset"}).json()
        listed = http.get("/_mock/faults").json()["faults"]
    assert "status" not in echoed and echoed["kind"] == "reset" and listed == [echoed]
    assert modelarts_mock.fail("ShowPool", kind="empty").to_json()["status"] == 204


@pytest.mark.parametrize(
    ("call", "pointer", "words"),
    [
        (lambda m: m.fail("ShowPool", time=1), "/time", "unknown field 'time'"),
        (lambda m: m.fail("ShowPool", status=503.0), "/status", "expected an integer"),
        (lambda m: m.fail("ShowPool", status=101), "/status", "minimum 200"),
        (lambda m: m.fail("ShowPool", status=304), "/status", "carries no body"),
        (lambda m: m.fail("ShowPool", status=503, retry_after=2.0), "/retry_after", "expected an integer"),
        (lambda m: m.stub("ShowPool", {}, status=205), "/status", "carries no body"),
        (lambda m: m.stub("ShowPool", body={}, text="x"), "/text", "not both"),
        (lambda m: m.stub("ShowPool", {}, headers={"Transfer-Encoding": "chunked"}), "/headers/Transfer-Encoding", "not a header"),
        (lambda m: m.delay("ShowPool", 5, min_ms=1), "", "not both"),
    ],
)
def test_python_api_refusals_name_the_field(modelarts_mock: InProcessMock, call: Any, pointer: str, words: str) -> None:
    with pytest.raises(ControlError) as refused:
        call(modelarts_mock)
    assert (refused.value.pointer, words in refused.value.message) == (pointer, True), refused.value


def test_the_journal_shows_headers_with_credentials_masked_and_the_body(modelarts_mock: InProcessMock) -> None:
    with modelarts_mock.client() as http:
        http.get(modelarts_mock.path("ShowOsQuota"), headers={"X-Trace": "abc", "Cookie": "s=1", "Authorization": "Bearer zzz"})
        http.post(modelarts_mock.path("ShowOsQuota"), json={"name": "n", "password": "hunter2"})
        http.get(modelarts_mock.path("ShowOsConfig"))
        journal = http.get("/_mock/journal").json()["requests"]
        assert [e["path"] for e in http.get("/_mock/journal", params={"operation": "ShowOsConfig"}).json()["requests"]] == [
            modelarts_mock.path("ShowOsConfig")
        ]
    first, second, _ = journal
    token = modelarts_mock.settings.tokens[0]
    assert first["headers"]["x-trace"] == "abc" and first["headers"]["x-auth-token"] == "***"
    assert first["headers"]["cookie"] == "***" and first["headers"]["authorization"] == "***"
    assert second["body"] == '{"name":"n","password":"***"}' and second["method"] == "POST"
    assert token not in str(journal) and "hunter2" not in str(journal) and "zzz" not in str(journal)


def test_the_journal_masks_the_mocks_credentials_wherever_the_client_put_them() -> None:
    token, secret, admin = "tok-journal-0001", "sk-journal-secret-0001", "admin-journal-0001"
    handle = InProcessMock(create_app(Settings(tokens=(token,), keys={"AKJOURNAL0000001": secret}, admin_token=admin)))
    try:
        with handle.client() as http:
            http.get(handle.path("ShowOsQuota"), params={"note": f"x{token}y"}, headers={"X-Trace": f"sk={secret}"})
            http.post(handle.path("ShowOsQuota"), content=f'{{"text": "admin {admin}", "n": "{token}"}}'.encode())
        journal = str(handle.journal)
        assert token not in journal and secret not in journal and admin not in journal
        first, second = handle.journal
        assert (first["query"], first["headers"]["x-trace"]) == ("note=x***y", "sk=***")
        assert second["body"] == '{"text": "admin ***", "n": "***"}'
    finally:
        handle.close()


def test_the_journal_is_bounded_in_bytes() -> None:
    journal = Journal(size=1000, max_bytes=10_000)
    for index in range(100):
        journal.append(JournalEntry(0.0, "GET", "/", "", None, 200, 0.1, str(index), body=b"x" * 1000, size=1100))
    assert journal.bytes <= 10_000 and len(journal.entries) == 9 and journal.dropped == 91
    assert [e.request_id for e in journal.entries][-1] == "99"


def test_a_long_body_is_journaled_cut_short() -> None:
    handle = InProcessMock(create_app(Settings(auth=False)))
    try:
        with handle.client() as http:
            http.post(handle.path("ShowOsQuota"), content=b"y" * (JOURNAL_BODY * 3))
        assert handle.journal[-1]["body"] == "y" * JOURNAL_BODY
    finally:
        handle.close()


def test_the_index_and_help_list_every_endpoint(modelarts_mock: InProcessMock) -> None:
    with modelarts_mock.client() as http:
        index = http.get("/_mock/").json()
        assert http.get("/_mock/help").json() == index
    paths = {e["path"] for e in index["endpoints"]}
    assert {"/_mock/faults", "/_mock/stubs", "/_mock/resources", "/_mock/journal", "/_mock/openapi.json"} <= paths
    assert index["openapi"] == "/_mock/openapi.json"


def test_the_typed_clients_of_the_plugin_reach_the_mock(modelarts_mock: InProcessMock, modelarts_mock_client: Any) -> None:
    assert modelarts_mock_client.pools.show_pool(POOL).metadata.name == POOL
    modelarts_mock.fail("ShowPool", status=404, times=1)
    from modelarts_client import NotFound

    with pytest.raises(NotFound):
        modelarts_mock_client.pools.show_pool(POOL)
    assert [e["status"] for e in modelarts_mock.journal] == [200, 404]
    assert modelarts_mock.journal[0]["path"].startswith(f"/v2/{PROJECT}/")


def test_the_async_typed_client_of_the_plugin(modelarts_mock_async_client: Any) -> None:
    import asyncio

    async def show() -> str:
        return str((await modelarts_mock_async_client.pools.show_pool(POOL)).metadata.name)

    assert asyncio.run(show()) == POOL


def test_without_the_client_package_a_typed_client_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "modelarts_client", None)  # as if modelarts-client were not installed
    handle = InProcessMock(create_app(Settings(tokens=("t",))))
    with pytest.raises(ImportError, match="need the modelarts-client package: install it"):
        handle.modelarts()
    with handle.client() as http:  # the mock itself does not need it
        assert http.get(handle.path("ShowOsQuota")).status_code == 200
    handle.close()


def test_the_typed_client_signs_with_aksk_when_asked() -> None:
    handle = InProcessMock(create_app(Settings(keys={"AKFORTHEMOCK0001": "sk-of-the-mock"})))
    try:
        with handle.modelarts(aksk=True) as client:
            assert client.pools.show_pool(POOL).metadata.name == POOL
        assert handle.journal[-1]["headers"]["authorization"] == "***"
        with pytest.raises(ValueError, match="AK/SK"):
            InProcessMock(create_app(Settings(tokens=("t",)))).modelarts(aksk=True)
    finally:
        handle.close()
