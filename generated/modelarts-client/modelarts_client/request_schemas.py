"""Request-body schemas, checked by modelarts_core.validation before a body is sent (generator/client/request_schemas.py).

Rendered from the spec by generator/client/generate.py: do not edit."""

from collections.abc import Mapping
from typing import Any

# component name → schema, with `$ref` as {'$ref': name}
SCHEMAS: Mapping[str, Mapping[str, Any]] = {}

# operationId → the schema of its JSON request body
BODIES: Mapping[str, Mapping[str, Any]] = {}
