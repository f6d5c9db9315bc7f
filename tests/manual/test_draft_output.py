"""`draft`: its configuration (`spec/draft.yaml`) checked before it is read, and its output written only into a
folder it may create files in, whole or not at all (issue 21).

The edition is two committed pages (one per area) in a folder of their own; the spec is the committed one with
their two operations taken out, so the draft has exactly two parts to write."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from modelarts_spec.diagnostics import InputError
from modelarts_spec.loader import load_yaml

from generator import cli
from generator.manual import draft_config
from generator.manual.draft_schemas import typed
from tests.support import ROOT, SPEC, run_cli
from tests.support.spec_tree import spec_data, write_tree

EDITION = ROOT / "spec" / "manual" / "editions" / "en-2025-08-26-full"
CONFIG = ROOT / "spec" / "draft.yaml"
PAGES = {  # page → (path, method) of the operation it documents
    "resource_management/network_management/creating_network_resources.rst": ("/v1/{project_id}/networks", "post"),
    "authorization_management/creating_a_modelarts_agency.rst": ("/v2/{project_id}/agency", "post"),
}


def edition(folder: Path) -> Path:
    for page in PAGES:
        (folder / page).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(EDITION / page, folder / page)
    return folder


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The two pages as an edition, and a spec tree without their operations (written once: seconds)."""
    tmp = tmp_path_factory.mktemp("draft")
    data = spec_data()
    for path, method in PAGES.values():
        del data["paths"][path][method]
    return edition(tmp / "edition"), write_tree(tmp / "spec", data)


@pytest.fixture
def refused_early(tmp_path: Path) -> tuple[Path, Path]:
    """The pages and the committed spec: for what is refused before the spec is read (it lacks nothing to draft)."""
    return edition(tmp_path / "edition"), SPEC


def drafted(inputs: tuple[Path, Path], output: Path, config: Path = CONFIG) -> tuple[int, str]:
    doc, spec = inputs
    result = run_cli("draft", str(doc), "--spec", str(spec), "--config", str(config), "-o", str(output))
    return result.returncode, result.stderr


@pytest.mark.slow  # drafts: reads the whole spec
def test_the_draft_writes_one_file_per_part(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    returncode, stderr = drafted(inputs, tmp_path / "out")
    assert returncode == 0, stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["authorization.yaml", "resources.yaml"]  # no temporary left


def test_an_output_that_is_a_file_is_refused(refused_early: tuple[Path, Path], tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.write_text("mine", encoding="utf-8")
    returncode, stderr = drafted(refused_early, target)
    assert returncode == 2 and f"error[output-refused] {target}: is not a folder" in stderr
    assert target.read_text(encoding="utf-8") == "mine"


def test_an_output_that_is_a_symlink_is_refused(refused_early: tuple[Path, Path], tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out").symlink_to(elsewhere)
    returncode, stderr = drafted(refused_early, tmp_path / "out")
    assert returncode == 2 and "error[output-refused]" in stderr and "is a symlink" in stderr
    assert list(elsewhere.iterdir()) == []


@pytest.mark.slow  # drafts: reads the whole spec
@pytest.mark.parametrize("kind", ["file", "folder", "dangling symlink", "symlink to a file"])
def test_a_part_file_already_there_is_never_replaced(inputs: tuple[Path, Path], tmp_path: Path, kind: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    taken, victim = out / "resources.yaml", tmp_path / "victim.yaml"
    victim.write_text("victim", encoding="utf-8")
    {
        "file": lambda: taken.write_text("mine", encoding="utf-8"),
        "folder": taken.mkdir,
        "dangling symlink": lambda: taken.symlink_to(tmp_path / "nowhere"),
        "symlink to a file": lambda: taken.symlink_to(victim),
    }[kind]()
    returncode, stderr = drafted(inputs, out)
    assert returncode == 1 and "error[output-exists]" in stderr
    assert sorted(p.name for p in out.iterdir()) == ["resources.yaml"]  # nothing else written either
    assert victim.read_text(encoding="utf-8") == "victim" and (taken.is_symlink() or taken.exists())


@pytest.mark.slow  # drafts: reads the whole spec
def test_a_failed_write_removes_the_parts_already_written(
    inputs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []
    real = cli.write_new

    def second_fails(path: Path, text: str) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise InputError(cli.refused(path, "output-unwritable", "no space left on device").diagnostic)
        real(path, text)

    monkeypatch.setattr(cli, "write_new", second_fails)
    returncode, stderr = drafted(inputs, tmp_path / "out")
    assert returncode == 2 and "no space left on device" in stderr and len(calls) == 2
    assert list((tmp_path / "out").iterdir()) == []


def configured(tmp_path: Path, change: Any) -> Path:
    data = change(yaml.safe_load(CONFIG.read_text(encoding="utf-8")))
    path = tmp_path / "draft.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _resources(data: dict[str, Any]) -> int:
    """The area one of the drafted pages goes to: a part name that leaves the folder would be written there."""
    return [area["part"] for area in data["areas"]].index("resources")


def _set(data: dict[str, Any], *where: Any, value: Any) -> dict[str, Any]:
    node = data
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    return data


@pytest.mark.parametrize(
    ("change", "pointer", "said"),
    [
        (lambda d: _set(d, "areas", value={"training": {}}), "/areas", "`areas`: expected a list"),
        (lambda d: ["areas"], "", "expected a mapping with `areas`"),
        (lambda d: _set(d, "areas", 0, value="training"), "/areas/0", "expected a mapping"),
        (lambda d: _set(d, "areas", _resources(d), "part", value="../escaped"), "/areas/{resources}/part", "a part file's name"),
        (lambda d: _set(d, "areas", 0, "part", value=["training"]), "/areas/0/part", "a part file's name"),
        (lambda d: _set(d, "areas", 1, "part", value=d["areas"][0]["part"]), "/areas/1/part", "named by an earlier area"),
        (lambda d: _set(d, "areas", 0, "tags", 0, "rules", 0, value={"path": "/x"}), "/areas/0/tags/0/rules/0", "`folder`: missing"),
        (
            lambda d: _set(d, "areas", 0, "tags", 0, "rules", 0, "path", value="(unclosed"),
            "/areas/0/tags/0/rules/0/path",
            "not a regular expression",
        ),
        (lambda d: _set(d, "areas", 0, "tags", 0, "name", value=None), "/areas/0/tags/0/name", "`name`: expected a non-empty string"),
        (lambda d: _set(d, "areas", 0, "colour", value="red"), "/areas/0/colour", "unknown key 'colour'"),
        (lambda d: _set(d, "names", value=["modelarts_03_0045"]), "/names", "`names`: expected a mapping"),
        (lambda d: _set(d, "names", "modelarts_03_0045", value=["CreateTrainingJobV1"]), "/names/modelarts_03_0045", "operationIds"),
        (lambda d: _set(d, "names", "modelarts_03_0045", value="create job"), "/names/modelarts_03_0045", "operationIds"),
    ],
)
def test_a_malformed_configuration_is_refused_at_its_pointer(
    refused_early: tuple[Path, Path], tmp_path: Path, change: Any, pointer: str, said: str
) -> None:
    config = configured(tmp_path, change)
    pointer = pointer.format(resources=_resources(yaml.safe_load(CONFIG.read_text(encoding="utf-8"))))
    returncode, stderr = drafted(refused_early, tmp_path / "out", config)
    assert returncode == 1 and f"error[draft-config-shape] {config}#{pointer} (line " in stderr and said in stderr, stderr
    assert "Traceback" not in stderr and not (tmp_path / "out").exists() and not (tmp_path / "escaped.yaml").exists()


def test_the_committed_configuration_is_well_formed() -> None:
    assert draft_config.check(load_yaml(CONFIG)) == []


@pytest.mark.slow  # drafts: reads the whole spec
def test_a_part_name_never_leads_out_of_the_output_folder(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    """With the spec lacking a page of that area, a part `../escaped` would be written beside the folder."""
    config = configured(tmp_path, lambda d: _set(d, "areas", _resources(d), "part", value="../escaped"))
    returncode, stderr = drafted(inputs, tmp_path / "out", config)
    assert returncode == 1 and "error[draft-config-shape]" in stderr
    assert not (tmp_path / "escaped.yaml").exists() and not (tmp_path / "out").exists()


def test_a_number_past_any_manual_is_no_default_or_enum_value() -> None:
    """`1…1.5` of 400 digits became float infinity: a `.inf` default the spec's reader refuses."""
    assert typed("1" * 400 + ".5", "number") is None and typed("9" * 5000, "integer") is None
    assert typed("-12.5", "number") == -12.5 and typed("9" * 18, "integer") == int("9" * 18)


def test_a_configuration_string_that_is_not_text_is_refused(tmp_path: Path) -> None:
    """A tag's description reaches the drafted part files; `\\ud800` (JSON syntax) could not be written there."""
    config = load_yaml(CONFIG).data
    config["areas"][0]["tags"][0]["description"] = "x\ud800"
    path = tmp_path / "draft.yaml"
    path.write_text(json.dumps(config, indent=1), encoding="utf-8")
    [problem] = draft_config.check(load_yaml(path))
    assert (problem.code, problem.pointer) == ("draft-config-shape", "/areas/0/tags/0/description")
    assert "lone UTF-16 surrogate" in problem.message
