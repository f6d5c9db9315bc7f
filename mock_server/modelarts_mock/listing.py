"""A list answer over the live state: the stored answer's items (the seed's, a fixture's) less the deleted ones,
then every created resource shaped as an item, filtered, sorted and paged as the list's query asks.

The list pages of the manual share a few conventions, and these are what is served: `offset` and `limit` (items
skipped and shown), `sort_by`/`sort_key` with `order`/`sort_dir` (`asc`, `desc`), and any other query parameter
named as a field of the items filters on it (equal as text; `name` matches a part, as the pages say of their name
filters). Counts named `total`, `total_count`, `totalCount` or `total_number` give the filtered total, `count` the
items shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from modelarts_mock.kinds import schema_at
from modelarts_mock.schemas import minimal_instance
from modelarts_mock.shaping import get_at, get_path, overlay, repair, set_at

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

    from modelarts_mock.spec import OperationSpec

PAGING = {"offset", "limit", "sort_by", "sort_key", "order", "sort_dir", "workspace_id", "workspaceId"}
TOTALS = ("total", "total_count", "totalCount", "total_number")
_PARTIAL = {"name"}  # filters the pages describe as fuzzy
_WHERE = ("", "/metadata", "/status", "/spec")  # where an item's filterable fields lie


def derive(
    spec: dict[str, Any],
    id_pointer: str,
    listed: OperationSpec,
    path: tuple[str, ...] | None,
    base: Any,
    live: list[Any],
    hidden: set[str],
    params: Mapping[str, Any],
) -> Any:
    items = get_path(base, list(path)) if path else None
    if not isinstance(base, dict) or path is None or not isinstance(items, list):
        return base
    kept = [item for item in items if str(get_at(item, id_pointer)) not in hidden] if id_pointer else list(items)
    item_schema = _item_schema(spec, listed, path)
    template = items[0] if items and isinstance(items[0], dict) else minimal_instance(spec, *item_schema) if item_schema else None
    check = listed.validators.get(item_schema[0]) if item_schema is not None else None
    shaped = [_item(spec, item_schema, template, body, check) for body in live if isinstance(body, dict)]
    query = {p.name for p in listed.parameters if p.location == "query"}  # path ids choose the list, they filter nothing
    everything = _sorted(_filtered(kept + shaped, params, query), params)
    shown = _page(everything, params)
    set_at(base, "/" + "/".join(path), shown)
    for name in TOTALS:
        if isinstance(base.get(name), int) and not isinstance(base.get(name), bool):
            base[name] = len(everything)
    if isinstance(base.get("count"), int) and not isinstance(base.get("count"), bool):
        base["count"] = len(shown)
    return base


def _item_schema(spec: dict[str, Any], listed: OperationSpec, path: tuple[str, ...]) -> tuple[Any, str] | None:
    found = schema_at(spec, listed.success_schema, "/" + "/".join(path))
    if found is None:
        return None
    array = found[0].get("items") if isinstance(found[0], dict) else None
    return (array, found[1] + "/items") if array is not None else found  # property_schema looks through arrays already


def _item(spec: dict[str, Any], schema: tuple[Any, str] | None, template: Any, body: dict[str, Any], check: Validator | None) -> Any:
    """A resource's show answer as an item of the list: the list's own item (or the smallest one) as the template,
    what the item's schema refuses put back from it."""
    if not isinstance(template, dict):
        return dict(body)
    shaped = overlay(spec, schema, template, body)
    return repair(check, shaped, template) if check is not None else shaped


def _filtered(items: list[Any], params: Mapping[str, Any], query: set[str]) -> list[Any]:
    filters = {k: v for k, v in params.items() if k in query and k not in PAGING and isinstance(v, str | int | float | bool)}
    return [item for item in items if all(_matches(item, name, value) for name, value in filters.items())]


def _matches(item: Any, name: str, wanted: Any) -> bool:
    for where in _WHERE:
        value = get_at(item, f"{where}/{name}")
        if value is None or isinstance(value, dict | list):
            continue
        text, target = _text(value), _text(wanted)
        return target in text if name in _PARTIAL else text == target
    return True  # a parameter no item field has: not a filter the mock understands, every item passes


def _text(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _sorted(items: list[Any], params: Mapping[str, Any]) -> list[Any]:
    field = params.get("sort_by", params.get("sort_key"))
    if not isinstance(field, str):
        return items
    descending = str(params.get("order", params.get("sort_dir", "asc"))).lower() == "desc"
    present = [i for i in items if _sort_value(i, field) is not None]
    absent = [i for i in items if _sort_value(i, field) is None]
    present.sort(key=lambda i: _key(_sort_value(i, field)), reverse=descending)
    return present + absent


def _sort_value(item: Any, field: str) -> Any:
    for where in _WHERE:
        value = get_at(item, f"{where}/{field}")
        if value is not None and not isinstance(value, dict | list):
            return value
    return None


def _key(value: Any) -> tuple[int, Any]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, value)
    return (1, str(value))


def _page(items: list[Any], params: Mapping[str, Any]) -> list[Any]:
    offset = _int(params.get("offset"), 0)
    limit = _int(params.get("limit"), len(items))
    return items[max(offset, 0) : max(offset, 0) + max(limit, 0)]


def _int(value: Any, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit() and len(value) < 19:
        return int(value)
    return default
