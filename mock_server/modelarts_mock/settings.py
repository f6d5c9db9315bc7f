"""Settings of one mock instance, including the hooks tests use to build deliberately broken variants."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from modelarts_mock.auth import MAX_SKEW
from modelarts_mock.spec import DEFAULT_SPEC
from modelarts_mock.wire import Reply

# The project the spec's examples are seeded into; any 1–64 letters, digits and hyphens are accepted.
DEFAULT_PROJECT_ID = "0123456789abcdef0123456789abcdef"


@dataclass(frozen=True)
class Call:
    """What an override sees about the request it rewrites the reply of (after routing)."""

    operation_id: str
    project_id: str
    params: Mapping[str, Any]  # the validated parameters; empty if the request was rejected


# Rewrites the reply of one operation (success or error) before response validation.
Override = Callable[[Call, Reply], Reply]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Settings:
    spec_path: Path = DEFAULT_SPEC
    project_id: str = DEFAULT_PROJECT_ID
    fixtures: Path | None = None
    tokens: tuple[str, ...] = field(default=(), repr=False)
    keys: Mapping[str, str] = field(default_factory=dict, repr=False)  # AK → SK
    auth: bool = True  # False: accept every request without credentials (--no-auth)
    validate_responses: bool = False
    clock: Callable[[], datetime] = utc_now
    max_skew: timedelta = MAX_SKEW
    # Hooks for deliberately broken variants (contract-test self-tests): rewrite replies, skip request validation.
    overrides: Mapping[str, Override] = field(default_factory=dict)  # operationId → rewrite
    unvalidated: frozenset[str] = frozenset()  # operationIds whose parameters are coerced but not validated
