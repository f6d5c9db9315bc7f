"""`drift`: silent on the excerpt the spec was made from; exact on a changed edition."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import MANUAL, run_cli


def edited(tmp_path: Path, *replacements: tuple[str, str]) -> Path:
    text = MANUAL.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "manual.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_drift_on_the_current_excerpt() -> None:
    result = run_cli("drift", str(MANUAL))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("no drift")


def test_one_added_one_removed_one_retyped_field(tmp_path: Path) -> None:
    path = edited(
        tmp_path,
        ("count Integer 当前列表的规格数量。", "count Integer 当前列表的规格数量。 region_id String 区域ID。"),
        (" display_cn String 规格的中文描述。", ""),
        ("networkQuota Integer 用户可创建网络个数配额。", "networkQuota String 用户可创建网络个数配额。"),
    )
    result = run_cli("--format", "json", "drift", str(path))
    assert result.returncode == 1
    import json

    report = sorted((d["kind"], d["subject"]) for d in json.loads(result.stdout))
    assert report == [
        ("field-added", "ShowServiceSpecifications 200 body region_id"),
        ("field-removed", "ShowServiceSpecifications 200 body specifications.display_cn"),
        ("type-changed", "ShowOsConfig 200 body networkQuota"),
    ]


def test_required_change_and_text_report(tmp_path: Path) -> None:
    path = edited(tmp_path, ("node_id 否 String", "node_id 是 String"))
    result = run_cli("drift", str(path))
    assert result.returncode == 1
    assert "required-changed" in result.stdout and "ShowServiceMonitorInfo query parameter node_id" in result.stdout


def test_operation_added_and_removed(tmp_path: Path) -> None:
    text = MANUAL.read_text(encoding="utf-8")
    lines = text.splitlines()
    # drop every section of ShowSearchAlgorithms, add a URI section for an unknown operation
    kept = [line for line in lines if "search_algo" not in line]
    kept.insert(2, "  • URI GET /v2/{project_id}/workspaces 表1 路径参数 参数 是否必选 参数类型 描述 project_id 是 String 项目ID。")
    path = tmp_path / "manual.txt"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    result = run_cli("drift", str(path))
    assert result.returncode == 1
    assert "operation-added" in result.stdout and "GET /v2/{project_id}/workspaces" in result.stdout
    assert "operation-removed" in result.stdout and "ShowSearchAlgorithms" in result.stdout


@pytest.mark.slow
def test_unknown_format_gives_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\nnothing like the manual\n", encoding="utf-8")
    for command in ("drift", "transcribe"):
        result = run_cli(command, str(path))
        assert result.returncode == 2
        assert "not a ModelArts manual text" in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_new_enum_value_in_the_manual(tmp_path: Path) -> None:
    path = edited(tmp_path, ("Deleting:删除中 Error:资源池错误", "Deleting:删除中 Error:资源池错误 Frozen:已冻结"))
    result = run_cli("drift", str(path))
    assert result.returncode == 1
    assert "enum-changed" in result.stdout and "ShowPool 200 body status.phase" in result.stdout and "'Frozen'" in result.stdout
