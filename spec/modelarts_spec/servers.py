"""Server variables that name things in generated code and in URLs: region ids must be plain ids.

A region id becomes a URL host label and a value in the generated client's region list, so it must be
lower-case letters and digits in dash-separated parts (`cn-north-4`, `ap-southeast-1`); anything else is
refused at its pointer before any tool uses it.
"""

from __future__ import annotations

import re
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, pointer_join
from modelarts_spec.loader import YamlDocument

REGION_ID = re.compile(r"[a-z]{2,8}(-[a-z0-9]{1,16}){1,4}")


def check_servers(doc: YamlDocument) -> list[Diagnostic]:
    found = []
    servers = doc.data.get("servers") if isinstance(doc.data, dict) else None
    for index, server in enumerate(servers if isinstance(servers, list) else []):
        variables = server.get("variables") if isinstance(server, dict) else None
        region = variables.get("region") if isinstance(variables, dict) else None
        if not isinstance(region, dict):
            continue
        where = pointer_join("", "servers", index, "variables", "region")
        values: list[tuple[str, Any]] = [(pointer_join(where, "default"), region.get("default"))]
        enum = region.get("enum")
        values += [(pointer_join(where, "enum", i), v) for i, v in enumerate(enum if isinstance(enum, list) else [])]
        found += [
            doc.diagnostic(
                "server-region-invalid",
                pointer,
                f"region id {str(value)[:80]!r} is not a region id",
                hint="region ids are lower-case letters and digits in dash-separated parts, like cn-north-4",
            )
            for pointer, value in values
            if value is not None and not (isinstance(value, str) and REGION_ID.fullmatch(value))
        ]
    return found
