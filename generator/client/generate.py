"""`python -m generator generate`: the spec → `generated/modelarts-client/` (package `modelarts_client`).

Stages:
  1. openapi-python-client (pinned) parses the spec and renders models and operation modules,
     with `client-config.yaml` and the few overrides in `templates/`;
  2. we render, from the same parsed document, the facade (`facade/facade.py.jinja`: regions from
     `servers`, operations grouped by tag, pagination), the project's README and pyproject;
  3. our pinned ruff fixes imports and formats, with `ruff-generated.toml` only (never a config
     found on disk) and no cache;
  4. the hand-written `runtime/` is copied in verbatim.
Everything happens in a temporary folder next to the output, swapped in by rename only when
all stages succeeded: a failure leaves the committed client untouched.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from modelarts_spec.diagnostics import Diagnostic, Level, has_errors, pointer_join
from modelarts_spec.loader import YamlDocument, load_openapi
from modelarts_spec.openapi import deref, operations
from modelarts_spec.validate import validate

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "client-config.yaml"
TEMPLATES = HERE / "templates"  # overrides of openapi-python-client's own templates
FACADE_TEMPLATES = HERE / "facade"  # our templates: facade, README, pyproject
RUFF_CONFIG = HERE / "ruff-generated.toml"
RUNTIME = HERE / "runtime"
PROJECT = "modelarts-client"
PACKAGE = "modelarts_client"
DEFAULT_OUTPUT = Path("generated") / PROJECT
PAGE_PARAMS = ("offset", "limit")


@dataclass(frozen=True)
class Pagination:
    items: str  # the page's list attribute
    item_type: str
    item_class: Any  # openapi-python-client's Class of the item model, None for a primitive
    total: str | None  # the page's total-count attribute, if it has one
    offset_is_str: bool  # the spec types offset as a string (ShowServiceSpecifications): pass str(offset)
    limit_is_str: bool  # the same for limit
    limit_default: int


@dataclass(frozen=True)
class FacadeOperation:
    operation_id: str
    name: str  # python name, e.g. show_pool
    module: str  # e.g. api.pools.show_pool
    endpoint: Any  # openapi-python-client's Endpoint: parameters render with its own to_string()
    model: str  # success model class
    empty_ok: bool  # a 204: an empty body is allowed (None)
    pagination: Pagination | None


@dataclass(frozen=True)
class FacadeGroup:
    attribute: str  # ma.<attribute>, from the tag
    class_name: str
    description: str
    operations: list[FacadeOperation]


def generate(spec_path: Path, output: Path = DEFAULT_OUTPUT) -> list[Diagnostic]:
    """Generate into a temporary folder next to `output`, then swap it in. Nothing is written on errors."""
    doc = load_openapi(spec_path)
    problems = [d for d in validate(doc) if d.level is Level.ERROR]
    if problems:  # an invalid spec generates nothing: the committed client stays as it was
        return problems
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{output.name}-", dir=output.parent) as tmp:
        staging = Path(tmp) / output.name
        diagnostics = build(doc, staging)
        if not has_errors(diagnostics):
            _swap(staging, output, Path(tmp) / "previous")
    return diagnostics


def python_literal(value: Any) -> str:
    """Text from the spec as a Python string literal: never spliced into code between hand-written quotes.

    openapi-python-client wraps spec text in UntrustedString (whose str() is not the text): unwrap it first.
    """
    text = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value
    if not isinstance(text, str):
        raise TypeError(f"expected text from the spec, got {type(text).__name__}")
    return repr(text)


def toml_literal(value: Any) -> str:
    """Text as a TOML basic string: JSON's string escapes (with \\uXXXX for the rest) are all valid TOML."""
    if not isinstance(value, str):
        raise TypeError(f"expected text from the spec, got {type(value).__name__}")
    return json.dumps(value)


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
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        return [*diagnostics, _diagnostic(doc, openapi)]
    rename_colliding_properties(openapi, config.field_prefix)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project_dir.mkdir(parents=True)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating …"; only our CLI prints
        problems = project.build()
    # Its warnings mean "some pieces may be missing": never commit a client with a hole in it.
    diagnostics += [_diagnostic(doc, problem) for problem in problems]
    diagnostics += enum_diagnostics(doc, openapi)
    groups = facade_groups(spec, openapi, diagnostics, doc)
    if has_errors(diagnostics):
        return diagnostics
    assert project.env.loader is not None
    env = project.env.overlay(loader=ChoiceLoader([FileSystemLoader(FACADE_TEMPLATES), project.env.loader]), undefined=StrictUndefined)
    # Spec text goes into code only as a literal of the target language (a copy: the overlay shares the tool's filters dict).
    env.filters = {**env.filters, "py": python_literal, "toml": toml_literal}
    context = {
        "groups": groups,
        "imports": facade_imports(groups),
        "regions": regions(spec),
        "spec": spec,
        "project": PROJECT,
        "package": PACKAGE,
        "version": str(spec.get("info", {}).get("version", "0.1.0")),
    }
    package = project_dir / PACKAGE
    _write(package / "facade.py", env.get_template("facade.py.jinja").render(context))
    _write(project_dir / "README.md", env.get_template("README.md.jinja").render(context))
    _write(project_dir / "pyproject.toml", env.get_template("pyproject.toml.jinja").render(context))
    _write(package / "py.typed", "")
    diagnostics += run_ruff(package)
    _copy_runtime(package / "runtime")
    return diagnostics


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


def regions(spec: dict[str, Any]) -> dict[str, str]:
    """Region id → base URL, from `servers`: a `{region}` template with an enum, plus fixed regional hosts."""
    table: dict[str, str] = {}
    for server in spec.get("servers") or []:
        url = str(server.get("url", ""))
        if "{region}" in url:
            for region in ((server.get("variables") or {}).get("region") or {}).get("enum") or []:
                table.setdefault(str(region), url.replace("{region}", str(region)))
    for server in spec.get("servers") or []:  # fixed hosts (ap-southeast-1's .cn) win over the pattern
        region = _fixed_region(str(server.get("url", "")))
        if region:
            table[region] = str(server["url"])
    return dict(sorted(table.items()))


def _fixed_region(url: str) -> str | None:
    """`https://modelarts.<region>.<domain>` without variables → <region>."""
    if "{" in url:
        return None
    labels = (urlsplit(url).hostname or "").split(".")
    return labels[1] if len(labels) > 3 and labels[0] == "modelarts" else None


def region_diagnostics(doc: YamlDocument) -> list[Diagnostic]:
    found = []
    for index, server in enumerate(doc.data.get("servers") or []):
        url = str(server.get("url", "")) if isinstance(server, dict) else ""
        pointer = pointer_join("", "servers", index)
        if "{region}" in url and not ((server.get("variables") or {}).get("region") or {}).get("enum"):
            found.append(
                doc.diagnostic("servers-regions", pointer, "a {region} server needs variables.region.enum: the client's region list")
            )
        elif "{region}" not in url and not _fixed_region(url):
            found.append(doc.diagnostic("servers-regions", pointer, f"expected https://modelarts.<region>.<domain>, got {url!r}"))
    if not found and not regions(doc.data):
        found.append(doc.diagnostic("servers-regions", "/servers", "no regions: the client needs servers with a {region} enum"))
    return found


def enum_diagnostics(doc: YamlDocument, openapi: Any) -> list[Diagnostic]:
    """Unknown enum values are tolerated by our override of str_enum.py.jinja only: int enums would crash."""
    return [
        doc.diagnostic(
            "enum-int-unsupported",
            "/components/schemas",
            f"integer enum {enum.class_info.name}: an unknown value from the server would raise ValueError",
            hint="override int_enum.py.jinja like generator/client/templates/str_enum.py.jinja",
        )
        for enum in openapi.enums
        if getattr(enum, "value_type", str) is int
    ]


def facade_groups(spec: dict[str, Any], openapi: Any, diagnostics: list[Diagnostic], doc: YamlDocument) -> list[FacadeGroup]:
    from openapi_python_client import strings
    from openapi_python_client.parser.properties import ModelProperty

    by_name = {str(strings.PythonIdentifier(op.operation_id, "field_")): op for op in operations(spec)}
    descriptions = {str(tag.get("name")): str(tag.get("description", "")) for tag in spec.get("tags") or []}
    groups = []
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        ops = []
        for endpoint in collection.endpoints:
            success = [r for r in endpoint.responses if r.status_code.range and 200 <= r.status_code.range[0] < 300]
            op = by_name[str(endpoint.name)]
            if len(success) != 1 or not isinstance(success[0].prop, ModelProperty):
                diagnostics.append(
                    doc.diagnostic(
                        "facade-response", op.pointer + "/responses", "expected exactly one 2xx response with a JSON object schema"
                    )
                )
                continue
            empty_ok = success[0].status_code.range == (204, 204)
            ops.append(
                FacadeOperation(
                    operation_id=op.operation_id,
                    name=str(endpoint.name),
                    module=f"api.{tag}.{endpoint.name}",
                    endpoint=endpoint,
                    model=success[0].prop.class_info.name,
                    empty_ok=empty_ok,
                    # a page may be None (empty 204): nothing to iterate over
                    pagination=None if empty_ok else pagination(spec, op, endpoint, success[0].prop),
                )
            )
        name = str(collection.tag)
        groups.append(FacadeGroup(str(tag), strings.pascal_case(str(tag)) + "Operations", descriptions.get(name, ""), ops))
    return groups


def facade_imports(groups: list[FacadeGroup]) -> list[str]:
    """The operation modules' own imports (models, enums, UNSET), seen from the package root."""
    from openapi_python_client.parser.openapi import import_string_from_class

    found: set[str] = set()
    for group in groups:
        for op in group.operations:
            found.update("from ." + line.removeprefix("from ...") for line in op.endpoint.relative_imports if line.startswith("from ..."))
            if op.pagination and op.pagination.item_class is not None:
                found.add(import_string_from_class(op.pagination.item_class, ".models"))
    return sorted(found)


def pagination(spec: dict[str, Any], op: Any, endpoint: Any, model: Any) -> Pagination | None:
    """Offset/limit operations whose page has exactly one list: iterate over that list."""
    from openapi_python_client.parser.properties.list_property import ListProperty

    query = {p.name: p for p in endpoint.query_parameters}
    if not all(name in query for name in PAGE_PARAMS):
        return None
    props = [*(model.required_properties or []), *(model.optional_properties or [])]
    lists = [p for p in props if isinstance(p, ListProperty)]
    if len(lists) != 1:
        return None
    schemas = {p.get("name"): deref(spec, p.get("schema"), "")[0] for p in _raw_params(spec, op) if p.get("name") in PAGE_PARAMS}
    names = {p.name for p in props}
    return Pagination(
        items=lists[0].python_name,
        item_type=lists[0].inner_property.get_type_string().as_unembedded_code(),
        item_class=getattr(lists[0].inner_property, "class_info", None),
        total="total_count" if "total_count" in names else None,
        offset_is_str=str(schemas["offset"].get("type")) == "string",
        limit_is_str=str(schemas["limit"].get("type")) == "string",
        limit_default=int(schemas["limit"].get("default", 100)),
    )


def _raw_params(spec: dict[str, Any], op: Any) -> list[dict[str, Any]]:
    from modelarts_spec.openapi import parameters

    return [param for param, _ in parameters(spec, op)]


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
                hint="make venv (ruff is pinned in pyproject.toml)",
            )
        ]
    ruff = find_ruff_bin()
    common = ["--config", str(RUFF_CONFIG), "--no-cache", "--quiet"]
    for args in (["check", "--fix-only", *common], ["format", *common]):
        done = subprocess.run([ruff, *args, "."], cwd=package, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            return [
                Diagnostic("ruff-failed", Level.ERROR, f"ruff {args[0]} failed: {(done.stderr or done.stdout).strip()}", file=str(package))
            ]
    return []


def _copy_runtime(target: Path) -> None:
    target.mkdir()
    for source in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(source, target / source.name)
