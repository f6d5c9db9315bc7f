"""ModelArts.from_env(): environment variables, then the official SDK's profile file, in an isolated HOME."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from modelarts_client import AkSkAuth, AsyncModelArts, ConfigurationError, ModelArts, TokenAuth

from tests.support.client_mock import PROJECT

VARIABLES = (
    "HUAWEICLOUD_SDK_AK",
    "HUAWEICLOUD_SDK_SK",
    "HUAWEICLOUD_SDK_PROJECT_ID",
    "HUAWEICLOUD_SDK_SECURITY_TOKEN",
    "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
    "MODELARTS_AUTH_TOKEN",
    "MODELARTS_REGION",
    "MODELARTS_ENDPOINT",
)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", os.fspath(tmp_path))
    return tmp_path


def write_profile(home: Path, text: str) -> Path:
    path = home / ".huaweicloud" / "credentials"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_ak_sk_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", "AK1")
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", "SK1")
    monkeypatch.setenv("HUAWEICLOUD_SDK_SECURITY_TOKEN", "STS1")
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
    monkeypatch.setenv("MODELARTS_REGION", "cn-east-3")
    with ModelArts.from_env() as ma:
        auth = ma._engine.settings.auth
        assert isinstance(auth, AkSkAuth) and auth.access_key == "AK1" and auth.secrets() == ("AK1", "SK1", "STS1")
        assert auth.project_id == PROJECT
        assert ma.base_url == "https://modelarts.cn-east-3.myhuaweicloud.com" and ma.project_id == PROJECT


def test_token_and_endpoint_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELARTS_AUTH_TOKEN", "TOKEN1")
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
    monkeypatch.setenv("MODELARTS_ENDPOINT", "http://127.0.0.1:9000")
    ma = AsyncModelArts.from_env(timeout=5)
    assert isinstance(ma._engine.settings.auth, TokenAuth) and ma.base_url == "http://127.0.0.1:9000"
    assert ma._engine.http.timeout.read == 5


def test_the_official_profile_file_is_read(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_profile(home, f"[basic]\nak = FILE-AK\nsk = FILE-SK\nproject_id = {PROJECT}\n\n[global]\nak = G\nsk = G\ndomain_id = d\n")
    monkeypatch.setenv("MODELARTS_REGION", "cn-north-4")
    with ModelArts.from_env() as ma:
        auth = ma._engine.settings.auth
        assert isinstance(auth, AkSkAuth) and auth.access_key == "FILE-AK" and ma.project_id == PROJECT


def test_the_profile_file_format_is_the_official_sdks(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same file, read by huaweicloudsdkcore's own provider, gives the same credentials."""
    from huaweicloudsdkcore.auth.provider import ProfileCredentialProvider

    write_profile(home, f"[basic]\nak = FILE-AK\nsk = FILE-SK\nproject_id = {PROJECT}\nsecurity_token = FILE-STS\n")
    official = ProfileCredentialProvider.get_basic_credential_profile_provider().get_credentials()
    monkeypatch.setenv("MODELARTS_REGION", "cn-north-4")
    with ModelArts.from_env() as ma:
        auth = ma._engine.settings.auth
        assert isinstance(auth, AkSkAuth)
        assert auth.secrets() == (official.ak, official.sk, official.security_token) and ma.project_id == official.project_id


def test_environment_wins_over_the_file_and_the_file_can_be_moved(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = home / "elsewhere.ini"
    other.write_text(f"[basic]\nak = FILE-AK\nsk = FILE-SK\nproject_id = {PROJECT}\n", encoding="utf-8")
    monkeypatch.setenv("HUAWEICLOUD_SDK_CREDENTIALS_FILE", os.fspath(other))
    monkeypatch.setenv("MODELARTS_REGION", "cn-north-4")
    monkeypatch.setenv("MODELARTS_AUTH_TOKEN", "ENV-TOKEN")
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "env-project")
    with ModelArts.from_env() as ma:
        assert isinstance(ma._engine.settings.auth, TokenAuth) and ma.project_id == "env-project"


@pytest.mark.parametrize(
    ("env", "profile", "message"),
    [
        ({"HUAWEICLOUD_SDK_AK": "a", "HUAWEICLOUD_SDK_SK": "s", "HUAWEICLOUD_SDK_PROJECT_ID": "p"}, None, "MODELARTS_REGION"),
        ({"HUAWEICLOUD_SDK_AK": "a", "HUAWEICLOUD_SDK_SK": "s", "MODELARTS_REGION": "cn-north-4"}, None, "HUAWEICLOUD_SDK_PROJECT_ID"),
        ({"HUAWEICLOUD_SDK_PROJECT_ID": "p", "MODELARTS_REGION": "cn-north-4"}, None, "HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK"),
        (
            {"HUAWEICLOUD_SDK_AK": "a", "HUAWEICLOUD_SDK_PROJECT_ID": "p", "MODELARTS_REGION": "cn-north-4"},
            None,
            "HUAWEICLOUD_SDK_SK is not",
        ),
        ({"HUAWEICLOUD_SDK_PROJECT_ID": "p", "MODELARTS_REGION": "cn-north-4"}, "[basic]\nak = a\n", "needs both ak and sk"),
        ({"MODELARTS_AUTH_TOKEN": "t", "MODELARTS_REGION": "cn-north-4"}, "[basic]\nak = a\nsk = s\n", "project_id under \\[basic\\]"),
        ({"MODELARTS_AUTH_TOKEN": "t", "MODELARTS_REGION": "cn-north-4"}, "not an ini file", "not a credentials file"),
        ({"MODELARTS_AUTH_TOKEN": "t", "HUAWEICLOUD_SDK_PROJECT_ID": "p", "MODELARTS_REGION": "mars-1"}, None, "unknown region"),
        ({"MODELARTS_AUTH_TOKEN": "t", "HUAWEICLOUD_SDK_PROJECT_ID": "p", "MODELARTS_ENDPOINT": "http://[::1"}, None, "MODELARTS_ENDPOINT"),
        (
            {"MODELARTS_AUTH_TOKEN": "t", "HUAWEICLOUD_SDK_PROJECT_ID": "p", "MODELARTS_ENDPOINT": "https://x?a=1"},
            None,
            "MODELARTS_ENDPOINT",
        ),
    ],
)
def test_what_is_missing_is_named(
    home: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], profile: str | None, message: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if profile is not None:
        write_profile(home, profile)
    with pytest.raises(ConfigurationError, match=message) as info:
        ModelArts.from_env()
    for secret in ("a", "s", "t"):
        assert f"={secret}" not in str(info.value) and f"'{secret}'" not in str(info.value)


@pytest.mark.parametrize(
    "env",
    [
        {"MODELARTS_AUTH_TOKEN": "ENV-TOKEN"},
        {"HUAWEICLOUD_SDK_AK": "ENV-AK", "HUAWEICLOUD_SDK_SK": "ENV-SK"},
    ],
)
def test_a_complete_environment_does_not_read_the_profile_file(home: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> None:
    """As the official SDK's provider chain: the profile is only consulted for what the environment lacks."""
    write_profile(home, "not an ini file")
    for name, value in {**env, "HUAWEICLOUD_SDK_PROJECT_ID": "env-project", "MODELARTS_REGION": "cn-north-4"}.items():
        monkeypatch.setenv(name, value)
    with ModelArts.from_env() as ma:
        assert ma.project_id == "env-project"
    monkeypatch.delenv("HUAWEICLOUD_SDK_PROJECT_ID")  # now the profile is needed, and its fault is reported
    with pytest.raises(ConfigurationError, match="not a credentials file"):
        ModelArts.from_env()


@pytest.fixture
def profile_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    """An environment without a project id: the profile file has to be read."""
    monkeypatch.setenv("MODELARTS_AUTH_TOKEN", "t")
    monkeypatch.setenv("MODELARTS_REGION", "cn-north-4")


@pytest.mark.usefixtures("profile_needed")
def test_a_missing_explicit_profile_file_is_named(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """configparser skips a file it cannot open; a file the user named must not be skipped silently."""
    missing = home / "missing.ini"
    monkeypatch.setenv("HUAWEICLOUD_SDK_CREDENTIALS_FILE", os.fspath(missing))
    with pytest.raises(ConfigurationError, match=f"cannot read {re.escape(os.fspath(missing))} .*HUAWEICLOUD_SDK_CREDENTIALS_FILE"):
        ModelArts.from_env()


@pytest.mark.usefixtures("profile_needed")
def test_an_unreadable_profile_file_is_named(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write_profile(home, f"[basic]\nproject_id = {PROJECT}\n")
    with ModelArts.from_env() as ma:
        assert ma.project_id == PROJECT  # readable: used
    real_open = open

    def denied(file: object, *args: object, **kwargs: object) -> object:  # chmod 000 does not stop root (CI)
        if os.fspath(file) == os.fspath(locked):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", os.fspath(locked))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", denied)
    for named in (False, True):  # the default ~/.huaweicloud/credentials, or named by the variable
        if named:
            monkeypatch.setenv("HUAWEICLOUD_SDK_CREDENTIALS_FILE", os.fspath(locked))
        with pytest.raises(ConfigurationError, match=f"cannot read {re.escape(os.fspath(locked))}.*Permission denied"):
            ModelArts.from_env()


def test_everything_missing_is_reported_at_once() -> None:
    """Not one variable per run: region, project and credentials in one message (issue 23)."""
    with pytest.raises(ConfigurationError) as info:
        ModelArts.from_env()
    message = str(info.value)
    for variable in ("MODELARTS_REGION", "MODELARTS_ENDPOINT", "HUAWEICLOUD_SDK_PROJECT_ID", "HUAWEICLOUD_SDK_AK", "MODELARTS_AUTH_TOKEN"):
        assert variable in message, variable


def test_an_endpoint_wins_over_a_region_and_says_so(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """MODELARTS_REGION in a shell profile must not block MODELARTS_ENDPOINT set for one run."""
    monkeypatch.setenv("MODELARTS_AUTH_TOKEN", "token-0123456789")
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
    monkeypatch.setenv("MODELARTS_REGION", "cn-north-4")
    monkeypatch.setenv("MODELARTS_ENDPOINT", "http://127.0.0.1:8080")
    with caplog.at_level("WARNING", logger="modelarts_core"), ModelArts.from_env() as ma:
        assert ma.base_url == "http://127.0.0.1:8080"
    assert "MODELARTS_ENDPOINT=http://127.0.0.1:8080 wins over MODELARTS_REGION=cn-north-4" in caplog.text


def test_an_unknown_region_from_the_environment_names_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELARTS_AUTH_TOKEN", "token-0123456789")
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
    monkeypatch.setenv("MODELARTS_REGION", "mars-1")
    with pytest.raises(ConfigurationError) as info:
        ModelArts.from_env()
    assert "MODELARTS_REGION='mars-1'" in str(info.value) and "set MODELARTS_ENDPOINT=" in str(info.value)
    assert "endpoint=" not in str(info.value).replace("MODELARTS_ENDPOINT=", "")
