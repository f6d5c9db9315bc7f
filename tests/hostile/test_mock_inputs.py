"""Hostile fixtures files and credentials on the mock's command line: refused at start-up with one
diagnostic (file, pointer, line) and exit 2, in bounded time; secrets can come from the environment."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from modelarts_mock.__main__ import main as mock_main
from modelarts_mock.__main__ import parse_args
from modelarts_mock.auth import ENV_ACCESS_KEYS, ENV_SECRET_KEYS, ENV_TOKENS

from tests.support.mock import POOL, PROJECT

RECORD = f"projects:\n  {PROJECT}:\n    ShowPool:\n      - path: {{pool_name: {POOL}}}\n        body:\n"
FIXTURES = {
    "duplicate key": (f"projects:\n  {PROJECT}: {{}}\n  {PROJECT}: {{}}\n", "yaml-unsafe", f"#/projects/{PROJECT} (line 3)"),
    "date in a free-form field": (RECORD + "          metadata: {name: x, created: 2021-01-01}\n", "yaml-unsafe", "(line 6)"),
    "NaN in a number": (RECORD + "          metadata: {name: x}\n          x: .nan\n", "yaml-unsafe", "(line 7)"),
    "recursive alias": (f"projects: &p\n  {PROJECT}: *p\n", "yaml-unsafe", "recursive alias"),
    "alias bomb": (
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(9)),
        "yaml-unsafe",
        "alias bomb",
    ),
}


@pytest.mark.parametrize("case", list(FIXTURES))
def test_hostile_fixtures_are_refused_at_start_up(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    text, code, where = FIXTURES[case]
    path = tmp_path / "fixtures.yaml"
    path.write_text(text, encoding="utf-8")
    assert mock_main(["--fixtures", str(path), "--no-auth", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert f"error[{code}] {path}" in err and where in err and "Traceback" not in err, err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_fixtures_file_is_refused_after_the_size_limit(capsys: pytest.CaptureFixture[str]) -> None:
    assert mock_main(["--fixtures", "/dev/zero", "--no-auth", "--port", "0"]) == 2
    assert "error[file-too-large] /dev/zero: larger than" in capsys.readouterr().err


def test_a_20_mb_fixtures_file_is_refused_quickly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.json"
    with path.open("w", encoding="utf-8") as out:
        out.write('{"projects": {"p": {"ShowPool": [' + ",".join(['{"body": {"x": "' + "y" * 1000 + '"}}'] * 20_000) + "]}}}")
    assert path.stat().st_size > 20_000_000
    assert mock_main(["--fixtures", str(path), "--no-auth", "--port", "0"]) == 2
    assert "error[file-too-large]" in capsys.readouterr().err


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_TOKENS, "tok-env-1 tok-env-2")
    monkeypatch.setenv(ENV_ACCESS_KEYS, "AKENV")
    monkeypatch.setenv(ENV_SECRET_KEYS, "sk-env")
    _, settings = parse_args([])
    assert settings.tokens == ("tok-env-1", "tok-env-2") and dict(settings.keys) == {"AKENV": "sk-env"}
    assert "sk-env" not in repr(settings) and "tok-env-1" not in repr(settings)


def test_unpaired_environment_keys_are_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ACCESS_KEYS, "AK1 AK2")
    monkeypatch.setenv(ENV_SECRET_KEYS, "sk1")
    with pytest.raises(SystemExit) as exited:
        parse_args([])
    assert exited.value.code == 2


def test_the_admin_token_comes_from_the_environment_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from modelarts_mock.__main__ import ENV_ADMIN_TOKEN

    monkeypatch.setenv(ENV_ADMIN_TOKEN, "admin-env-secret")
    _, settings = parse_args(["--no-auth"])
    assert settings.admin_token == "admin-env-secret"
    assert "admin-env-secret" not in repr(settings)
    monkeypatch.delenv(ENV_ADMIN_TOKEN)
    assert parse_args(["--no-auth"])[1].admin_token is None
