"""The recorder (issue 23: it lost data; issue 21: it trusted what it wrote): pages of a listing merged, a filter never
replacing the listing, every answer to a query replayed for that query, YAML when the name says YAML, the file
written only through a temporary it created, and any recording loads back."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from modelarts_mock import Settings, create_app
from modelarts_mock.in_process import InProcessMock
from modelarts_mock.recorder import Recorder, RecordingRefused
from modelarts_mock.schemas import compile_validator
from modelarts_spec.loader import STRICT, load_yaml

from tests.mock.test_mock_proxy import proxy_of, upstream_mock
from tests.support.mock import PROJECT

SERVICE = "35de3ca9-1bca-4ae7-9cb0-914f30fa7d3e"
EVENTS_URL = f"/v1/{PROJECT}/services/{SERVICE}/events"


def _upstream_with_events() -> Any:
    """The upstream: a mock whose service has 9 events, 3 of them abnormal, at distinct times."""
    upstream = upstream_mock()
    handle = InProcessMock(upstream)
    body = handle.answer("ShowServiceEvents", path={"service_id": SERVICE})
    events = [dict(e, occur_time=1_000 + i, event_type="abnormal" if i % 3 == 0 else "normal") for i, e in enumerate(body["events"])]
    handle.seed("ShowServiceEvents", {**body, "events": events}, path={"service_id": SERVICE})
    return upstream


def _replay(recording: Path) -> InProcessMock:
    return InProcessMock(create_app(Settings(tokens=("t",), fixtures=recording, validate_responses=True)))


def _record(recording: Path, *queries: dict[str, str]) -> dict[str, Any]:
    """Each query asked through a recording proxy: what upstream answered, by query."""
    _, client = proxy_of(_upstream_with_events(), recording)
    with client:
        return {json.dumps(q, sort_keys=True): client.get(EVENTS_URL, params=q).json() for q in queries}


def test_pages_are_merged_and_each_page_replays_as_recorded(tmp_path: Path) -> None:
    recording = tmp_path / "recorded.json"
    seen = _record(recording, {"limit": "2"}, {"limit": "2", "offset": "2"})
    assert all(answer["total_count"] == 9 for answer in seen.values())
    replay = _replay(recording)
    try:
        with replay.client() as http:
            for query, answer in seen.items():  # the same request: the same answer, total_count 9 included
                assert http.get(EVENTS_URL, params=json.loads(query)).json() == answer
            merged = http.get(EVENTS_URL).json()  # any other request: the model, holding every event seen
        recorded = [e for answer in seen.values() for e in answer["events"]]
        canonical = lambda events: sorted(json.dumps(e, sort_keys=True) for e in events)  # noqa: E731
        assert merged["total_count"] == 4 and canonical(merged["events"]) == canonical(recorded)
    finally:
        replay.close()


def test_a_filtered_answer_adds_to_the_listing_and_never_replaces_it(tmp_path: Path) -> None:
    recording = tmp_path / "recorded.json"
    seen = _record(recording, {}, {"event_type": "abnormal"}, {"event_info": "no such text"})
    assert seen[json.dumps({"event_info": "no such text"})]["events"] == []
    replay = _replay(recording)
    try:
        with replay.client() as http:
            assert http.get(EVENTS_URL).json() == seen["{}"]  # all 9, as recorded unfiltered
            assert http.get(EVENTS_URL, params={"event_type": "abnormal"}).json()["total_count"] == 3
            assert http.get(EVENTS_URL, params={"event_type": "normal", "limit": "1"}).json()["total_count"] == 6  # the model
    finally:
        replay.close()


def test_a_recording_named_yaml_is_yaml(tmp_path: Path) -> None:
    recording = tmp_path / "recorded.yaml"
    _record(recording, {})
    text = recording.read_text(encoding="utf-8")
    assert not text.lstrip().startswith("{") and yaml.safe_load(text)["projects"][PROJECT]["ShowServiceEvents"]
    assert _replay(recording).answer("ShowServiceEvents", path={"service_id": SERVICE})["total_count"] == 9


@pytest.mark.parametrize("name", ["out.txt", "out", "out.json.bak"])
def test_a_recording_name_without_a_known_suffix_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(RecordingRefused, match=r"expected a \.json, \.yaml or \.yml file name"):
        Recorder(tmp_path / name)


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    mine = tmp_path / "mine.json"
    mine.write_text("precious", encoding="utf-8")
    with pytest.raises(RecordingRefused, match="exists"):
        Recorder(mine)
    assert mine.read_text(encoding="utf-8") == "precious"


def test_the_temporary_file_is_created_exclusively_never_through_a_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched", encoding="utf-8")
    recording = tmp_path / "recorded.json"
    for name in ("recorded.json.partial", ".recorded.json.partial", "recorded.json.tmp"):
        (tmp_path / name).symlink_to(victim)
    _record(recording, {})
    assert victim.read_text(encoding="utf-8") == "untouched"
    assert not recording.is_symlink() and json.loads(recording.read_text(encoding="utf-8"))["projects"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial") and not p.is_symlink()] == []


def _any_op() -> Any:
    """A GET operation addressed by the project alone, its success schema replaced by one that takes anything."""
    spec = InProcessMock(create_app(Settings(auth=False))).spec
    op = next(o for o in spec.operations if o.operation.method.lower() == "get" and not o.key_names and o.operation_id == "ShowOsQuota")
    lax = copy.copy(op)  # the same operation, its responses (derived on first use) replaced
    lax.responses = {op.success_status: compile_validator({}, {})}
    return lax


def test_a_recording_stays_within_the_fixtures_limit(tmp_path: Path) -> None:
    recorder = Recorder(tmp_path / "small.json", limits=dataclasses.replace(STRICT, max_bytes=4096))
    op = _any_op()
    assert recorder.add(PROJECT, op, {}, {}, {"a": "x" * 1000}) is None
    refused = recorder.add(PROJECT, op, {}, {"page": "2"}, {"a": "y" * 5000})
    assert refused is not None and "fixtures limit" in refused
    assert load_yaml(tmp_path / "small.json", STRICT).data["projects"][PROJECT]["ShowOsQuota"][0]["body"] == {"a": "x" * 1000}


# ---- property: any recording loads back --------------------------------------------------------------------------
TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["\ud800", "a\udfffb", "", "null", "1e-05", "2022-01-01", "yes", "~", "!!binary", "*x", "&a", "\u2028", "\ufeff"]),
)
NUMBERS = st.one_of(
    st.integers(-(10**30), 10**30),
    st.sampled_from([400, 4400, 63]).map(lambda digits: -(10**digits) if digits > 4300 else 10**digits),
    st.floats(allow_nan=True, allow_infinity=True),
)
VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), NUMBERS, TEXT),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(TEXT, children, max_size=4)),
    max_leaves=24,
)
DEEP = st.integers(1, 150).map(lambda depth: json.loads("[" * depth + "]" * depth))


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".json", ".yaml"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(bodies=st.lists(st.one_of(VALUES, DEEP), min_size=1, max_size=3), page=st.sampled_from(["", "1", "²"]))
def test_any_recording_loads_back(tmp_path: Path, suffix: str, bodies: list[Any], page: str) -> None:
    recording = tmp_path / f"{os.urandom(6).hex()}{suffix}"
    recorder = Recorder(recording)
    op = _any_op()
    kept = {}
    for index, body in enumerate(bodies):
        query = {"page": page, "n": str(index)} if page else {"n": str(index)}
        if recorder.add(PROJECT, op, {}, query, body) is None:
            kept[str(index)] = recorder.redactor.value(body)
    if not recording.exists():
        assert not kept
        return
    data = load_yaml(recording, STRICT).data  # the fixtures reader, with its limits
    answers = {a["query"]["n"]: a["body"] for a in data.get("answers", {}).get(PROJECT, {}).get("ShowOsQuota", [])}
    assert answers == json.loads(json.dumps(kept)), (answers, kept)


def test_a_file_that_appears_after_start_is_never_replaced(tmp_path: Path) -> None:
    recording = tmp_path / "recorded.json"
    recorder = Recorder(recording)  # the name was free at start-up...
    recording.write_text("someone else's", encoding="utf-8")  # ...then taken
    op = _any_op()
    assert "created by something else" in str(recorder.add(PROJECT, op, {"project_id": PROJECT}, {}, {"a": 1}))
    assert recording.read_text(encoding="utf-8") == "someone else's"
    recording.unlink()
    assert recorder.add(PROJECT, op, {"project_id": PROJECT}, {}, {"a": 2}) is None  # free again: the recorder's now
    assert recorder.add(PROJECT, op, {"project_id": PROJECT}, {}, {"a": 3}) is None  # and it replaces its own file
    assert json.loads(recording.read_text(encoding="utf-8"))["projects"][PROJECT]["ShowOsQuota"][0]["body"] == {"a": 3}
    assert [p.name for p in tmp_path.iterdir()] == ["recorded.json"]
