"""`python -m generator generate`: the spec → `generated/modelarts-client/` (package `modelarts_client`).

Stages:
  1. openapi-python-client (pinned) parses the spec (a copy with enum member names that say the value,
     enum_names.py) and renders models and operation modules, with `client-config.yaml` and the few
     overrides in `templates/` (tolerant `from_dict`, enums that keep unknown values, the package's exports);
  2. we render, from the same parsed document, the facade (`facade/facade.py.jinja`: regions from
     `servers`, operations grouped by tag, pagination), the project's README and pyproject;
  3. our pinned ruff fixes imports and formats, with `ruff-generated.toml` only (never a config
     found on disk) and no cache.
The hand-written runtime is not copied: the client depends on modelarts-core (core/modelarts_core/).
Everything happens in a temporary folder next to the output, swapped in by rename only when
all stages succeeded: a failure leaves the committed client untouched.
Spec text enters generated code only through LITERAL_FILTERS (`py`, `py_int`, `py_data`, `py_escaped`, `pydoc`, `toml`): a
literal of the target language that reads back as the same text, never between hand-written quotes.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from modelarts_spec.diagnostics import Diagnostic, Level, has_errors
from modelarts_spec.loader import YamlDocument, load_openapi
from modelarts_spec.validate import validate

from generator.client.enum_names import with_enum_names
from generator.client.facade_model import (
    facade_groups,
    facade_imports,
    identifier_diagnostics,
    project_id_rule,
    region_diagnostics,
    regions,
)
from generator.client.literals import (
    python_data_literal,
    python_docstring,
    python_int,
    python_literal,
    python_literal_of_escaped,
    toml_literal,
)
from generator.client.reading import GLOBALS as READING_CHECKS
from generator.client.request_schemas import request_schemas
from generator.client.staging import replaceable, staging_dir

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "client-config.yaml"
TEMPLATES = HERE / "templates"  # overrides of openapi-python-client's own templates
FACADE_TEMPLATES = HERE / "facade"  # our templates: facade, README, pyproject
RUFF_CONFIG = HERE / "ruff-generated.toml"
PROJECT = "modelarts-client"
PACKAGE = "modelarts_client"
DEFAULT_OUTPUT = Path("generated") / PROJECT


def generate(spec_path: Path, output: Path = DEFAULT_OUTPUT) -> list[Diagnostic]:
    """Generate into a temporary folder next to `output`, then swap it in. Nothing is written on errors."""
    doc = load_openapi(spec_path)
    problems = [d for d in validate(doc) if d.level is Level.ERROR]
    if problems:  # an invalid spec generates nothing: the committed client stays as it was
        return problems
    refused = replaceable(output)
    if refused:  # a user's folder (or a file) named by -o is never replaced
        hint = "name a new or empty folder, or one this command wrote"
        return [Diagnostic("output-not-generated", Level.ERROR, refused, file=str(output), hint=hint)]
    unwritable = _unwritable(output.parent)
    if unwritable:  # the staging folder beside it could not be made: a FileExistsError traceback before
        return [Diagnostic("output-unwritable", Level.ERROR, unwritable, file=str(output.parent))]
    with staging_dir(output) as tmp:  # stale folders of killed runs are removed first
        staging = Path(tmp) / output.name
        diagnostics = build(doc, staging)
        if not has_errors(diagnostics):
            _swap(staging, output, Path(tmp) / "previous")
    return diagnostics


def _unwritable(folder: Path) -> str | None:
    """Why the staging folder cannot be made beside the output (a file in the way, a read-only place), or None."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"cannot be made: {exc.strerror} ({exc.filename})"
    return None if os.access(folder, os.W_OK | os.X_OK) else "is not writable: the client is built in a folder beside its output"


def _swap(new: Path, target: Path, parking: Path) -> None:
    """Replace `target` by `new` with renames; on failure the old copy is put back."""
    had_old = target.exists()
    if had_old:
        target.rename(parking)
    try:
        new.rename(target)
    except OSError:
        if had_old:
            parking.rename(target)
        raise


def build(doc: YamlDocument, project_dir: Path) -> list[Diagnostic]:
    """Every stage into `project_dir` (which must not exist yet)."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    spec: dict[str, Any] = doc.data
    diagnostics = region_diagnostics(doc)
    config = Config.from_sources(ConfigFile.load_from_path(CONFIG), MetaType.NONE, Path(doc.path), "utf-8", True, project_dir / PACKAGE)
    openapi = GeneratorData.from_dict(with_enum_names(spec), config=config)
    if isinstance(openapi, GeneratorError):
        return [*diagnostics, _diagnostic(doc, openapi)]
    rename_colliding_properties(openapi, config.field_prefix)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    # Spec text goes into code only through these literal filters (our overrides of its templates use them too).
    project.env.filters.update(LITERAL_FILTERS)
    project.env.globals.update(READING_CHECKS)  # which values model.py.jinja checks (generator/client/reading.py)
    project_dir.mkdir(parents=True)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating …"; only our CLI prints
        problems = project.build()
    # Its warnings mean "some pieces may be missing": never commit a client with a hole in it.
    diagnostics += [_diagnostic(doc, problem) for problem in problems]
    groups = facade_groups(spec, openapi, diagnostics, doc)
    diagnostics += identifier_diagnostics(doc, openapi, groups)
    if has_errors(diagnostics):
        return diagnostics
    package = project_dir / PACKAGE
    for unused in STOCK_NOT_KEPT:  # the stock low-level client: a second front door (endpoint_module.py.jinja)
        (package / unused).unlink()
    _render_ours(project, project_dir, groups, spec)
    diagnostics += run_ruff(package)
    return diagnostics


STOCK_NOT_KEPT = ("client.py", "errors.py")


def _render_ours(project: Any, project_dir: Path, groups: list[Any], spec: dict[str, Any]) -> None:
    """The facade, README, pyproject and version: our templates, with openapi-python-client's as fallback."""
    assert project.env.loader is not None
    env = project.env.overlay(loader=ChoiceLoader([FileSystemLoader(FACADE_TEMPLATES), project.env.loader]), undefined=StrictUndefined)
    env.filters = {**env.filters, **LITERAL_FILTERS}
    context = {
        "groups": groups,
        "imports": facade_imports(groups),
        "regions": regions(spec),
        "project_rule": project_id_rule(spec),
        "spec": spec,
        "project": PROJECT,
        "package": PACKAGE,
        "version": str(spec.get("info", {}).get("version", "0.1.0")),
    }
    package = project_dir / PACKAGE
    _write(package / "facade.py", env.get_template("facade.py.jinja").render(context))
    _write(project_dir / "README.md", env.get_template("README.md.jinja").render(context))
    _write(project_dir / "pyproject.toml", env.get_template("pyproject.toml.jinja").render(context))
    _write(package / "request_schemas.py", _request_schemas_module(spec, groups))
    _write(package / "py.typed", "")
    _write(package / "_version.py", f"__version__ = {python_literal(context['version'])}\n")


def _request_schemas_module(spec: dict[str, Any], groups: list[Any]) -> str:
    schemas, bodies = request_schemas(spec, groups)
    return (
        '"""Request-body schemas, checked by modelarts_core.validation before a body is sent (generator/client/request_schemas.py).\n\n'
        'Rendered from the spec by generator/client/generate.py: do not edit."""\n\n'
        "from collections.abc import Mapping\nfrom typing import Any\n\n"
        "# component name → schema, with `$ref` as {'$ref': name}\n"
        f"SCHEMAS: Mapping[str, Mapping[str, Any]] = {python_data_literal(schemas)}\n\n"
        "# operationId → the schema of its JSON request body\n"
        f"BODIES: Mapping[str, Mapping[str, Any]] = {python_data_literal(bodies)}\n"
    )


# The one way spec text enters generated code: as a literal of the target language, never between hand-written quotes.
LITERAL_FILTERS = {
    "py": python_literal,
    "py_int": python_int,
    "py_data": python_data_literal,
    "py_escaped": python_literal_of_escaped,
    "pydoc": python_docstring,
    "toml": toml_literal,
}


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


# openapi-python-client formats some values with their default repr (`<… UntrustedString object at 0x7f…>`):
# keep the class name, drop the address, which changes from run to run.
_OBJECT_REPR = re.compile(r"<(?:[\w.]+\.)?(\w+) object at 0x[0-9a-fA-F]+>")


def _diagnostic(doc: YamlDocument, problem: Any) -> Diagnostic:
    text = _OBJECT_REPR.sub(r"<\1>", f"{problem.header} {problem.detail or ''}")
    return Diagnostic("client-generation", Level.ERROR, f"openapi-python-client: {' '.join(text.split())}", file=doc.path)


# Names every generated model already uses: a spec property with one of them (ServiceDetail and
# ServiceConfig have a real `additional_properties` field) would clash with it, and openapi-python-client
# 0.29.1 renders the clash as is (mypy errors, TypeError in from_dict). The attribute gets the
# tool's own field prefix; the wire name is unchanged.
MODEL_ATTRIBUTES = frozenset({"additional_properties", "additional_keys", "to_dict", "from_dict"})


def rename_colliding_properties(openapi: Any, prefix: str) -> None:
    from openapi_python_client.strings import PythonIdentifier

    for model in openapi.models:
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            if prop.python_name in MODEL_ATTRIBUTES:
                prop.python_name = PythonIdentifier(prefix + prop.python_name, prefix)


def run_ruff(package: Path) -> list[Diagnostic]:
    """Our pinned ruff (the one installed next to this Python), our config only, no cache left behind."""
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]
    except ImportError:
        return [
            Diagnostic(
                "ruff-missing",
                Level.ERROR,
                "ruff is not installed in this environment",
                hint="make venv (ruff is pinned in tools/constraints.txt)",
            )
        ]
    ruff = find_ruff_bin()
    common = ["--config", str(RUFF_CONFIG), "--no-cache"]
    for args in (["check", "--fix-only", *common], ["format", *common]):
        done = subprocess.run([ruff, *args, "."], cwd=package, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            # Paths in ruff's text are relative to the package: the staging folder itself is gone by now.
            output = (done.stderr.strip() + "\n" + done.stdout.strip()).strip() or f"exit {done.returncode}, no output"
            return [Diagnostic("ruff-failed", Level.ERROR, f"ruff {args[0]} failed on the generated package: {output[:2000]}")]
    return []
