"""Secrets echoed by a server are redacted however they are escaped, also in text that is not valid JSON."""

from __future__ import annotations

import json

import pytest
from modelarts_core.errors import REDACTED, redact

SECRET = 'tok/EN-"q\\-é-😀-Ab12'


def escaped_forms(secret: str) -> list[str]:
    every_unit = "".join(f"\\u{ord(c):04x}" if ord(c) < 0x10000 else json.dumps(c)[1:-1] for c in secret)
    return [
        secret,
        json.dumps(secret)[1:-1],  # json.dumps' own escapes (", \\ and ASCII-only)
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(secret)[1:-1].replace("/", "\\/"),  # the optional escape of '/'
        every_unit,  # every character as \\uXXXX
        every_unit.upper().replace("\\U", "\\u"),  # upper-case hex digits
    ]


@pytest.mark.parametrize("form", escaped_forms(SECRET))
@pytest.mark.parametrize("wrapper", ['{{"error_msg": "echo {}', "<html>{}</html>", "{} and again {}"])
def test_an_echoed_secret_is_gone_in_any_escape_inside_unfinished_json_or_html(form: str, wrapper: str) -> None:
    text = wrapper.format(form, form)
    out = redact(text, [SECRET])
    assert REDACTED in out
    assert form not in out and "Ab12" not in out


def test_text_without_the_secret_is_left_alone() -> None:
    text = '{"error_msg": "tok\\/EN is a different token", "u": "\\u0041b12"}'
    assert redact(text, [SECRET]) == text


def test_short_secrets_are_not_redacted() -> None:
    assert redact("abc", ["abc"]) == "abc"
