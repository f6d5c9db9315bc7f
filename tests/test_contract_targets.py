"""contract_tests/targets.py: how a run's target is built from options and the environment (no requests sent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.targets import Credentials, TargetError, env_name, load_app_factory, open_target, real_ids, spec_data

REAL_ENV = {"HUAWEICLOUD_SDK_AK": "AK1", "HUAWEICLOUD_SDK_SK": "secret-sk", "HUAWEICLOUD_SDK_PROJECT_ID": "p1"}


def test_credentials_prefer_aksk_and_keep_secrets_out_of_repr() -> None:
    both = Credentials.from_env({**REAL_ENV, "MODELARTS_AUTH_TOKEN": "tok-secret", "HUAWEICLOUD_SDK_SECURITY_TOKEN": "sts-secret"})
    assert both.kind == "AK/SK" and both.security_token == "sts-secret"
    assert Credentials.from_env({"MODELARTS_AUTH_TOKEN": "tok-secret"}).kind == "token"
    for secret in ("secret-sk", "tok-secret", "sts-secret"):
        assert secret not in repr(both)
    with pytest.raises(TargetError, match="HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK"):
        Credentials.from_env({"HUAWEICLOUD_SDK_AK": "AK1"})  # an AK without its SK is no credential


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "--base-url URL or MODELARTS_ENDPOINT"),
        ({"MODELARTS_ENDPOINT": "modelarts.example"}, r"expected http\(s\)://host"),
        ({"MODELARTS_ENDPOINT": "https://modelarts.example"}, "needs credentials"),
        ({"MODELARTS_ENDPOINT": "https://modelarts.example", "MODELARTS_AUTH_TOKEN": "t"}, "HUAWEICLOUD_SDK_PROJECT_ID"),
    ],
)
def test_a_real_target_says_what_is_missing(env: dict[str, str], message: str) -> None:
    with pytest.raises(TargetError, match=message), open_target("real", env=env):
        pass


def test_a_real_target_is_rate_limited_by_default() -> None:
    with open_target("real", env={**REAL_ENV, "MODELARTS_ENDPOINT": "https://modelarts.example/"}) as target:
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
    ("spec", "message"),
    [("no_colon", "expected MODULE:FACTORY"), ("missing.py:f", "no such file"), ("mock_server:NOT_THERE", "is not a callable")],
)
def test_a_bad_app_factory_is_a_clear_error(spec: str, message: str) -> None:
    with pytest.raises(TargetError, match=message):
        load_app_factory(spec)
