"""contract_tests/targets.py: how a run's target is built from options and the environment (no requests sent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from modelarts_client.runtime.auth import AkSkAuth, TokenAuth
from modelarts_contract.targets import TargetError, env_name, load_app_factory, open_target, real_ids, spec_data

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
    result = real_ids(spec_data(), "p1", ids, env)
    assert result["ShowPool"] == {"project_id": "p1", "pool_name": "pool-a"}
    assert result["ShowSaveImageJob"] == {"project_id": "p1", "training_job_id": "job-1", "task_id": "worker-0"}
    assert result["ShowOsQuota"] == {"project_id": "p1"}  # no ids needed
    assert "ShowService" not in result  # service_id given nowhere: left out, never guessed
    assert "ShowObsUrlOfTrainingJobLogs" not in result  # its training_job_id was given for another operation only


def test_a_bad_ids_file_names_the_file(tmp_path: Path) -> None:
    ids = tmp_path / "ids.yaml"
    ids.write_text("- not\n- a mapping\n", encoding="utf-8")
    with pytest.raises(TargetError, match=r"ids\.yaml: expected a mapping"):
        real_ids(spec_data(), "p1", ids, {})


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
        real_ids(spec_data(), "p1", ids, {})
    with pytest.raises(TargetError, match=r"ids\.yaml"):
        real_ids(spec_data(), "p1", tmp_path / "missing" / "ids.yaml", {})


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("no_colon", "expected MODULE:FACTORY"),
        ("missing.py:f", "no such file"),
        ("mock_server:NOT_THERE", "is not a callable"),
        ("no_such_module_anywhere:f", "cannot import no_such_module_anywhere"),
    ],
)
def test_a_bad_app_factory_is_a_clear_error(spec: str, message: str) -> None:
    with pytest.raises(TargetError, match=message):
        load_app_factory(spec)
