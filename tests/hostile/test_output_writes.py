"""The generator's writer (`generator/output.py`, used by `transcribe -o`, `publish`, `draft -o`, `generate -o` and
tools/figures.py) against what a hostile or careless user leaves at the target: a folder, a symlink, a symlink at
the temporary name, a file where the folder should be, a user's own file or folder. Refused with a diagnostic,
nothing followed, nothing replaced that the tool did not create (issue 21). The draft's own cases are in
tests/manual/test_draft_output.py, generate's user folder in tests/client/test_generate.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from modelarts_spec.diagnostics import InputError

from generator import output
from generator.client import generate
from generator.manual import tables as doc_tables
from generator.publish import bundle as publish
from tests.support import MANUAL, PUBLISHED, SPEC, operation_ids, run_cli
from tools import figures


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


def test_transcribe_replaces_its_own_file_or_an_empty_one_never_a_users(tmp_path: Path) -> None:
    """`transcribe -o notes.txt` replaced the user's notes with the transcription (issue 21: the class of `generate -o`)."""
    notes = tmp_path / "notes.yaml"
    notes.write_text("my notes\n", encoding="utf-8")
    returncode, stderr = transcribe_to(notes)
    assert returncode == 2 and f"error[output-refused] {notes}: holds what this tool did not write" in stderr
    assert notes.read_text(encoding="utf-8") == "my notes\n" and sorted(p.name for p in tmp_path.iterdir()) == ["notes.yaml"]
    for name in ("empty.yaml", "ours.json"):
        (tmp_path / name).write_text("", encoding="utf-8")
        assert transcribe_to(tmp_path / name)[0] == 0  # an empty file: nothing to lose
        assert transcribe_to(tmp_path / name)[0] == 0  # its own output (YAML or JSON): replaced again
        assert doc_tables.MARK in (tmp_path / name).read_text(encoding="utf-8")[:200]


def test_publish_writes_only_into_a_new_or_empty_folder_or_its_own(tmp_path: Path) -> None:
    """`publish -o ~/docs` replaced the user's README.md and index.html."""
    users = tmp_path / "docs"
    users.mkdir()
    (users / "README.md").write_text("# my docs\n", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "empty", target_is_directory=True)
    (tmp_path / "empty").mkdir()
    for target, said in [(users, "holds files this tool did not write"), (tmp_path / "link", "is not a folder (a symlink)")]:
        result = run_cli("publish", "--spec", str(SPEC), "-o", str(target))
        assert result.returncode == 2 and f"error[output-refused] {target}: {said}" in result.stderr, result.stderr
    assert (users / "README.md").read_text(encoding="utf-8") == "# my docs\n" and [p.name for p in users.iterdir()] == ["README.md"]
    assert list((tmp_path / "empty").iterdir()) == []
    assert output.folder_refusal(tmp_path / "empty", "README.md", publish.MARK) is None
    assert output.folder_refusal(PUBLISHED, "README.md", publish.MARK) is None  # what publish writes proves it is ours


@pytest.mark.slow
def test_generate_at_a_path_that_cannot_be_a_folder_is_a_diagnostic(tmp_path: Path) -> None:
    """`generate -o FILE/sub`: a FileExistsError traceback from the staging folder's mkdir."""
    (tmp_path / "afile").write_text("mine", encoding="utf-8")
    result = run_cli("generate", "--spec", str(SPEC), "-o", str(tmp_path / "afile" / "sub"))
    assert result.returncode == 1 and f"error[output-not-generated] {tmp_path / 'afile' / 'sub'}: cannot be examined" in result.stderr
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "mine"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc, where no folder can be made")
def test_generate_where_no_folder_can_be_made_is_a_diagnostic() -> None:
    found = generate.generate(SPEC, Path("/proc/self/no-such/client"))
    assert [(d.code, d.file) for d in found] == [("output-unwritable", "/proc/self/no-such")], found
    assert "cannot be made: No such file or directory" in found[0].message


@pytest.mark.slow
def test_figures_update_does_not_write_through_a_planted_temporary_name(tmp_path: Path) -> None:
    """tools/figures.py wrote `<doc>.figures.tmp` and renamed it: a symlink planted there was written through."""
    doc = tmp_path / "doc.md"
    doc.write_text("<!-- figures:spec.operations -->-1<!-- /figures -->\n", encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("victim", encoding="utf-8")
    (tmp_path / "doc.md.figures.tmp").symlink_to(victim)
    assert figures.main(["update", str(doc)]) == 0
    assert victim.read_text(encoding="utf-8") == "victim"
    assert doc.read_text(encoding="utf-8") == f"<!-- figures:spec.operations -->{len(operation_ids())}<!-- /figures -->\n"
