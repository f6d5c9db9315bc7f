"""`python -m generator <command>`: the only place that prints. Exit 0 clean, 1 problems, 2 usage or unreadable input."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from modelarts_spec import cli as spec_cli
from modelarts_spec import validate
from modelarts_spec.diagnostics import Diagnostic, InputError, Level, has_errors, render
from modelarts_spec.loader import STRICT, YamlDocument, load_openapi, load_yaml, read_text

from generator import evidence, sources, summary
from generator.client import generate
from generator.manual import compare, draft_config, draft_output, drift, editions, rst, transcription
from generator.manual import draft as manual_draft
from generator.manual import tables as doc_tables
from generator.manual import text as manual
from generator.output import folder_refusal, refused, write_atomically, write_new
from generator.publish import bundle as publish

DEFAULT_SPEC = "spec/modelarts.yaml"
DEFAULT_TABLES = "spec/doc-tables.yaml"  # the Chinese excerpt's transcription: the manual the spec was curated from
DEFAULT_TABLES_EN = "spec/doc-tables-en.json"  # the English edition's (spec/manual/editions/en-2025-08-26-full)
DEFAULT_PUBLISHED = "generated/spec"
DEFAULT_MOCK_CONTROL = "mock_server/modelarts_mock/control-openapi.json"  # the mock's package data, read as a file
DEFAULT_DRAFT_CONFIG = "spec/draft.yaml"


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return run(args)
    except InputError as exc:
        print(render([exc.diagnostic], args.format), file=sys.stderr)
        return 2


def run(args: argparse.Namespace) -> int:
    match args.command:
        case "validate":
            return _finish(cmd_validate(args.spec, _transcriptions(args), args.evidence, args.sdk), args.format, "spec is valid")
        case "evidence":
            return _finish(cmd_evidence(args.spec, args.evidence), args.format, f"{args.evidence}: the spec covers every item")
        case "transcribe":
            return _finish(cmd_transcribe(args.doc, args.output, args.spec), args.format, None)
        case "drift":
            if args.against:
                return cmd_drift_editions(args.against, args.doc, args.spec, args.format)
            return cmd_drift(args.doc, args.spec, args.doc_tables, args.format)
        case "publish":
            return cmd_publish(args.spec, args.doc_tables, args.output, args.format, args.mock_control)
        case "diff":
            return spec_cli.cmd_diff(args.old, args.new, args.fail_on_breaking, args.format)
        case "draft":
            return _finish(cmd_draft(args.doc, args.spec, args.config, args.output), args.format, None)
        case "generate":
            return _finish(generate.generate(Path(args.spec), Path(args.output)), args.format, f"{args.output}: generated")
        case _:  # summary
            print(summary.render(load_openapi(args.spec), _transcriptions(args)))
            return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    root.add_argument("--format", choices=("text", "json"), default="text", help="how to print diagnostics")
    commands = root.add_subparsers(dest="command", required=True)
    p = commands.add_parser("validate", help="check the spec: OpenAPI structure, our rules, manual coverage")
    p.add_argument("spec", nargs="?", default=DEFAULT_SPEC)
    p.add_argument("--doc-tables", default=DEFAULT_TABLES, help="transcription the spec must cover ('' to skip)")
    p.add_argument("--doc-tables-en", default=DEFAULT_TABLES_EN, help="the English edition's transcription, likewise")
    p.add_argument("--evidence", default=evidence.DEFAULT_FOLDER, help="evidence folder the spec must cover ('' to skip)")
    p.add_argument("--sdk", default=sources.DEFAULT_SDK, help="the official SDK's operations x-documented-by must name ('' to skip)")
    p = commands.add_parser("evidence", help="check the spec covers the collected evidence (spec/evidence/*.yaml)")
    p.add_argument("--spec", default=DEFAULT_SPEC)
    p.add_argument("--evidence", default=evidence.DEFAULT_FOLDER, help="folder of evidence files")
    p = commands.add_parser("transcribe", help="parse a manual text into doc-tables YAML")
    p.add_argument("doc")
    p.add_argument("-o", "--output", help=f"write here (atomically) instead of stdout, e.g. {DEFAULT_TABLES}")
    p.add_argument("--spec", default=DEFAULT_SPEC, help="spec whose operations the sections are matched to ('' for none)")
    p = commands.add_parser("drift", help="compare a manual text with the spec")
    p.add_argument("doc")
    p.add_argument("--spec", default=DEFAULT_SPEC)
    p.add_argument("--doc-tables", default=DEFAULT_TABLES, help="transcription of the manual the spec was curated from")
    p.add_argument("--against", metavar="OLD_DOC", help="compare DOC with another edition (text, .rst page or folder) instead of the spec")
    p = commands.add_parser("draft", help="draft the operations an edition documents and the spec lacks, one file per part")
    p.add_argument("doc", help="an English edition: a folder of .rst pages (or one page)")
    p.add_argument("-o", "--output", required=True, help="folder to write <part>.yaml files into (existing files are never replaced)")
    p.add_argument("--spec", default=DEFAULT_SPEC)
    p.add_argument("--config", default=DEFAULT_DRAFT_CONFIG, help="areas, tags and page-id names")
    p = commands.add_parser("summary", help="one screen: operations, manual coverage, deviations, examples")
    p.add_argument("--spec", default=DEFAULT_SPEC)
    p.add_argument("--doc-tables", default=DEFAULT_TABLES)
    p.add_argument("--doc-tables-en", default=DEFAULT_TABLES_EN)
    p = commands.add_parser("publish", help="write the bundled spec (YAML, JSON) and the HTML reference")
    p.add_argument("--spec", default=DEFAULT_SPEC)
    p.add_argument("--doc-tables", default=DEFAULT_TABLES, help="transcription the spec must cover ('' to skip)")
    p.add_argument("-o", "--output", default=DEFAULT_PUBLISHED, help="directory to write into")
    p.add_argument("--mock-control", default=DEFAULT_MOCK_CONTROL, help="the mock's control-plane OpenAPI document, published beside")
    p = commands.add_parser("diff", help="changes between two versions of the spec, breaking ones marked")
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    p.add_argument("--format", choices=("text", "json"), default=argparse.SUPPRESS, help="also accepted after the command")
    p = commands.add_parser("generate", help="generate the Python client (openapi-python-client + facade + runtime)")
    p.add_argument("--spec", default=DEFAULT_SPEC)
    p.add_argument("-o", "--output", default=str(generate.DEFAULT_OUTPUT), help="project folder, replaced atomically")
    return root


def say(message: str, *args: object) -> None:
    """A progress or outcome line for the person at the terminal: stderr, so stdout stays the command's output."""
    print(message % args if args else message, file=sys.stderr)


def _finish(diagnostics: list[Diagnostic], fmt: str, ok_message: str | None) -> int:
    if diagnostics:
        print(render(diagnostics, fmt), file=sys.stderr)
    failed = has_errors(diagnostics)
    if ok_message and not failed:
        say(ok_message)
    return 1 if failed else 0


def _transcriptions(args: argparse.Namespace) -> list[YamlDocument]:
    """The committed transcriptions the spec must cover: the excerpt's, then the English edition's ('' skips one)."""
    return [transcription.load(path) for path in (args.doc_tables, args.doc_tables_en) if path]


def cmd_validate(spec_path: str, transcriptions: list[YamlDocument], evidence_folder: str = "", sdk_path: str = "") -> list[Diagnostic]:
    spec = load_openapi(spec_path)
    rules = [
        *compare.manual_rules(*transcriptions),
        *sources.sources_rules(transcriptions, sdk_path),
        *evidence.evidence_rules(evidence_folder),
    ]
    return validate.validate(spec, rules)


def cmd_evidence(spec_path: str, folder: str) -> list[Diagnostic]:
    """The spec rules first (the evidence is checked against well-formed schemas), then the evidence."""
    if not Path(folder).is_dir():
        raise InputError(Diagnostic("evidence-missing", Level.ERROR, "no such evidence folder", file=folder))
    return validate.validate(load_openapi(spec_path), evidence.evidence_rules(folder))


def _load_spec(spec_path: str) -> dict[str, Any] | None:
    return load_openapi(spec_path).data if spec_path else None  # load_openapi refuses anything but a mapping


def transcribe(doc_path: str, spec: dict[str, Any] | None) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The Chinese text edition, or the English edition's RST pages (a `.rst` file or a folder of them)."""
    is_rst = rst.is_rst(doc_path)
    parsed = rst.read_edition(doc_path) if is_rst else manual.parse_manual(read_text(doc_path, rst.PAGE_MAX_BYTES), doc_path)
    if not parsed.sections:
        expected = (
            "not an English edition page: no 'URI' / 'Response Parameters' / 'Example Responses' headings found"
            if is_rst
            else "not a ModelArts manual text: no '•' sections (URI / 响应参数 / 响应示例 / 请求示例) found"
        )
        raise InputError(Diagnostic("doc-format-unknown", Level.ERROR, expected, file=doc_path))
    return doc_tables.build(parsed, spec)


def cmd_transcribe(doc_path: str, output: str | None, spec_path: str) -> list[Diagnostic]:
    data, diagnostics = transcribe(doc_path, _load_spec(spec_path))
    text = doc_tables.dump(data, as_json=bool(output) and str(output).endswith(".json"))
    if output:
        write_atomically(Path(output), text, mark=doc_tables.MARK)  # a file of the user's is never replaced
        counts = data["counts"]
        say(
            "%s: %d sections, %d tables, %d rows, %d examples",
            output,
            counts["sections"],
            counts["tables"],
            counts["rows"],
            counts["examples"],
        )
    else:
        sys.stdout.write(text)
    return diagnostics


def cmd_draft(doc_path: str, spec_path: str, config_path: str, output: str) -> list[Diagnostic]:
    folder = _draft_folder(Path(output))  # refused before any work: a file or a symlink is never a draft's folder
    config = load_yaml(config_path, STRICT)
    malformed = draft_config.check(config)
    if malformed:
        return malformed
    spec = load_openapi(spec_path)
    data, diagnostics = transcribe(doc_path, spec.data)
    sdk = sources.load_sdk(sources.DEFAULT_SDK).data
    result = manual_draft.draft(data, spec.data, config.data, sdk)
    documents = draft_output.part_documents(result, config.data)
    targets = {folder / f"{part}.yaml": document for part, document in documents.items()}
    taken = [str(path) for path in targets if path.exists() or path.is_symlink()]
    if taken:
        message = f"would replace {', '.join(taken)}: the draft never overwrites a file"
        return [*diagnostics, Diagnostic("output-exists", Level.ERROR, message, hint="draft into a new folder, then merge by hand")]
    written: list[Path] = []
    try:
        for path, document in targets.items():
            write_new(path, draft_output.dump_part(document))
            written.append(path)
    except InputError:
        for path in written:  # ours, written a moment ago: the draft is whole or absent
            path.unlink()
        raise
    operations = sum(len(item) for d in documents.values() for item in d["paths"].values())
    say("%s: %d operations in %d parts, %d component schemas", output, operations, len(documents), len(result.components.schemas))
    return [*diagnostics, *result.diagnostics]


def _draft_folder(folder: Path) -> Path:
    """The draft's folder: created if missing; an existing one must be a real folder (not a file, not a symlink)."""
    if folder.is_symlink():
        raise refused(folder, "output-refused", "is a symlink: give the folder itself (the draft never writes through a link)")
    if folder.exists() and not folder.is_dir():
        raise refused(folder, "output-refused", "is not a folder: the draft writes one file per part into a folder")
    return folder


def cmd_drift(doc_path: str, spec_path: str, tables_path: str, fmt: str) -> int:
    spec = load_openapi(spec_path)
    baseline = transcription.load(tables_path) if tables_path else YamlDocument(tables_path, {"sections": []})
    new_data, diagnostics = transcribe(doc_path, spec.data)  # the spec is read once
    report = drift.compare(spec.data, baseline.data, new_data)
    if diagnostics:
        print(render(diagnostics, fmt), file=sys.stderr)
    print(drift.render(report, fmt, doc_path))
    return 1 if report else 0


def cmd_drift_editions(old_path: str, new_path: str, spec_path: str, fmt: str) -> int:
    """Edition against edition: both transcribed against the spec, so their sections land on the same operations."""
    spec = _load_spec(spec_path)
    old, old_diagnostics = transcribe(old_path, spec)
    new, new_diagnostics = transcribe(new_path, spec)
    report = editions.compare(old, new)
    if old_diagnostics + new_diagnostics:
        print(render(old_diagnostics + new_diagnostics, fmt), file=sys.stderr)
    print(drift.render(report, fmt, new_path, old_path))
    return 1 if report else 0


def cmd_publish(spec_path: str, tables_path: str, output: str, fmt: str, control_path: str = DEFAULT_MOCK_CONTROL) -> int:
    refusal = folder_refusal(Path(output), "README.md", publish.MARK)
    if refusal:  # a user's folder: its README.md, index.html would be replaced
        raise InputError(Diagnostic("output-refused", Level.ERROR, refusal, file=output, hint="publish into a new or empty folder"))
    tables = transcription.load(tables_path) if tables_path else None
    published, diagnostics = publish.render(load_openapi(spec_path), tables, load_yaml(control_path, STRICT))
    if published is None:
        print(render(diagnostics, fmt), file=sys.stderr)
        say("nothing written: the spec has errors")
        return 1
    publish.write(published, Path(output), write_atomically)
    say("%s: %s (version %s)", output, ", ".join(publish.BUNDLE_FILES), published.version)
    return 0
