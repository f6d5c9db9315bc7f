"""The generator's writer (`generator/output.py`, used by `transcribe -o`, `publish` and `draft -o`) against what a
hostile or careless user leaves at the target: a folder, a symlink, a symlink at the temporary name, a file where
the folder should be. Refused with a diagnostic (exit 2), nothing followed, nothing replaced that the tool did not
create (issue 21). The draft's own cases are in tests/manual/test_draft_output.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from modelarts_spec.diagnostics import InputError

from generator import output
from tests.support import MANUAL, run_cli


def transcribe_to(target: Path) -> tuple[int, str]:
    result = run_cli("transcribe", str(MANUAL), "--spec", "", "-o", str(target))
    return result.returncode, result.stderr


def test_a_folder_as_the_output_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out.yaml").mkdir()
    returncode, stderr = transcribe_to(tmp_path / "out.yaml")
    assert returncode == 2 and f"error[output-refused] {tmp_path / 'out.yaml'}: is a folder" in stderr
    assert list(tmp_path.iterdir()) == [tmp_path / "out.yaml"] and list((tmp_path / "out.yaml").iterdir()) == []


def test_a_symlink_as_the_output_is_neither_followed_nor_replaced(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("victim", encoding="utf-8")
    (tmp_path / "out.yaml").symlink_to(victim)
    returncode, stderr = transcribe_to(tmp_path / "out.yaml")
    assert returncode == 2 and "error[output-refused]" in stderr and "is a symlink" in stderr
    assert (tmp_path / "out.yaml").readlink() == victim and victim.read_text(encoding="utf-8") == "victim"


def test_a_symlink_planted_at_the_old_temporary_name_is_not_written_through(tmp_path: Path) -> None:
    """The writer used `.<name>.tmp`: a link planted there sent the transcription to wherever it pointed."""
    victim = tmp_path / "victim.txt"
    victim.write_text("victim", encoding="utf-8")
    (tmp_path / ".out.yaml.tmp").symlink_to(victim)
    returncode, stderr = transcribe_to(tmp_path / "out.yaml")
    assert returncode == 0, stderr
    assert victim.read_text(encoding="utf-8") == "victim" and (tmp_path / ".out.yaml.tmp").is_symlink()
    assert (tmp_path / "out.yaml").read_text(encoding="utf-8").startswith("# Transcribed")


def test_a_symlink_at_the_drawn_temporary_name_is_skipped_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("victim", encoding="utf-8")
    drawn = iter(["planted", "free"])
    monkeypatch.setattr(output.secrets, "token_hex", lambda _n: next(drawn))
    (tmp_path / ".out.yaml.planted.tmp").symlink_to(victim)
    output.write_atomically(tmp_path / "out.yaml", "new\n")
    assert (tmp_path / "out.yaml").read_text(encoding="utf-8") == "new\n" and victim.read_text(encoding="utf-8") == "victim"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.yaml.planted.tmp", "out.yaml", "victim.txt"]  # no temporary left


def test_a_regular_file_is_replaced_whole_and_keeps_nothing_of_the_old(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    target.write_text("old and longer than the new text\n", encoding="utf-8")
    output.write_atomically(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n" and sorted(p.name for p in tmp_path.iterdir()) == ["out.yaml"]


def test_a_file_where_the_folder_should_be_is_a_diagnostic(tmp_path: Path) -> None:
    (tmp_path / "notafolder").write_text("mine", encoding="utf-8")
    returncode, stderr = transcribe_to(tmp_path / "notafolder" / "out.yaml")
    assert returncode == 2 and "error[output-unwritable]" in stderr and "Traceback" not in stderr
    assert (tmp_path / "notafolder").read_text(encoding="utf-8") == "mine"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_an_unwritable_folder_is_a_diagnostic(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    with pytest.raises(InputError) as refused:
        output.write_atomically(folder / "out.yaml", "x")
    assert refused.value.diagnostic.code == "output-unwritable"


def test_write_new_never_replaces_anything(tmp_path: Path) -> None:
    for name, make in [
        ("file", lambda p: p.write_text("mine", encoding="utf-8")),
        ("folder", lambda p: p.mkdir()),
        ("dangling", lambda p: p.symlink_to(tmp_path / "nowhere")),
    ]:
        target = tmp_path / name
        make(target)
        with pytest.raises(InputError) as refused:
            output.write_new(target, "new")
        assert refused.value.diagnostic.code in ("output-exists", "output-refused"), name
    assert (tmp_path / "file").read_text(encoding="utf-8") == "mine" and not (tmp_path / "nowhere").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling", "file", "folder"]
    output.write_new(tmp_path / "fresh", "new")
    assert (tmp_path / "fresh").read_text(encoding="utf-8") == "new"
