"""Write `spec/sources/huaweicloud-sdk-python.yaml`: every operation the official Python SDK calls.

The official SDK (`huaweicloudsdkmodelarts`, pinned in tools/constraints.txt) knows more operations than any
manual page documents. Its client module declares each one as `_<name>_http_info` with a method and a resource
path; this reads that module as text (importing the SDK writes into $HOME) and lists name, method, path and
line. `validate` then checks that every spec operation the SDK calls records it in `x-documented-by`.

    .venv/bin/python tools/sdk_operations.py            # rewrite the file from the installed SDK
    .venv/bin/python tools/sdk_operations.py --check    # exit 1 when the file differs from the installed SDK
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "spec" / "sources" / "huaweicloud-sdk-python.yaml"
PACKAGE = "huaweicloudsdkmodelarts"
MODULE = "huaweicloudsdkmodelarts/v1/modelarts_client.py"
DECLARATION = re.compile(
    r'def _(?P<name>\w+)_http_info\(cls, request\):\s+http_info = \{\s+"method": "(?P<method>[A-Z]+)",\s+"resource_path": "(?P<path>[^"]+)"'
)
HEADER = "# Written by tools/sdk_operations.py from the installed official SDK. Do not edit by hand.\n"


def render() -> str:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{PACKAGE} is not installed: run `make venv`")
    source = Path(next(iter(spec.submodule_search_locations))).parent / MODULE
    text = source.read_text(encoding="utf-8")
    operations = []
    for match in DECLARATION.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        operations.append({"name": match["name"], "method": match["method"], "path": match["path"], "line": line})
    data = {
        "source": "huaweicloud-sdk-python",
        "package": PACKAGE,
        "version": importlib.metadata.version(PACKAGE),
        "file": MODULE,
        "operations": sorted(operations, key=lambda o: (o["path"], o["method"])),
    }
    return HEADER + yaml.safe_dump(data, sort_keys=False, width=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    text = render()
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        if not same:
            print(f"{OUTPUT.relative_to(ROOT)} is stale: run tools/sdk_operations.py", file=sys.stderr)
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {text.count('- name:')} operations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
