"""Query semantics as the spec's parameter descriptions document them: paging, filters, sorting, series shaping.

Pure functions over stored JSON values and validated parameters (`params.parse` has already checked
types, enums and patterns); a value the schema allows but the semantics refuse is a BadRequest.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from fractions import Fraction
from typing import Any

MAX_POINTS = 1440  # the manual: durationMinutes × 60 / period ≤ 1440
Number = int | float


def _double(exact: Fraction) -> float:
    """The nearest double, or the largest finite one of its sign: JSON has no infinity (an encoder would send null)."""
    try:
        return float(exact)
    except OverflowError:
        return sys.float_info.max if exact > 0 else -sys.float_info.max


def _exact(value: Number) -> Fraction:
    return Fraction.from_float(value) if isinstance(value, float) else Fraction(value)


def _sum(values: list[Number]) -> Number:
    if all(isinstance(v, int) for v in values):
        return sum(values)  # exact, however large (a value the schema allows, e.g. 10**400)
    try:
        total = math.fsum(values)  # the common case: doubles in range
        if math.isfinite(total):
            return total
    except OverflowError:  # an integer beyond a double
        pass
    return _double(sum((_exact(v) for v in values), Fraction(0)))


def _average(values: list[Number]) -> Number:
    integers = [v for v in values if isinstance(v, int)]
    if len(integers) == len(values):
        total = sum(integers)
        return total // len(values) if total % len(values) == 0 else _double(Fraction(total, len(values)))
    try:
        mean = math.fsum(values) / len(values)
        if math.isfinite(mean):
            return mean
    except OverflowError:
        pass
    return _double(sum((_exact(v) for v in values), Fraction(0)) / len(values))


STATISTICS: dict[str, Callable[[list[Number]], Number]] = {
    "maximum": max,
    "minimum": min,
    "sum": _sum,
    "average": _average,
    "sampleCount": len,
}


def page(items: Sequence[Any], offset: int, limit: int) -> list[Any]:
    """Records [offset, offset + limit): `offset` counts records (the spec leaves page vs record open; see the README)."""
    return list(items[max(offset, 0) : max(offset, 0) + max(limit, 0)])


def service_events(events: Sequence[dict[str, Any]], params: Mapping[str, Any], code: str) -> tuple[int, list[Any]]:
    """(total matching, the page) of ShowServiceEvents: `events` already sorted by sort_by/order."""
    event_type = params.get("event_type")
    event_info = params.get("event_info")
    start, end = params.get("start_time"), params.get("end_time")  # start after end: nothing matches
    matching: Sequence[dict[str, Any]] = events
    if event_type is not None or event_info is not None or start is not None or end is not None:
        matching = [e for e in events if _event_matches(e, event_type, event_info, start, end)]
    return len(matching), page(matching, params.get("offset", 0), params.get("limit", 1000))


def _event_matches(event: dict[str, Any], event_type: Any, event_info: Any, start: Any, end: Any) -> bool:
    if event_type is not None and event.get("event_type") != event_type:
        return False
    if event_info is not None and event_info not in str(event.get("event_info", "")):
        return False
    occurred = event.get("occur_time")
    if (start is not None or end is not None) and not isinstance(occurred, int | float):
        return False
    return (start is None or occurred >= start) and (end is None or occurred <= end)


SHAPING = ("time_range", "statistics", "period")


def _integer(text: str) -> bool:
    """ASCII digits with an optional minus, under 20 characters: what int() reads (str.isdigit also says yes to `²`)."""
    digits = text[1:] if text.startswith("-") else text
    return 0 < len(digits) < 20 and digits.isascii() and digits.isdigit()


DEFAULT_WINDOW = (-1, -1, 60)


def time_window(text: str, now_ms: int) -> tuple[int, int]:
    """`startMs.endMs.durationMinutes` → [start, end] in epoch ms, as the parameter's description defines it.

    The schema accepts any text, so text that is not three integers (or a duration of no minutes) reads as
    the default `-1.-1.60` rather than a 400 the contract suite would rightly call a rejected valid request.
    """
    parts = text.split(".")
    numbers = [int(p) for p in parts] if len(parts) == 3 and all(_integer(p) for p in parts) else []
    start, end, minutes = numbers if len(numbers) == 3 and 0 < numbers[2] <= 60 * 24 * 366 else DEFAULT_WINDOW
    span = minutes * 60_000
    if start == -1 and end == -1:
        end = now_ms
        start = end - span
    elif start == -1:
        start = end - span
    elif end == -1:
        end = min(start + span, now_ms)
    return start, end


def pool_monitor(stored: dict[str, Any], params: Mapping[str, Any], now: datetime, code: str) -> dict[str, Any]:
    """ShowPoolMonitor's series, bucketed by `period` over `time_range`, each bucket one `statistics` value.

    Without any of the three parameters the stored series is answered as stored: the manual's example
    is a series of long ago, which the default window (the last 60 minutes) would empty.
    """
    if not any(name in params for name in SHAPING):
        return stored
    # Validation has checked the enums; a lax variant (contract self-tests) may pass anything: fall back to defaults.
    period = str(params.get("period", "60"))
    period_ms = (int(period) if _integer(period) and 0 < int(period) <= 86400 else 60) * 1000
    start, end = time_window(str(params.get("time_range", "-1.-1.60")), int(now.timestamp() * 1000))
    start = max(start, end - MAX_POINTS * period_ms)  # the service refuses more than 1440 points; the mock keeps the last ones
    statistic = str(params.get("statistics", "maximum"))
    statistic = statistic if statistic in STATISTICS else "maximum"
    metrics = []
    for metric in stored.get("metrics") or []:
        if isinstance(metric, dict):
            points = _bucket(metric.get("dataPoints") or [], start, end, period_ms, statistic)
            metrics.append({**metric, "dataPoints": points})
    return {**stored, "metrics": metrics}


def _bucket(points: list[Any], start: int, end: int, period_ms: int, statistic: str) -> list[dict[str, Any]]:
    buckets: dict[int, list[Number]] = {}
    units: dict[int, Any] = {}
    last = max(0, -(-(end - start) // period_ms) - 1)  # a sample at exactly `end` joins the last period
    for point in points:
        stamp, value = _sample(point)
        if stamp is None or value is None or not start <= stamp <= end:
            continue
        slot = start + min((stamp - start) // period_ms, last) * period_ms
        buckets.setdefault(slot, []).append(value)
        units.setdefault(slot, point.get("unit"))
    shaped = []
    for slot in sorted(buckets):
        value = STATISTICS[statistic](buckets[slot])
        shaped_point: dict[str, Any] = {"timestamp": slot, "statistics": [{"statistic": statistic, "value": value}]}
        if units[slot] is not None:
            shaped_point["unit"] = units[slot]
        shaped.append(shaped_point)
    return shaped


def _sample(point: Any) -> tuple[int | None, Number | None]:
    """A stored data point as one sample: its timestamp and its first statistic's value (an integer stays exact)."""
    if not isinstance(point, dict) or not isinstance(point.get("timestamp"), int):
        return None, None
    stats = point.get("statistics")
    value = stats[0].get("value") if isinstance(stats, list) and stats and isinstance(stats[0], dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return point["timestamp"], value
    return None, None


# ShowPoolStatistics: pool phase → the status it is counted under (PoolStatusCounts).
# Each phase of PoolStatus counted as PoolStatusCounts describes its fields: `creating` (being created), `created`
# (created successfully: unhealthy or failing to scale, still created), `failed` (creation failed), `pending`
# (waiting, usually an unpaid yearly/monthly pool: the phase `Waiting`), `deleting` (being deleted).
PHASE_COUNTS = {
    "Creating": "creating",
    "Running": "created",
    "Abnormal": "created",
    "ScalingFailed": "created",
    "Error": "failed",
    "CreationFailed": "failed",
    "Waiting": "pending",
    "Deleting": "deleting",
}
FAILED_CAP = 500  # the schema: failed pools of the last three days, at most 500 (the mock keeps no creation time)


def pool_counts(phases: Sequence[str | None]) -> dict[str, int]:
    counts = {"created": 0, "creating": 0, "failed": 0, "pending": 0, "deleting": 0}
    for phase in phases:
        counted = PHASE_COUNTS.get(phase or "")
        if counted is not None:
            counts[counted] += 1
    counts["failed"] = min(counts["failed"], FAILED_CAP)
    return counts


def go_time(now: datetime) -> str:
    """Go's default time format, as the service writes operationTime: `2022-12-05 11:15:59.329633162 +0000 UTC`."""
    return now.strftime("%Y-%m-%d %H:%M:%S.%f") + "000 +0000 UTC"
