"""Settings of one mock instance."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from modelarts_mock.auth import MAX_SKEW
from modelarts_mock.spec import DEFAULT_SPEC

# The project the spec's examples are seeded into; any 1–64 letters, digits and hyphens are accepted.
DEFAULT_PROJECT_ID = "0123456789abcdef0123456789abcdef"


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
    clock: Callable[[], datetime] = utc_now  # the wall clock: signatures are checked against it
    time_scale: float = 1.0  # how fast the mock's own clock (lifecycles) runs against the wall clock
    max_skew: timedelta = MAX_SKEW
    admin_token: str | None = field(default=None, repr=False)  # opens /_mock/ with X-Mock-Admin-Token
    journal_size: int = 1000  # requests the journal keeps (oldest dropped)
    # Host names (besides loopback ones) an open control plane answers on a socket: --allow-host (DNS rebinding guard)
    allowed_hosts: tuple[str, ...] = ()

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every credential the mock holds (its tokens, secret keys, admin token): masked wherever it shows up."""
        return (*self.tokens, *self.keys.values(), *((self.admin_token,) if self.admin_token else ()))
