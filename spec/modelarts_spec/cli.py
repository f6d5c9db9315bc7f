"""`modelarts-spec validate [SPEC]` and `modelarts-spec diff OLD NEW`: the only place in this package that prints.

Exit 0 clean, 1 problems (or a breaking change with --fail-on-breaking), 2 usage error or unreadable input.
Without SPEC, validate checks the published spec this package ships.
"""

from __future__ import annotations

import argparse
import sys

from modelarts_spec import diff, published_spec
from modelarts_spec.diagnostics import InputError, has_errors, render
from modelarts_spec.loader import load_openapi
from modelarts_spec.validate import Rule, validate


def main(argv: list[str] | None = None, rules: tuple[Rule, ...] = ()) -> int:
    parser = argparse.ArgumentParser(prog="modelarts-spec", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--format", choices=("text", "json"), default="text", help="how to print diagnostics and changes")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("validate", help="check a spec against every rule (OpenAPI structure, house rules, servability)")
    p.add_argument("spec", nargs="?", default=None, help="default: the published spec inside this package")
    p = commands.add_parser("diff", help="changes between two versions of the spec, breaking ones marked")
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    args = parser.parse_args(argv)
    try:
        if args.command == "validate":
            return cmd_validate(args.spec or str(published_spec()), args.format, rules)
        return cmd_diff(args.old, args.new, args.fail_on_breaking, args.format)
    except InputError as exc:
        print(render([exc.diagnostic], args.format), file=sys.stderr)
        return 2


def cmd_validate(spec_path: str, fmt: str, rules: tuple[Rule, ...] = ()) -> int:
    diagnostics = validate(load_openapi(spec_path), rules)
    if diagnostics:
        print(render(diagnostics, fmt), file=sys.stderr)
    if has_errors(diagnostics):
        return 1
    print(f"{spec_path}: valid", file=sys.stderr)
    return 0


def cmd_diff(old_path: str, new_path: str, fail_on_breaking: bool, fmt: str) -> int:
    old, new = load_openapi(old_path), load_openapi(new_path)
    changes = diff.diff(old, new)
    print(diff.render(changes, fmt, old_path, new_path))
    return 1 if fail_on_breaking and any(c.breaking for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
