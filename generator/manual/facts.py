"""Facts a row's description states in prose: enum values, a default, a maximum, an array size, a unit.

Both editions are read here: the Chinese text (`prose_facts`: "取值为 A: …, B: …", "最大值为500") and the English
pages (`rst_facts`: bold words after "Options", "maximum value is **500**"). Every scan is linear in the
description: an enum phrase of any length is split at its colons instead of being searched for with a
backtracking pattern, and a number longer than `NUMBER_DIGITS` is refused (a message in `problems`, which
the reader turns into a warning naming the page and line) instead of being converted.
"""

from __future__ import annotations

import re
from typing import Any

NUMBER_DIGITS = 18  # every 18-digit number fits a signed 64-bit integer; the manuals' longest has 3
TABLE_DIGITS = 6  # a table's number (表N, **Table N**); the English edition's highest is 115

ZH_ENUM_KEYWORD_RE = re.compile(r"(取值为|可选值如下|枚举值如下|可选值为|取值如下)[:：]?")
ZH_DEFAULT_RE = re.compile(r"默认(?:值)?(?:是|为)[“\"]?([A-Za-z0-9_.\-]+)")
ZH_NUMBERS = {"maximum": re.compile(r"最大值为\s*(\d+)"), "max_items": re.compile(r"(?:JSON)?数组大小不超过\s*(\d+)")}
ZH_UNIT_RE = re.compile(r"单位\s*+[,，]?\s*(MB|GB|KB|ms|毫秒|秒)")
ENUM_VALUE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-/ ")
COLON_RE = re.compile(r"[:：]")
NAME_LIKE_RE = re.compile(r"^(?:(?:@[a-z]+:)?[A-Za-z_][A-Za-z0-9_.\-/]*|[A-Za-z0-9_.\-/]+)$")  # a row name or a bare word

EN_ENUM_KEYWORD_RE = re.compile(r"(?:Options|options are|value can be|values are|Possible values|Enumerated values)", re.I)
EN_BOLD_RE = re.compile(r"\*\*([^*]+)\*\*")
EN_ENUM_VALUE_RE = re.compile(r"^[A-Za-z0-9_.\-/]+$")
EN_DEFAULT_RE = re.compile(r"default value is \*\*([^*]+)\*\*", re.I)
EN_MAXIMUM_RE = re.compile(r"maximum value is \*\*(\d+)\*\*", re.I)


def number(digits: str, limit: int = NUMBER_DIGITS) -> int | None:
    """The value of a run of digits the manual prints, or None when it has more than `limit` digits."""
    return int(digits) if len(digits) <= limit else None


def shown(digits: str) -> str:
    """A run of digits for a message: whole when short, else its start and its length."""
    return digits if len(digits) <= 24 else f"{digits[:12]}… ({len(digits):,} digits)"


def prose_facts(text: str, problems: list[str]) -> dict[str, Any]:
    """The Chinese text's facts (its descriptions are single-spaced: the reader joins their words)."""
    facts: dict[str, Any] = {}
    keyword = ZH_ENUM_KEYWORD_RE.search(text)
    if keyword:
        tail = text[keyword.end() :].strip()
        values = enum_items(" " + tail)
        if not values:
            first = tail.split(maxsplit=1)[0] if tail else ""
            if NAME_LIKE_RE.match(first):
                values = [first]
        if values:
            facts["enum"] = values
    if match := ZH_DEFAULT_RE.search(text):
        facts["default"] = match.group(1)
    for key, pattern in ZH_NUMBERS.items():
        if match := pattern.search(text):
            _keep_number(facts, key, match.group(1), problems)
    if match := ZH_UNIT_RE.search(text):
        facts["unit"] = match.group(1)
    return facts


def enum_items(text: str) -> list[str]:
    """The names before each colon (`A: first. B: second.` → A, B): for each colon, the run of name characters
    (letters, digits, `_.-/` and spaces) just before it, from its first word that follows a whitespace.

    What `(?:^|(?<=\\s))([A-Za-z0-9_.\\-/][A-Za-z0-9_.\\-/ ]*?)\\s*[:：]` finds with `findall`, in one pass: that
    pattern retries every word of a colon-less phrase against the rest of it (quadratic in its length)."""
    values = []
    start = 0
    for colon in COLON_RE.finditer(text):
        value = _name_before(text, start, colon.start())
        if value:
            values.append(value)
        start = colon.end()
    return values


def _name_before(text: str, start: int, end: int) -> str | None:
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    first = stop
    while first > start and text[first - 1] in ENUM_VALUE_CHARS:
        first -= 1
    for at in range(first, stop):  # the leftmost word start: a name character after whitespace
        if text[at] != " " and (at == 0 or text[at - 1].isspace()):
            return text[at:stop].strip()
    return None


def rst_facts(raw: str, problems: list[str]) -> dict[str, Any]:
    """The English pages' facts: enum values (bold words after 'Options' and the like), the default, the maximum."""
    facts: dict[str, Any] = {}
    keyword = EN_ENUM_KEYWORD_RE.search(raw)
    if keyword:
        values = [v.strip() for v in EN_BOLD_RE.findall(raw[keyword.end() :]) if EN_ENUM_VALUE_RE.match(v.strip())]
        if values:
            facts["enum"] = list(dict.fromkeys(values))
    if match := EN_DEFAULT_RE.search(raw):
        facts["default"] = match.group(1)
    if match := EN_MAXIMUM_RE.search(raw):
        _keep_number(facts, "maximum", match.group(1), problems)
    return facts


def _keep_number(facts: dict[str, Any], key: str, digits: str, problems: list[str]) -> None:
    value = number(digits)
    if value is None:
        problems.append(f"{key} {shown(digits)} has more than {NUMBER_DIGITS} digits: not kept")
    else:
        facts[key] = value
