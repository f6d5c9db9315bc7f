"""modelarts_contract/targets.py (and path_ids.py, credentials.py, apps.py): how a run's target is built from options and
the environment.

No requests are sent: building a target only reads options, files and the environment.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from modelarts_contract.apps import load_app_factory
from modelarts_contract.client_runtime import AkSkAuth, TokenAuth
from modelarts_contract.contract_spec import load_contract_spec
from modelarts_contract.options import TargetError
from modelarts_contract.path_ids import Ids, env_name, resolve_ids
from modelarts_contract.targets import NoCredentials, Request, Target, check_url, choose_kind, is_loopback, open_target
from modelarts_mock import DEFAULT_PROJECT_ID

from tests.support import operation_ids
from tests.support.contract_variants import spec_example_ids

REAL_ENV = {"HUAWEICLOUD_SDK_AK": "AK1", "HUAWEICLOUD_SDK_SK": "secret-sk", "HUAWEICLOUD_SDK_PROJECT_ID": "p1"}
SPEC = load_contract_spec()


def target(kind: str, *, env: dict[str, str] | None = None, home: Path | None = None, **request: Any) -> AbstractContextManager[Target]:
    """open_target for the published spec, with the options given as keywords."""
    return open_target(kind, Request(SPEC, **request), env=env, home=home)


def resource_ids(project_id: str, ids_file: Path | None, env: dict[str, str]) -> Ids:
    return resolve_ids(SPEC, project_id, ids_file, env).ids


def test_a_real_target_takes_the_clients_credential_chain(tmp_path: Path) -> None:
    """AK/SK before a token, the security token kept, no secret (AK included) in the target's repr."""
    env = {
        **REAL_ENV,
        "MODELARTS_AUTH_TOKEN": "tok-secret",
        "HUAWEICLOUD_SDK_SECURITY_TOKEN": "sts-secret",
        "MODELARTS_ENDPOINT": "https://m.example",
    }
    with target("real", env=env, home=tmp_path) as found:
        assert isinstance(found.auth, AkSkAuth) and found.auth_kind == "AK/SK" and found.project_id == "p1"
        for secret in ("AK1", "secret-sk", "tok-secret", "sts-secret"):
            assert secret not in repr(found)
    with target(
        "real",
        env={"MODELARTS_AUTH_TOKEN": "tok", "HUAWEICLOUD_SDK_PROJECT_ID": "p1", "MODELARTS_ENDPOINT": "https://m.example"},
        home=tmp_path,
    ) as found:
        assert isinstance(found.auth, TokenAuth)


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
    with pytest.raises(TargetError, match=message), target("real", env=env, home=tmp_path):
        pass


def test_a_real_target_is_rate_limited_by_default(tmp_path: Path) -> None:
    with target("real", env={**REAL_ENV, "MODELARTS_ENDPOINT": "https://modelarts.example/"}, home=tmp_path) as found:
        assert found.rate_limit == "5/s" and found.base_url == "https://modelarts.example"
        assert "secret-sk" not in repr(found)


def test_real_ids_from_file_then_environment_and_only_complete_operations(tmp_path: Path) -> None:
    ids = tmp_path / "ids.yaml"
    ids.write_text("pool_name: pool-a\nShowSaveImageJob:\n  training_job_id: job-1\n", encoding="utf-8")
    env = {env_name("task_id"): "worker-0"}
    result = resource_ids("p1", ids, env)
    assert result["ShowPool"] == {"project_id": "p1", "pool_name": "pool-a"}
    assert result["ShowSaveImageJob"] == {"project_id": "p1", "training_job_id": "job-1", "task_id": "worker-0"}
    assert result["ShowOsQuota"] == {"project_id": "p1"}  # no ids needed
    assert "ShowService" not in result  # service_id given nowhere: left out, never guessed
    assert "ShowObsUrlOfTrainingJobLogs" not in result  # its training_job_id was given for another operation only


def test_a_bad_ids_file_names_the_file(tmp_path: Path) -> None:
    ids = tmp_path / "ids.yaml"
    ids.write_text("- not\n- a mapping\n", encoding="utf-8")
    with pytest.raises(TargetError, match=r"ids\.yaml: expected a mapping"):
        resource_ids("p1", ids, {})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("NoSuchOp: {x: y}\n", r"ids\.yaml: NoSuchOp: not an operationId of modelarts\.yaml"),
        ("ShowPool: {pool: p}\n", r"ids\.yaml: ShowPool\.pool: not a path parameter of ShowPool \(it has pool_name\)"),
        ("ShowOsQuota: {pool_name: p}\n", r"ids\.yaml: ShowOsQuota\.pool_name: not a path parameter of ShowOsQuota \(it has none"),
        ("poolname: p\n", r"ids\.yaml: poolname: not a path parameter of any operation \(it has .*\); did you mean pool_name\?"),
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
        resource_ids("p1", ids, {})


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
        resource_ids("p1", ids, {})
    with pytest.raises(TargetError, match=r"ids\.yaml"):
        resource_ids("p1", tmp_path / "missing" / "ids.yaml", {})


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
    with target("url", base_url="http://127.0.0.1:8080/", env={}, home=tmp_path) as found:
        assert isinstance(found.auth, NoCredentials) and found.auth_kind == "no credentials" and found.secrets == ()
        assert found.project_id == DEFAULT_PROJECT_ID and found.rate_limit is None
        assert found.name == "http://127.0.0.1:8080" and found.description == "http://127.0.0.1:8080 (no credentials)"
        expected = {op: {"project_id": DEFAULT_PROJECT_ID, **ids} for op, ids in spec_example_ids().items()}
        assert found.ids == expected and set(expected) == set(operation_ids())


def test_a_fake_at_a_url_takes_credentials_project_and_ids_from_the_environment(tmp_path: Path) -> None:
    env = {"MODELARTS_AUTH_TOKEN": "tok-secret", "HUAWEICLOUD_SDK_PROJECT_ID": "p-env", env_name("pool_name"): "pool-env"}
    with target("url", base_url="http://localhost:9", env=env, home=tmp_path, rate_limit="20/s") as found:
        assert isinstance(found.auth, TokenAuth) and found.secrets == ("tok-secret",) and found.project_id == "p-env"
        assert found.ids["ShowPool"] == {"project_id": "p-env", "pool_name": "pool-env"}
        assert found.ids["ShowService"]["service_id"]  # not given: the spec's example
        assert found.description == "http://localhost:9 (token), reads only (writes need --allow-writes), at most 20/s"
        assert "tok-secret" not in repr(found)
    with target("url", base_url="http://localhost:9", env=env, home=tmp_path, project_id="p-option") as found:
        assert found.project_id == "p-option"


def test_a_fake_at_a_url_refuses_credentials_it_cannot_use(tmp_path: Path) -> None:
    env = {"HUAWEICLOUD_SDK_AK": "AK1"}
    with (
        pytest.raises(TargetError, match="credentials: HUAWEICLOUD_SDK_AK is set but HUAWEICLOUD_SDK_SK is not"),
        target("url", base_url="http://127.0.0.1:9", env=env, home=tmp_path),
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
    with pytest.raises(TargetError, match=message), target("url", home=tmp_path, **kwargs):
        pass


@pytest.mark.slow
def test_the_mock_in_process_is_named_as_given(tmp_path: Path) -> None:
    with target("asgi", env={}) as found:
        assert found.description == "the built-in mock, in-process (token)" and found.name == "built-in mock"
        assert found.ids["ShowPool"]["project_id"] == DEFAULT_PROJECT_ID
    with target("asgi", app_factory="modelarts_mock:create_app", project_id="p2") as found:
        assert found.description == "your app modelarts_mock:create_app, in-process (token)"
        assert found.project_id == "p2" and found.ids["ShowPool"]["project_id"] == "p2"


def test_the_mock_ignores_ids_from_the_environment_but_takes_an_ids_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """MODELARTS_<PARAM> names resources of a real account, unknown to the mock; an ids file is asked for explicitly."""
    monkeypatch.setenv(env_name("pool_name"), "a-real-pool")
    ids = tmp_path / "ids.yaml"
    ids.write_text("ShowService:\n  service_id: svc-1\n", encoding="utf-8")
    with target("asgi", ids_file=ids) as found:
        assert found.ids["ShowPool"]["pool_name"] != "a-real-pool" and found.ids["ShowService"]["service_id"] == "svc-1"


def test_a_real_target_takes_the_project_id_option(tmp_path: Path) -> None:
    with target("real", env={**REAL_ENV, "MODELARTS_ENDPOINT": "https://m.example"}, home=tmp_path, project_id="p9") as found:
        assert found.project_id == "p9" and found.description == "https://m.example (AK/SK), real endpoint: read-only, at most 5/s"
        assert "ShowService" not in found.ids  # a real run never falls back on example ids


def test_an_ids_file_key_with_a_typo_is_refused_with_the_valid_names(tmp_path: Path) -> None:
    """Regression (issue 23): `plugin_name` was refused without saying that the spec calls it plugintemplate_name."""
    ids = tmp_path / "ids.yaml"
    ids.write_text("plugin_name: npu-driver\n", encoding="utf-8")
    with pytest.raises(TargetError) as refused:
        resource_ids("p1", ids, {})
    message = str(refused.value)
    assert "plugin_name: not a path parameter of any operation" in message and "did you mean plugintemplate_name?" in message
    assert all(name in message for name in ("pool_name", "service_id", "training_job_id"))  # the valid names, listed


def test_a_real_target_names_everything_missing_at_once(tmp_path: Path) -> None:
    """Regression (issue 23): without credentials only the missing project id was reported, one problem per try."""
    with pytest.raises(TargetError) as refused, target("real", env={}, home=tmp_path):
        pass
    message = str(refused.value)
    for missing in ("no endpoint: set --base-url URL or MODELARTS_ENDPOINT", "no credentials: set HUAWEICLOUD_SDK_AK", "no project id"):
        assert missing in message, message


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"MODELARTS_AUTH_TOKEN": "tökén-secret"}, "MODELARTS_AUTH_TOKEN: character 2 of 12"),
        ({"HUAWEICLOUD_SDK_AK": "AKÄ0000000001", "HUAWEICLOUD_SDK_SK": "sk-secret"}, "HUAWEICLOUD_SDK_AK: character 3"),
        ({**REAL_ENV, "HUAWEICLOUD_SDK_SECURITY_TOKEN": "sts\u00a0secret"}, "HUAWEICLOUD_SDK_SECURITY_TOKEN: character 4"),
    ],
)
@pytest.mark.parametrize("kind", ["url", "real"])
def test_a_credential_that_cannot_go_in_a_header_is_a_usage_error_naming_the_variable(
    env: dict[str, str], named: str, kind: str, tmp_path: Path
) -> None:
    """Regression (issue 21): a non-ASCII MODELARTS_AUTH_TOKEN crashed the run (INTERNALERROR, exit 3)."""
    full_env = {"HUAWEICLOUD_SDK_PROJECT_ID": "p1", "MODELARTS_ENDPOINT": "https://m.example", **env}
    with pytest.raises(TargetError) as refused, target(kind, env=full_env, home=tmp_path, base_url="http://127.0.0.1:9"):
        pass
    assert named in str(refused.value) and "not printable ASCII" in str(refused.value)
    for value in env.values():
        assert value not in str(refused.value)


@pytest.mark.parametrize(
    ("env", "allow_writes", "writes"),
    [
        ({"MODELARTS_AUTH_TOKEN": "tok"}, False, False),  # a loopback URL may be a tunnel to an account: reads only
        ({"MODELARTS_AUTH_TOKEN": "tok"}, True, True),
        ({}, False, True),  # without credentials nothing sent can change an account
    ],
)
def test_a_fake_at_a_url_takes_writes_with_credentials_only_when_allowed(
    env: dict[str, str], allow_writes: bool, writes: bool, tmp_path: Path
) -> None:
    """Regression (issue 21): a loopback --base-url counted as a fake and got DELETE, PUT, POST with the run's credentials."""
    with target("url", base_url="http://localhost:9", env=env, home=tmp_path, allow_writes=allow_writes) as found:
        assert found.writes is writes
        assert ("reads only (writes need --allow-writes)" in found.description) is (not writes)


def test_a_real_target_is_read_only_even_when_writes_are_asked_for(tmp_path: Path) -> None:
    env = {**REAL_ENV, "MODELARTS_ENDPOINT": "https://m.example"}
    with target("real", env=env, home=tmp_path) as found:
        assert found.writes is False
    with (
        pytest.raises(TargetError, match="--allow-writes: a real run is read-only"),
        target("real", env=env, home=tmp_path, allow_writes=True),
    ):
        pass


def test_the_suites_own_targets_take_writes_and_can_be_reset() -> None:
    """The built-in mock is ours (in-process or on its socket): writes need no opt-in, and it is put back to its seed."""
    with target("asgi", env={}) as found:
        assert found.writes is True and found.reset is not None


@pytest.mark.parametrize(
    ("text", "message"),
    [(None, r"--spec .*missing\.yaml: cannot read it \(No such file or directory\)"), ("openapi: 3.0.3\n", r"not an OpenAPI document")],
)
def test_a_spec_that_cannot_be_read_is_a_usage_error(text: str | None, message: str, tmp_path: Path) -> None:
    spec = tmp_path / "missing.yaml"
    if text is not None:
        spec.write_text(text, encoding="utf-8")
    with pytest.raises(TargetError, match=message):
        load_contract_spec(spec)
