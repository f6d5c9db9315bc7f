"""modelarts_mock state and start-up: reset, user fixtures, and specs the mock refuses to serve."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from modelarts_mock import Settings, create_app
from modelarts_mock.backend import MODELLED
from modelarts_mock.control import ControlError, MockControl
from modelarts_mock.fixtures import FixturesError
from modelarts_mock.spec import SpecError, load_spec
from modelarts_spec.diagnostics import InputError

from tests.support import SPEC, line_of, operation_ids
from tests.support.mock import OTHER_PROJECT, POOL, PROJECT, client, documented_error, spec_operations
from tests.support.spec_tree import edit, spec_copy

NEW_POOL = "my-own-pool-0000000000000000000000000000000"


def pool_body(name: str, phase: str = "Creating") -> dict[str, Any]:
    return {"apiVersion": "v2", "kind": "Pool", "metadata": {"name": name}, "spec": {"type": "Dedicate"}, "status": {"phase": phase}}


def test_reset_restores_seed_and_fixtures() -> None:
    mock = client()
    control: MockControl = mock.app.state.mock  # type: ignore[attr-defined]
    control.seed("ShowPool", pool_body(NEW_POOL), path={"pool_name": NEW_POOL})
    assert mock.get(f"/v2/{PROJECT}/pools/{NEW_POOL}").json()["status"]["phase"] == "Creating"
    control.reset()
    assert mock.get(f"/v2/{PROJECT}/pools/{NEW_POOL}").status_code == 404
    assert mock.get(f"/v2/{PROJECT}/pools/{POOL}").status_code == 200


def test_seed_refuses_a_key_of_the_wrong_shape_or_an_unknown_operation() -> None:
    control: MockControl = client().app.state.mock  # type: ignore[attr-defined]
    with pytest.raises(ControlError, match="pool_name"):
        control.seed("ShowPool", pool_body(NEW_POOL))
    with pytest.raises(ControlError, match="unknown operation 'NoSuchOperation'"):
        control.seed("NoSuchOperation", {})


class ClearedBetweenTestAndRead(dict[str, Any]):
    """A parameter's valid-value cache that another thread clears right after a membership test."""

    def __contains__(self, key: object) -> bool:
        found = super().__contains__(key)
        self.clear()
        return found


@pytest.mark.slow
def test_parameter_cache_cleared_by_another_thread_is_not_a_500() -> None:
    # Parameters are shared by every app built from one spec file, served from several threads.
    op = load_spec(SPEC).operation("ShowPool")
    assert op is not None
    [pool_name] = [p for p in op.parameters if p.name == "pool_name"]
    cache = ClearedBetweenTestAndRead({POOL: POOL})
    param = dataclasses.replace(pool_name, _valid=cache)
    assert param.check(POOL) == POOL
    assert param.check(POOL) == POOL


def test_project_id_setting_moves_the_seed() -> None:
    mock = client(project_id=OTHER_PROJECT)
    assert mock.get(f"/v2/{OTHER_PROJECT}/pools/{POOL}").status_code == 200
    assert mock.get(f"/v2/{PROJECT}/pools/{POOL}").status_code == 404


def write(tmp_path: Path, data: Any, suffix: str = ".json") -> Path:
    path = tmp_path / f"fixtures{suffix}"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def test_fixtures_add_resources_in_any_project(tmp_path: Path) -> None:
    fixtures = {
        "projects": {
            OTHER_PROJECT: {
                "ShowPool": [{"path": {"pool_name": NEW_POOL}, "body": pool_body(NEW_POOL)}],
                "ShowOsConfig": [{"body": {"networkQuota": 3}}],
            },
            PROJECT: {"ShowPool": [{"path": {"pool_name": POOL}, "body": pool_body(POOL, "Abnormal")}]},
        }
    }
    mock = client(fixtures=write(tmp_path, fixtures))
    assert mock.get(f"/v2/{OTHER_PROJECT}/pools/{NEW_POOL}").json() == pool_body(NEW_POOL)
    assert mock.get(f"/v1/{OTHER_PROJECT}/os-user-config").json() == {"networkQuota": 3}
    assert mock.get(f"/v2/{PROJECT}/pools/{POOL}").json()["status"]["phase"] == "Abnormal"  # replaces the seeded pool
    assert mock.get(f"/v2/{PROJECT}/pools/{NEW_POOL}").status_code == 404  # still per project


BAD_FIXTURES = [
    ("not projects", {"pools": {}}, "", "fixtures-invalid"),
    ("bad project id", {"projects": {"bad project": {}}}, "/projects/bad project", "fixtures-project-invalid"),
    (
        "unknown operation",
        {"projects": {PROJECT: {"NoSuchOperation": []}}},
        f"/projects/{PROJECT}/NoSuchOperation",
        "fixtures-operation-unknown",
    ),
    (
        "missing path",
        {"projects": {PROJECT: {"ShowPool": [{"body": pool_body(NEW_POOL)}]}}},
        f"/projects/{PROJECT}/ShowPool/0/path",
        "pool_name",
    ),
    (
        "invalid path parameter",
        {"projects": {PROJECT: {"ShowPool": [{"path": {"pool_name": "Bad"}, "body": pool_body(NEW_POOL)}]}}},
        f"/projects/{PROJECT}/ShowPool/0/path/pool_name",
        "minimum length 36",
    ),
    (
        "body against the schema",
        {"projects": {PROJECT: {"ShowPool": [{"path": {"pool_name": NEW_POOL}, "body": pool_body(NEW_POOL, "Sleeping")}]}}},
        f"/projects/{PROJECT}/ShowPool/0/body/status/phase",
        "'Sleeping'",
    ),
]


@pytest.mark.parametrize(("case", "data", "pointer", "problem"), BAD_FIXTURES, ids=[c[0] for c in BAD_FIXTURES])
def test_bad_fixtures_name_pointer_and_line(tmp_path: Path, case: str, data: Any, pointer: str, problem: str) -> None:
    path = write(tmp_path, data)
    with pytest.raises(FixturesError) as caught:
        create_app(Settings(fixtures=path))
    [found] = [d for d in caught.value.diagnostics if d.pointer == pointer]
    assert found.file == str(path) and found.line is not None
    assert problem in found.message or problem == found.code


def test_fixture_line_numbers_point_at_the_value(tmp_path: Path) -> None:
    path = tmp_path / "fixtures.yaml"
    path.write_text(
        f"projects:\n  {PROJECT}:\n    ShowOsQuota:\n      - body:\n          quotas:\n            resources: 7\n", encoding="utf-8"
    )
    with pytest.raises(FixturesError) as caught:
        create_app(Settings(fixtures=path))
    [found] = caught.value.diagnostics
    assert found.pointer == f"/projects/{PROJECT}/ShowOsQuota/0/body/quotas/resources"
    assert found.line == line_of(path, "resources: 7")


def test_unreadable_fixtures(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        create_app(Settings(fixtures=tmp_path / "missing.yaml"))


# ------------------------------------------------------------------ specs the mock refuses at start-up


def broken_spec(tmp_path: Path, old: str, new: str) -> tuple[Path, Path]:
    """A copy of the spec tree with the spec's first `old` replaced: its root and the edited file."""
    root = spec_copy(tmp_path)
    return root, edit(root, old, new, first=True)


@pytest.mark.parametrize(
    ("old", "new", "code", "needle"),
    [
        ("        minLength: 36\n", "        minlength: 36\n", "openapi-invalid", None),  # the OAS schema itself refuses it first
        (
            "        maxLength: 63\n",
            "        maxLength: 63\n        discriminator: {propertyName: x}\n",
            "schema-keyword-unsupported",
            "discriminator",
        ),
        ("          format: int64\n", "          format: epoch-ms\n", "schema-format-unsupported", "format: epoch-ms"),
        ("                error_code: ModelArts.50005101\n", "                code: ModelArts.50005101\n", "not-found-missing", None),
        ("      example: auto-pool-os-86c13962597848eeb29c5861153a391f\n", "", "key-example-missing", None),
        (
            "            error_code: ModelArts.0203\n            error_msg: Invalid token.\n",
            "            error_msg: Invalid token.\n",
            "error-example-missing",
            None,
        ),
    ],
    ids=["typo keyword", "discriminator", "unknown format", "404 example without a code", "key without example", "401 example"],
)
@pytest.mark.slow
def test_spec_the_mock_cannot_serve_fails_at_start_up(tmp_path: Path, old: str, new: str, code: str, needle: str | None) -> None:
    root, file = broken_spec(tmp_path, old, new)
    with pytest.raises((SpecError, InputError)) as caught:
        load_spec(root)
    diagnostics = caught.value.diagnostics if isinstance(caught.value, SpecError) else [caught.value.diagnostic]
    found = [d for d in diagnostics if d.code == code]
    assert found, [d.to_text() for d in diagnostics]
    if needle is not None:
        assert (found[0].file, found[0].line) == (str(file), line_of(file, needle))


STAMP = "        stamp:\n          type: string\n          pattern: '^[0-9]+$'\n"  # "" (the empty answer's) does not match


def _stamped(tmp_path: Path, schema: tuple[str, str], example: str) -> Path:
    """A copy of the spec whose schema (`schema`: its text and the same with `stamp` required) gains a `stamp` of
    digits, with `stamp: '1'` added to the example that starts with `example`: valid, but no empty body fits it."""
    root = spec_copy(tmp_path)
    edit(root, schema[0], schema[1] + STAMP)
    indent = example[: len(example) - len(example.lstrip())]
    edit(root, example, f"{indent}stamp: '1'\n{example}")
    return root


SEARCH_ALGORITHMS = "      required:\n        - search_algo_list\n      properties:\n"  # SearchAlgorithmList's
NETWORKS = "    ListNetworksResponse:\n      type: object\n      properties:\n"
EMPTY_ANSWERS = [
    (  # a project-wide read of the model
        "ShowSearchAlgorithms",
        (SEARCH_ALGORITHMS, SEARCH_ALGORITHMS.replace("list\n", "list\n        - stamp\n")),
        "                    search_algo_count: 3\n",
        "~1search-algorithms/get/responses/200/content/application~1json/schema",
    ),
    (  # any other
        "ListNetworks",
        (NETWORKS, NETWORKS.replace("object\n", "object\n      required: [stamp]\n")),
        "                    kind: NetworkList\n",
        "~1networks/get/responses/200/content/application~1json/schema",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("op_id", "schema", "example", "pointer"), EMPTY_ANSWERS, ids=[e[0] for e in EMPTY_ANSWERS])
def test_a_read_without_404_and_a_fitting_empty_answer_stops_the_start(
    tmp_path: Path, op_id: str, schema: tuple[str, str], example: str, pointer: str
) -> None:
    """A project-wide read without a 404 answers a project without its data with an empty body: checked at start-up
    (the mock would have no valid answer to give)."""
    root = _stamped(tmp_path, schema, example)
    with pytest.raises(SpecError) as caught:
        create_app(Settings(spec_path=root))
    [found] = caught.value.diagnostics
    assert found.code == "mock-empty-answer" and f"{op_id}: cannot build an empty answer: does not match the pattern" in found.message
    assert found.pointer is not None and found.pointer.endswith(pointer) and found.line


@pytest.mark.slow
def test_a_read_with_a_404_and_no_fitting_empty_answer_answers_its_404(tmp_path: Path) -> None:
    """A project-wide read that documents a 404 answers it to a project without its data when no empty body fits."""
    schema = "    ListNetworksResponse:\n      type: object\n      properties:\n"
    root = _stamped(
        tmp_path, (schema, schema.replace("object\n", "object\n      required: [stamp]\n")), "                    kind: NetworkList\n"
    )
    not_found = "        '401':\n          $ref: '#/components/responses/Unauthorized'\n"
    file = edit(root, "      operationId: ListNetworks\n", "      operationId: ListNetworks\n")
    text = file.read_text(encoding="utf-8")
    at = text.index(not_found, text.index("      operationId: ListNetworks\n")) + len(not_found)
    file.write_text(text[:at] + "        '404':\n          $ref: '#/components/responses/NotFound'\n" + text[at:], encoding="utf-8")
    mock = client(spec_path=root)
    assert mock.get(f"/v1/{PROJECT}/networks").json()["stamp"] == "1"
    response = mock.get(f"/v1/{OTHER_PROJECT}/networks")
    assert response.status_code == 404 and response.json()["error_code"] == "ModelArts.0404"


@pytest.mark.slow
def test_the_committed_spec_loads_and_every_operation_is_served() -> None:
    spec = load_spec(SPEC)
    assert [op.operation_id for op in spec.operations] == list(operation_ids())
    assert (spec.bad_request_code, spec.unauthorized_code) == ("ModelArts.50004000", "ModelArts.0203")
    not_found = {op.operation_id: op.not_found.code for op in spec.operations if op.not_found}
    assert not_found == {op_id: error["error_code"] for op_id, _, data in spec_operations() if (error := documented_error(data, "404"))}
    assert {op_id: code for op_id, code in not_found.items() if op_id in MODELLED} == {
        "ShowServiceMonitorInfo": "ModelArts.3502",
        "ShowServiceEvents": "ModelArts.3502",
        "ShowService": "ModelArts.3502",
        "ShowSaveImageJob": "ModelArts.2762",
        "ShowObsUrlOfTrainingJobLogs": "ModelArts.2762",
        "ShowPluginTemplate": "ModelArts.50005101",
        "ShowOsQuota": "ModelArts.50004004",
        "ShowOsConfig": "ModelArts.50004004",
        "ShowPool": "ModelArts.50015001",
        "ShowPoolMonitor": "ModelArts.50015001",
        "ShowPoolTags": "ModelArts.50015001",
    }


def test_served_json_follows_seed_and_ignores_edits_of_copies() -> None:
    mock = client()
    control: MockControl = mock.app.state.mock  # type: ignore[attr-defined]
    url = f"/v2/{PROJECT}/pools/{POOL}"
    assert mock.get(url).json()["status"]["phase"] == "Running"
    copy = control.answer("ShowPool", path={"pool_name": POOL})
    copy["status"]["phase"] = "Deleting"  # answer() hands out a copy: nothing served changes
    assert mock.get(url).json()["status"]["phase"] == "Running"
    control.seed("ShowPool", copy, path={"pool_name": POOL})  # seed() replaces the pool's body: the new body is served
    assert mock.get(url).json()["status"]["phase"] == "Deleting"
