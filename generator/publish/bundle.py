"""`publish`: the spec as other languages consume it, in `generated/spec/`.

The bundle is the validated source spec with `info.version` stamped: `<version>+sha.<12 hex>`, the
hex being the start of the SHA-256 of the source spec's canonical JSON (sorted keys, no spaces).
Same spec content, same stamp, whatever the machine, the date or the YAML formatting; any change to
the content changes it. SemVer ignores build metadata (`+…`) when ordering versions, so tools still
compare `info.version` by the curated version number.

The source is one self-contained file (`validate` rejects external `$ref`s), so bundling is: refuse
an invalid spec, check every `$ref` resolves inside the document, stamp, serialise deterministically
(YAML in the source's key order, JSON with the same data). Nothing is written unless every output
rendered: each file is written atomically.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from modelarts_spec import validate
from modelarts_spec.diagnostics import Diagnostic, has_errors
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import operations, resolve_pointer, walk_openapi

from generator.manual import compare
from generator.publish import reference as html
from generator.publish import signing

MARK = "Published by `python -m generator publish`"  # in README.md: the proof that a folder is ours to publish into
CONTROL_FILE = "mock-control.json"  # the mock's control plane, described for teams that drive it from other languages
BUNDLE_FILES = (
    "modelarts.yaml",
    "modelarts.json",
    "validated.sha256",
    "index.html",
    "README.md",
    signing.DOC_FILE,
    signing.VECTORS_FILE,
    CONTROL_FILE,
)
DIGESTED = ("modelarts.json", "modelarts.yaml")  # the bundles `validated.sha256` lists


@dataclass(frozen=True)
class Published:
    version: str
    files: dict[str, str]  # file name → text


def stamp(spec: dict[str, Any]) -> str:
    base = str((spec.get("info") or {}).get("version", "0.0.0")).split("+", 1)[0]
    canonical = json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"{base}+sha.{hashlib.sha256(canonical.encode('utf-8')).hexdigest()[:12]}"


# The order tools expect a path's operations in (Redocly's path-http-verbs-order): the parts keep the order the
# maintainer wrote, the bundle a conventional one; the version stamp is of the source, so it does not change.
METHOD_ORDER = ("get", "head", "post", "put", "patch", "delete", "options", "trace")


def bundle(spec: dict[str, Any]) -> dict[str, Any]:
    """The published document: the spec with its version stamped and each path's operations in METHOD_ORDER
    (a copy; the input is not changed)."""
    data = copy.deepcopy(spec)
    data.setdefault("info", {})["version"] = stamp(spec)
    paths = data.get("paths")
    if isinstance(paths, dict):
        for path, item in paths.items():
            if isinstance(item, dict):
                rank = {key: (METHOD_ORDER.index(key) if key in METHOD_ORDER else -1) for key in item}
                paths[path] = {key: item[key] for key in sorted(item, key=lambda key: rank[key])}  # stable: others first, as written
    return data


def unresolved_refs(data: dict[str, Any]) -> list[str]:
    """Pointers of every `$ref` that does not resolve inside this document (empty for a good bundle)."""
    bad = []
    for key, value, pointer, is_name in walk_openapi(data, ""):
        if key != "$ref" or is_name:
            continue
        try:
            if not (isinstance(value, str) and value.startswith("#")):
                raise KeyError(value)
            resolve_pointer(data, value[1:])
        except KeyError:
            bad.append(pointer)
    return bad


def dump_yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def dump_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(doc: YamlDocument, tables: YamlDocument | None, control: YamlDocument) -> tuple[Published | None, list[Diagnostic]]:
    """Validate, then render every output in memory (`control`: the mock's control-plane document, published as it
    is). None when the spec has errors."""
    diagnostics = validate.validate(doc, compare.manual_rules(tables))
    if has_errors(diagnostics):
        return None, diagnostics
    data = bundle(doc.data)
    bad = [doc.diagnostic("bundle-ref-unresolved", p, "this $ref does not resolve inside the bundle") for p in unresolved_refs(data)]
    if bad:  # validate reports these first; kept as a guard on what we publish
        return None, diagnostics + bad
    version = data["info"]["version"]
    bundles = {"modelarts.yaml": dump_yaml(data), "modelarts.json": dump_json(data)}
    files = {
        **bundles,
        "validated.sha256": digests(bundles),
        "index.html": html.render(data),
        "README.md": _readme(data),
        signing.DOC_FILE: signing.render_doc(data),
        signing.VECTORS_FILE: signing.render_vectors(),
        CONTROL_FILE: dump_json(control.data),
    }
    return Published(version, files), diagnostics


def digests(bundles: dict[str, str]) -> str:
    """`sha256sum` lines of the bundles: this text passed `validate` (render refuses an invalid spec), so the mock
    serving a byte-identical file need not validate it again (modelarts_mock/spec_cache.py)."""
    return "".join(f"{hashlib.sha256(bundles[name].encode('utf-8')).hexdigest()}  {name}\n" for name in DIGESTED)


def write(published: Published, out_dir: Path, write_file: Callable[[Path, str], None]) -> None:
    for name in BUNDLE_FILES:
        write_file(out_dir / name, published.files[name])


def _readme(data: dict[str, Any]) -> str:
    ops = operations(data)
    return f"""# generated/spec/

{MARK} (`make publish`) from `spec/modelarts.yaml`. Never edit
these files: `make check-generated` fails when they differ from a fresh publish.

| file | what |
|---|---|
| `modelarts.yaml` | the spec bundled into one file, every `$ref` local; `info.version` stamped |
| `modelarts.json` | the same document as JSON |
| `validated.sha256` | the SHA-256 of both bundles (`sha256sum -c validated.sha256`); publishing validated them, so the mock does not validate a byte-identical file again |
| `index.html` | the HTML reference: one static page, works offline; an index by area and tag, search, filters by area, tag and deployment; each operation's sources |
| `signing.md` | how to sign a request with AK/SK (SDK-HMAC-SHA256, the `akskSignature` scheme), as the official SDK does |
| `signing-vectors.json` | test vectors for a signer in any language: inputs, canonical request, string to sign, signature (checked against the official signer and replayed against the mock) |
| `mock-control.json` | the OpenAPI document of the mock's control plane (`/_mock/`: resources, faults, stubs, latency, journal), as the mock serves it at `/_mock/openapi.json`: generate a client from it to drive the fake ModelArts from Go, Java or TypeScript |

Version: `{data["info"]["version"]}` ({len(ops)} operations, {len((data.get("components") or {}).get("schemas") or {})} component schemas). The part after `+sha.` is the start of
the SHA-256 of the source spec's content; see the top-level README, section "Publishing".
"""
