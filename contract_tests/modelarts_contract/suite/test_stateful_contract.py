"""The stateful phase: scenarios of calls chained by the spec's links, where writes may go (modelarts_contract/stateful.py)."""

from __future__ import annotations

import pytest

from modelarts_contract import session, stateful
from modelarts_contract.skips import REASONS

run = session.current()


def test_resources_live_as_their_links_say() -> None:
    """A create is shown through its link, an update or action reaches it, a delete removes it: judged by schemathesis'
    ensure_resource_availability and use_after_free, and every other check, at every step."""
    if run.stateful_skip is not None:
        pytest.skip(f"{REASONS[run.stateful_skip.code]}: not run, this target takes reads only ({run.stateful_skip.hint})")
    stateful.run_phase(run)
