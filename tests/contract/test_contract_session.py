"""modelarts_contract/session.py: the schemathesis schema a run is bound to (built, never sent: no server needed)."""

from __future__ import annotations

from typing import Any

import pytest
from modelarts_contract import session
from modelarts_contract.options import TargetError
from modelarts_contract.resources import example_ids
from modelarts_contract.targets import NoCredentials, Target
from modelarts_core.auth import AkSkAuth, TokenAuth
from schemathesis.core.result import Ok

PROJECT = "0123456789abcdef0123456789abcdef"


def _target(kind: str, auth: Any = None) -> Target:
    return Target(
        kind, "https://modelarts.example", PROJECT, auth or TokenAuth("t0k"), example_ids(PROJECT), base_url="https://modelarts.example"
    )


def _probed_methods(run: session.Run) -> dict[str, set[str]]:
    """Per operation, the other methods the coverage phase would send (schemathesis' per-operation view of the config)."""
    found: dict[str, set[str]] = {}
    for result in run.schema.get_all_operations():
        assert isinstance(result, Ok), result  # the spec is valid: every operation loads
        operation = result.ok()
        found[operation.definition.raw["operationId"]] = set(run.schema.config.phases_for(operation=operation).coverage.unexpected_methods)
    return found


def test_a_real_run_probes_no_other_method_on_any_operation() -> None:
    probed = _probed_methods(session.Run(_target("real"), seed=1, max_examples=1))
    assert "ShowPoolTags" in probed and len(probed) > 1
    assert {op: methods for op, methods in probed.items() if methods} == {}


def test_the_project_level_setting_alone_leaves_show_pool_tags_probed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Why read_only() sets every [[operations]] block too: the bug it fixed, reproduced (proves the test above can fail)."""

    def project_level_only(config: Any) -> None:
        config.phases.coverage.unexpected_methods = set()

    monkeypatch.setattr(session, "read_only", project_level_only)
    probed = _probed_methods(session.Run(_target("real"), seed=1, max_examples=1))
    assert {op for op, methods in probed.items() if methods} == {"ShowPoolTags"}
    assert "trace" in {method.lower() for method in probed["ShowPoolTags"]}


def test_a_fake_at_a_url_is_probed_with_other_methods() -> None:
    probed = _probed_methods(session.Run(_target("url"), seed=1, max_examples=1))
    assert all(probed.values())


def test_what_each_kind_of_credentials_sends() -> None:
    assert session.credential_headers(TokenAuth("t0k")) == {"X-Auth-Token": "t0k"}
    assert session.credential_headers(AkSkAuth("AK", "SK")) == {"Authorization": session.SIGN_AT_SEND}
    assert session.credential_headers(NoCredentials()) == {}
    run = session.Run(_target("url", NoCredentials()), seed=1, max_examples=1)
    assert run.credential_headers == {} and run.transport == {}


@pytest.mark.parametrize(
    ("options", "message"), [({"max_examples": 0}, "--max-examples 0"), ({"only": ["ShowNothing"]}, "--operation ShowNothing")]
)
def test_bad_run_options_are_usage_errors(options: dict[str, Any], message: str) -> None:
    with pytest.raises(TargetError, match=message):
        session.Run(_target("url"), **{"seed": 1, "max_examples": 1, **options})
