"""Cron schedules: the smallest gap between two fires, the period that decides what an idle tick costs.

Fields follow crontab(5): minute, hour, day of month, month, day of week (0 or 7 is
Sunday), each `*`, a number, a range `a-b`, a list `a,b`, and steps `*/n`, `a-b/n`;
names of months and days (`jan`, `mon`) too. Libraries that take the fields one by one
(Celery's and Huey's `crontab`, arq's `cron`, APScheduler's cron trigger) pass them
here the same way, as texts or as sets of numbers; arq also fires on given seconds.

What it does not read: `@hourly`-style nicknames other than the common five, `L`, `W`,
`#` and `?` (a schedule using them gives no period).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

_NICKNAMES = {"@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *",
              "@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *"}
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DAYS = {d: i for i, d in enumerate("sun mon tue wed thu fri sat".split())}
_SPAN_DAYS = 2 * 366 + 31  # a span every schedule of these fields repeats within

Field = str | int | Iterable[int] | None  # None: every value


def gap_of_expression(expression: str) -> float | None:
    """The smallest gap in seconds between two fires of a five-field cron expression, or None."""
    text = _NICKNAMES.get(expression.strip().lower(), expression)
    fields = text.split()
    if len(fields) != 5:
        return None
    return smallest_gap(*fields)


def smallest_gap(minute: Field = None, hour: Field = None, day: Field = None, month: Field = None,
                 weekday: Field = None, second: Field = 0) -> float | None:
    """The smallest gap in seconds between two fires of these cron fields, or None if they do not parse."""
    try:
        seconds = _values(second, 0, 59, {})
        minutes = _values(minute, 0, 59, {})
        hours = _values(hour, 0, 23, {})
        days = _values(day, 1, 31, {})
        months = _values(month, 1, 12, _MONTHS)
        weekdays = {d % 7 for d in _values(weekday, 0, 7, _DAYS)}
    except ValueError:
        return None
    if not (seconds and minutes and hours and days and months and weekdays):
        return None
    # crontab(5): when both day fields are restricted, a day matching either one fires.
    either = _restricted(day) and _restricted(weekday)
    times_of_day = sorted(h * 3600 + m * 60 + s for h in hours for m in minutes for s in seconds)
    fires: list[float] = []
    start = datetime.date(2024, 1, 1)
    for offset in range(_SPAN_DAYS):
        date = start + datetime.timedelta(days=offset)
        weekday_ok = (date.isoweekday() % 7) in weekdays
        day_ok = date.day in days
        if date.month in months and ((day_ok or weekday_ok) if either else (day_ok and weekday_ok)):
            base = offset * 86400.0
            fires.extend(base + t for t in times_of_day)
    if len(fires) < 2:
        return None
    return min(b - a for a, b in zip(fires, fires[1:]))


def _restricted(field: Field) -> bool:
    return not (field is None or (isinstance(field, str) and field.strip() in ("*", "?")))


def _values(field: Field, low: int, high: int, names: dict[str, int]) -> set[int]:
    if field is None:
        return set(range(low, high + 1))
    if isinstance(field, bool):
        raise ValueError(field)
    if isinstance(field, int):
        return _checked({field}, low, high)
    if not isinstance(field, str):
        return _checked({int(v) for v in field}, low, high)
    out: set[int] = set()
    for part in field.lower().split(","):
        part = part.strip()
        body, _, step_text = part.partition("/")
        step = int(step_text) if step_text else 1
        if step <= 0:
            raise ValueError(part)
        if body in ("*", "?", ""):
            first, last = low, high
        elif "-" in body:
            a, b = body.split("-", 1)
            first, last = _number(a, names), _number(b, names)
        else:
            first = _number(body, names)
            last = high if step_text else first
        out.update(range(first, last + 1, step))
    return _checked(out, low, high)


def _number(text: str, names: dict[str, int]) -> int:
    text = text.strip()
    return names[text[:3]] if text[:3] in names else int(text)


def _checked(values: set[int], low: int, high: int) -> set[int]:
    if any(v < low or v > high for v in values):
        raise ValueError(values)
    return values
