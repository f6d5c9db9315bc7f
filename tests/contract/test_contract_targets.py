"""modelarts_contract/targets.py (and resources.py, apps.py): how a run's target is built from options and the environment.

No requests are sent: building a target only reads options, files and the environment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from modelarts_contract.apps import load_app_factory
from modelarts_contract.options import TargetError
from modelarts_contract.resources import env_name, resource_ids, spec_data
from modelarts_contract.targets import NoCredentials, check_url, choose_kind, is_loopback, open_target
from modelarts_core.auth import AkSkAuth, TokenAuth
from modelarts_mock import DEFAULT_PROJECT_ID

from tests.support import operation_ids
from tests.support.contract_variants import spec_example_ids

REAL_ENV = {"HUAWEICLOUD_SDK_AK": "AK1", "HUAWEICLOUD_SDK_SK": "secret-sk", "HUAWEICLOUD_SDK_PROJECT_ID": "p1"}


def test_a_real_target_takes_the_clients_credential_chain(tmp_path: Path) -> None:
    """AK/SK before a token, the security token kept, no secret (AK included) in the target's repr."""
    env = {
        **REAL_ENV,
        "MODELARTS_AUTH_TOKEN": "tok-secret",
        "HUAWEICLOUD_SDK_SECURITY_TOKEN": "sts-secret",
        "MODELARTS_ENDPOINT": "https://m.example",
    }
    with open_target("real", env=env, home=tmp_path) as target:
        assert isinstance(target.auth, AkSkAuth) and target.auth_kind == "AK/SK" and target.project_id == "p1"
        for secret in ("AK1", "secret-sk", "tok-secret", "sts-secret"):
            assert secret not in repr(target)
    with open_target(
        "real",
        env={"MODELARTS_AUTH_TOKEN": "tok", "HUAWEICLOUD_SDK_PROJECT_ID": "p1", "MODELARTS_ENDPOINT": "https://m.example"},
        home=tmp_path,
    ) as target:
        assert isinstance(target.auth, TokenAuth)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "--base-url URL or MODELARTS_ENDPOINT"),
        ({"MODELARTS_ENDPOINT": "modelarts.example"}, r"expected http\(s\)://host"),
        ({"MODELARTS_ENDPOINT": "https://modelarts.example", "HUAWEICLOUD_SDK_PROJECT_ID": "p1"}, "no credentials: set HUAWEICLOUD_SDK_AK"),
        ({"MODELARTS_ENDPOINT": "https://modelarts.example", "MODELARTS_AUTH_TOKEN": "t"}, "HUAWEICLOUD_SDK_PROJECT_ID"),
        ({**REAL_ENV, "MODELARTS_ENDPOINT": "https://m.example", "HUAWEICLOUD_SDK_SK": ""}, "set both"),
    ],
)
def test_a_real_target_says_what_is_missing(env: dict[str, str], message: str, tmp_path: Path) -> None:
    with pytest.raises(TargetError, match=message), open_target("real", env=env, home=tmp_path):
        pass


def test_a_real_target_is_rate_limited_by_default(tmp_path: Path) -> None:
    with open_target("real", env={**REAL_ENV, "MODELARTS_ENDPOINT": "https://modelarts.example/"}, home=tmp_path) as target:
        assert target.rate_limit == "5/s" and target.base_url == "https://modelarts.example"
        assert "secret-sk" not in repr(target)


def test_real_ids_from_file_then_environment_and_only_complete_operations(tmp_path: Path) -> None:
    ids = tmp_path / "ids.yaml"
    ids.write_text("pool_name: pool-a\nShowSaveImageJob:\n  training_job_id: job-1\n", encoding="utf-8")
    env = {env_name("task_id"): "worker-0"}
    result = resource_ids(spec_data(), "p1", ids, env)
    assert result["ShowPool"] == {"project_id": "p1", "pool_name": "pool-a"}
    assert result["ShowSaveImageJob"] == {"project_id": "p1", "training_job_id": "job-1", "task_id": "worker-0"}
    assert result["ShowOsQuota"] == {"project_id": "p1"}  # no ids needed
    assert "ShowService" not in result  # service_id given nowhere: left out, never guessed
    assert "ShowObsUrlOfTrainingJobLogs" not in result  # its training_job_id was given for another operation only


def test_a_bad_ids_file_names_the_file(tmp_path: Path) -> None:
    ids = tmp_path / "ids.yaml"
    ids.write_text("- not\n- a mapping\n", encoding="utf-8")
    with pytest.raises(TargetError, match=r"ids\.yaml: expected a mapping"):
        resource_ids(spec_data(), "p1", ids, {})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("NoSuchOp: {x: y}\n", r"ids\.yaml: NoSuchOp: not an operationId of modelarts\.yaml"),
        ("ShowPool: {pool: p}\n", r"ids\.yaml: ShowPool\.pool: not a path parameter of ShowPool \(it has pool_name\)"),
        ("ShowOsQuota: {pool_name: p}\n", r"ids\.yaml: ShowOsQuota\.pool_name: not a path parameter of ShowOsQuota \(it has none"),
        ("poolname: p\n", r"ids\.yaml: poolname: not a path parameter of any operation"),
        ("ShowPool: x\n", r"ids\.yaml: ShowPool: expected \{path parameter: id\} under an operationId"),
        ("project_id: p\n", r"ids\.yaml: project_id: the project is --project-id"),
        ("ShowPool: {project_id: p}\n", r"ids\.yaml: ShowPool\.project_id: the project is --project-id"),
    ],
)
def test_an_ids_file_naming_what_the_spec_does_not_have_is_refused(text: str, message: str, tmp_path: Path) -> None:
    """Regression: unknown keys were ignored, so a typo left operations without ids (and a real run tested nothing)."""
    ids = tmp_path / "ids.yaml"
    ids.write_text(text, encoding="utf-8")
    with pytest.raises(TargetError, match=message):
        resource_ids(spec_data(), "p1", ids, {})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pool_name:\n", r"pool_name: expected an id"),
        ("ShowPool:\n  pool_name: ''\n", r"ShowPool\.pool_name: expected an id"),
        ("a: [\n", r"ids\.yaml"),
    ],
)
def test_empty_ids_and_unreadable_files_are_refused(text: str, message: str, tmp_path: Path) -> None:
    ids = tmp_path / "ids.yaml"
    ids.write_text(text, encoding="utf-8")
    with pytest.raises(TargetError, match=message):
        resource_ids(spec_data(), "p1", ids, {})
    with pytest.raises(TargetError, match=r"ids\.yaml"):
        resource_ids(spec_data(), "p1", tmp_path / "missing" / "ids.yaml", {})


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("no_colon", "expected MODULE:FACTORY"),
        ("missing.py:f", "no such file"),
        ("modelarts_mock:NOT_THERE", "is not a callable"),
        ("no_such_module_anywhere:f", "cannot import no_such_module_anywhere"),
    ],
)
def test_a_bad_app_factory_is_a_clear_error(spec: str, message: str) -> None:
    with pytest.raises(TargetError, match=message):
        load_app_factory(spec)


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8080", True),
        ("http://127.9.8.7", True),
        ("http://[::1]:8080/prefix", True),
        ("http://LOCALHOST:1", True),
        ("http://localhost.example.com", False),
        ("http://10.0.0.1:8080", False),
        ("https://modelarts.cn-north-4.myhuaweicloud.com", False),
        ("http://[::ffff:127.0.0.1]", False),  # not in the documented loopback set: treated as real, the safe side
    ],
)
def test_a_base_url_is_real_unless_its_host_is_loopback(url: str, loopback: bool) -> None:
    assert is_loopback(url) is loopback
    assert choose_kind(None, base_url=url, real=False, app=None) == ("url" if loopback else "real")
    assert choose_kind(None, base_url=url, real=True, app=None) == "real"
    assert choose_kind("url", base_url=url, real=False, app=None) == "url"  # asked for: a fake somewhere else


def test_without_a_url_the_mock_runs_in_process() -> None:
    assert choose_kind(None, base_url=None, real=False, app=None) == "asgi"
    assert choose_kind("socket", base_url=None, real=False, app="m:f") == "socket"
    assert choose_kind(None, base_url=None, real=True, app=None) == "real"  # MODELARTS_ENDPOINT, or a clear error later


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"target": "asgi", "real": True}, "--real applies to a URL target, not to --target asgi"),
        ({"target": "socket", "base_url": "http://127.0.0.1:1"}, "--base-url names a running target, --target socket starts one"),
        ({"base_url": "http://127.0.0.1:1", "app": "m:f"}, "--app is served by the suite itself"),
        ({"base_url": "modelarts.example"}, r"expected http\(s\)://host"),
    ],
)
def test_contradictory_options_are_refused(options: dict[str, object], message: str) -> None:
    kwargs = {"target": None, "base_url": None, "real": False, "app": None, **options}
    with pytest.raises(TargetError, match=message):
        choose_kind(kwargs.pop("target"), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://host", r"expected http\(s\)://host"),
        ("http://", r"expected http\(s\)://host"),
        ("http://host:99999", r"expected http\(s\)://host"),
        ("http://host/?a=1", "without a query or fragment"),
        ("http://host#x", "without a query or fragment"),
        ("http://user:pa55word@host", r"must not carry credentials"),
    ],
)
def test_a_bad_base_url_says_what_is_expected_without_echoing_a_password(url: str, message: str) -> None:
    with pytest.raises(TargetError, match=message) as caught:
        check_url(url)
    assert "pa55word" not in str(caught.value)


def test_a_base_url_loses_its_trailing_slash_and_keeps_its_path() -> None:
    assert check_url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080"
    assert check_url("http://127.0.0.1:8080/modelarts/") == "http://127.0.0.1:8080/modelarts"


def test_a_fake_at_a_url_needs_no_credentials_no_project_and_no_ids(tmp_path: Path) -> None:
    """Nothing in the environment: no credentials sent, the mock's project, every operation pinned to the spec's examples."""
    with open_target("url", base_url="http://127.0.0.1:8080/", env={}, home=tmp_path) as target:
        assert isinstance(target.auth, NoCredentials) and target.auth_kind == "no credentials" and target.secrets == ()
        assert target.project_id == DEFAULT_PROJECT_ID and target.rate_limit is None
        assert target.name == "http://127.0.0.1:8080" and target.description == "http://127.0.0.1:8080 (no credentials)"
        expected = {op: {"project_id": DEFAULT_PROJECT_ID, **ids} for op, ids in spec_example_ids().items()}
        assert target.ids == expected and set(expected) == set(operation_ids())


def test_a_fake_at_a_url_takes_credentials_project_and_ids_from_the_environment(tmp_path: Path) -> None:
    env = {"MODELARTS_AUTH_TOKEN": "tok-secret", "HUAWEICLOUD_SDK_PROJECT_ID": "p-env", env_name("pool_name"): "pool-env"}
    with open_target("url", base_url="http://localhost:9", env=env, home=tmp_path, rate_limit="20/s") as target:
        assert isinstance(target.auth, TokenAuth) and target.secrets == ("tok-secret",) and target.project_id == "p-env"
        assert target.ids["ShowPool"] == {"project_id": "p-env", "pool_name": "pool-env"}
        assert target.ids["ShowService"]["service_id"]  # not given: the spec's example
        assert target.description == "http://localhost:9 (token), at most 20/s" and "tok-secret" not in repr(target)
    with open_target("url", base_url="http://localhost:9", env=env, home=tmp_path, project_id="p-option") as target:
        assert target.project_id == "p-option"


def test_a_fake_at_a_url_refuses_credentials_it_cannot_use(tmp_path: Path) -> None:
    env = {"HUAWEICLOUD_SDK_AK": "AK1"}
    with (
        pytest.raises(TargetError, match="credentials: HUAWEICLOUD_SDK_AK is set but HUAWEICLOUD_SDK_SK is not"),
        open_target("url", base_url="http://127.0.0.1:9", env=env, home=tmp_path),
    ):
        pass


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"rate_limit": "fast"}, "--rate-limit 'fast': expected requests per unit"),
        ({"rate_limit": "0/s"}, "--rate-limit '0/s'"),
        ({"project_id": "../other"}, "--project-id '../other': expected 1-64 letters"),
        ({"env": {"HUAWEICLOUD_SDK_PROJECT_ID": "a b"}}, "HUAWEICLOUD_SDK_PROJECT_ID 'a b': expected 1-64 letters"),
        ({}, "a URL run needs --base-url URL or MODELARTS_ENDPOINT"),
    ],
)
def test_bad_url_target_options_are_refused(options: dict[str, Any], message: str, tmp_path: Path) -> None:
    kwargs: dict[str, Any] = {"env": {}, **({"base_url": "http://127.0.0.1:9"} if options else {}), **options}
    with pytest.raises(TargetError, match=message), open_target("url", home=tmp_path, **kwargs):
        pass


def test_the_mock_in_process_is_named_as_given(tmp_path: Path) -> None:
    with open_target("asgi", env={}) as target:
        assert target.description == "the built-in mock, in-process (token)" and target.name == "built-in mock"
        assert target.ids["ShowPool"]["project_id"] == DEFAULT_PROJECT_ID
    with open_target("asgi", app_factory="modelarts_mock:create_app", project_id="p2") as target:
        assert target.description == "your app modelarts_mock:create_app, in-process (token)"
        assert target.project_id == "p2" and target.ids["ShowPool"]["project_id"] == "p2"


def test_the_mock_ignores_ids_from_the_environment_but_takes_an_ids_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """MODELARTS_<PARAM> names resources of a real account, unknown to the mock; an ids file is asked for explicitly."""
    monkeypatch.setenv(env_name("pool_name"), "a-real-pool")
    ids = tmp_path / "ids.yaml"
    ids.write_text("ShowService:\n  service_id: svc-1\n", encoding="utf-8")
    with open_target("asgi", ids_file=ids) as target:
        assert target.ids["ShowPool"]["pool_name"] != "a-real-pool" and target.ids["ShowService"]["service_id"] == "svc-1"


def test_a_real_target_takes_the_project_id_option(tmp_path: Path) -> None:
    with open_target("real", env={**REAL_ENV, "MODELARTS_ENDPOINT": "https://m.example"}, home=tmp_path, project_id="p9") as target:
        assert target.project_id == "p9" and target.description == "https://m.example (AK/SK), real endpoint: read-only, at most 5/s"
        assert "ShowService" not in target.ids  # a real run never falls back on example ids
