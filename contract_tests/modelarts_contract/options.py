"""The contract suite's options, declared once: the pytest plugin registers them, the `modelarts-contract` command validates them.

Also the error every bad option or environment becomes: one line, saying what to set, never a traceback.

Kept free of heavy imports (no schemathesis, no mock) so that the command answers a usage error at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from modelarts_contract.profiles import PHASES, PROFILES


class TargetError(Exception):
    """The target cannot be used as given: the message says what to set."""


# asgi: the mock in-process; socket: the mock on a loopback port; url: a running fake, unrestricted;
# real: a real endpoint, read-only and rate-limited.
KINDS = ("asgi", "socket", "url", "real")

OPTIONS: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (
        ("--target",),
        {
            "choices": KINDS,
            "default": None,
            "help": "asgi (default: the mock in-process), socket (the mock on a loopback port), url (a running fake: no real-mode "
            "restrictions), real (read-only, rate-limited, ids and credentials required). Default with --base-url: url for a "
            "loopback host, real otherwise",
        },
    ),
    (("--base-url",), {"default": None, "metavar": "URL", "help": "the endpoint to test (or MODELARTS_ENDPOINT with --target url|real)"}),
    (("--real",), {"action": "store_true", "default": False, "help": "treat the --base-url as a real account (same as --target real)"}),
    (("--app",), {"default": None, "metavar": "MODULE:FACTORY", "help": "serve this ASGI app (or FILE.py:FACTORY) instead of the mock"}),
    (("--project-id",), {"default": None, "help": "project id (default: HUAWEICLOUD_SDK_PROJECT_ID, else the mock's)"}),
    (
        ("--ids",),
        {"default": None, "type": Path, "metavar": "FILE", "help": "YAML/JSON resource ids: {param: id} or {operationId: {param: id}}"},
    ),
    (
        ("--rate-limit",),
        {"default": None, "metavar": "N/UNIT", "help": "bound on the request rate, e.g. 5/s (a real target defaults to 5/s)"},
    ),
    (
        ("--spec",),
        {
            "default": None,
            "type": Path,
            "metavar": "FILE",
            "help": "the spec to check against (default: the published one; the built-in mock serves it too)",
        },
    ),
    (
        ("--allow-writes",),
        {
            "action": "store_true",
            "default": False,
            "help": "send writes (POST, PUT, PATCH, DELETE, and other-method probes) with credentials to a URL target; "
            "without it such a target gets reads only (never a real one)",
        },
    ),
    (("--seed",), {"type": int, "default": None, "help": "seed of the generated cases, for a reproducible run"}),
    (("--operation",), {"action": "append", "default": None, "metavar": "OPERATION_ID", "help": "run only this operation (repeatable)"}),
    (
        ("--exclude-from-stateful",),
        {
            "action": "append",
            "default": None,
            "metavar": "OPERATION_ID",
            "help": "leave this operation out of the stateful phase (repeatable): no step calls it, no link leads from or to it; "
            "its other tests run, and the summary names it",
        },
    ),
    (
        ("--profile",),
        {
            "choices": tuple(PROFILES),
            "default": None,
            "help": "cases per operation: smoke (one from the examples; a real run's default), standard (examples, one coverage case "
            "per kind of probe, 3 fuzzing, at most 30; the default), full (every coverage case, 100 fuzzing, no cap); and the stateful "
            "phase's scenarios and steps",
        },
    ),
    (
        ("--phases",),
        {
            "action": "append",
            "default": None,
            "metavar": "PHASE[,PHASE]",
            "help": f"run only these of schemathesis' phases: {', '.join(PHASES)} (default: the profile's; stateful runs only where "
            "writes may go)",
        },
    ),
    (
        ("--max-examples",),
        {
            "type": int,
            "default": None,
            "metavar": "N",
            "help": "fuzzing cases per operation (the profile's otherwise; the cap grows by the cases added)",
        },
    ),
    (("--max-cases",), {"type": int, "default": None, "metavar": "N", "help": "cases sent per operation at most, whatever the phase"}),
    (
        ("--fail-on-skip",),
        {
            "action": "store_true",
            "default": False,
            "help": "fail the run if any operation, or any test of one, was not run (the summary says why)",
        },
    ),
    (("--json-report",), {"default": None, "type": Path, "metavar": "FILE", "help": "write the run's summary as JSON to FILE"}),
)
