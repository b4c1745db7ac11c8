"""Periodic entries recognised by their idiom: the functions a scheduler, a platform or a loop runs on a period.

Each recogniser reads one module's lowered form and resolves what a decorator or a call
is through imports (wakecheck.analysis.naming), so `@t.loop` after
`from discord.ext import tasks as t` is discord's loop and a project function called
`loop` is not. A recognised entry carries its period when the code states it as a
constant. docs/periodic-entries.md lists every idiom and where its period comes from.

What it does not recognise: a registration whose callable is not a project function
(a lambda, a callable object, a task named by a string nothing defines), a schedule
read from settings at run time, Celery tasks named other than by their dotted path,
and idioms of libraries not listed there.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wakecheck import cron
from wakecheck.analysis import cfg as ir
from wakecheck.analysis.loops import calls_in, loop_shape
from wakecheck.analysis.naming import Naming, arg, module_fn

_BEAT_KEYS = frozenset({"beat_schedule", "CELERY_BEAT_SCHEDULE", "CELERYBEAT_SCHEDULE"})
_REPEAT_EVERY = frozenset({"fastapi_utils", "fastapi_restful", "fastapi_utilities", "fastapi_utils_tasks"})
_SCHEDULE_UNITS = {"second": 1.0, "seconds": 1.0, "minute": 60.0, "minutes": 60.0, "hour": 3600.0,
                   "hours": 3600.0, "day": 86400.0, "days": 86400.0, "week": 604800.0, "weeks": 604800.0,
                   "monday": 604800.0, "tuesday": 604800.0, "wednesday": 604800.0, "thursday": 604800.0,
                   "friday": 604800.0, "saturday": 604800.0, "sunday": 604800.0}
_CRON_FIELDS = ("minute", "hour", "day", "month", "day_of_week")
_WRANGLER = ("wrangler.toml", "wrangler.json", "wrangler.jsonc")
LOOP_IDIOM = "a loop that sleeps"


@dataclass(frozen=True, slots=True)
class Period:
    """An entry's period, and where the code (or a platform's configuration) says it."""

    seconds: float
    origin: str  # as written: `asyncio.sleep(60)`, `crontab(minute="*/15")`, `crons = ["*/5 * * * *"]`
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Recognised:
    """A function recognised as a periodic entry, by which idiom, with its period when constant."""

    qualname: str
    idiom: str
    period: Period | None


class Recogniser:
    """Finds the periodic entries one module defines or registers (see the module's docstring)."""

    def __init__(self, naming: Naming, root: Path) -> None:
        self.naming = naming
        self.index = naming.index
        self.root = root  # the configuration's directory: where a Wrangler file is looked for

    def recognise(self, module: ir.ModuleIR) -> list[Recognised]:
        found: list[Recognised] = []
        for fn in module.functions:
            found.extend(self._calls(fn, module))
            if fn.name != "<module>" and ".<lambda" not in fn.qualname:
                shape = loop_shape(fn, self.naming)
                if shape is not None:
                    sleep = shape.sleep
                    period = Period(sleep.seconds, sleep.text + "(…)", module.path, sleep.line) \
                        if sleep.seconds is not None else None
                    found.append(Recognised(fn.qualname, LOOP_IDIOM, period))
        for name, bindings in module.globals:
            for binding in bindings:
                if binding.kind is ir.BindingKind.FUNCTION and isinstance(binding.value, ir.Decorate):
                    found.extend(self._decorated(binding.target, binding.value, module))
        for cls in module.classes:
            for _, decorated in cls.decorated:
                if isinstance(decorated, ir.Decorate) and isinstance(decorated.value, ir.FuncRef):
                    found.extend(self._decorated(decorated.value.qualname, decorated, module))
            found.extend(self._workers_class(cls, module))
            for attr, value in cls.class_attrs:
                if attr == "cron_jobs":
                    found.extend(self._arq_jobs(value, module_fn(module.name), module))
        found.extend(self._workers_module(module))
        return found

    # -- decorators -------------------------------------------------------------------------------
    def _decorated(self, qualname: str, value: ir.Decorate, module: ir.ModuleIR) -> Iterator[Recognised]:
        fn = self.index.function(qualname)
        where = module_fn(module.name)
        for decorator in value.decorators:
            expr = decorator.func
            call = expr if isinstance(expr, ir.Call) else None
            name = self.naming.name_of(call.func if call is not None else expr, where) or ""
            root, _, last = name.partition(".")[0], None, name.rpartition(".")[2]
            found = self._decorator(name, root, last, call, where, module, fn)
            if found is not None:
                idiom, period = found
                yield Recognised(qualname, idiom, period)

    def _decorator(self, name: str, root: str, last: str, call: ir.Call | None, where: ir.FunctionIR,
                   module: ir.ModuleIR, fn: ir.FunctionIR | None) -> tuple[str, Period | None] | None:
        naming = self.naming
        if name in ("discord.ext.tasks.loop", "discord.ext.tasks.Loop"):
            seconds = naming.keyword_seconds(call.args, where) if call is not None else None
            return "discord.py `@tasks.loop`", self._period(seconds, call, module)
        if root in _REPEAT_EVERY and last == "repeat_every":
            seconds = naming.number(a, where) if call is not None and (a := arg(call, None, "seconds")) else None
            return "`@repeat_every`", self._period(seconds, call, module)
        if root == "celery" and last == "periodic_task":
            return "Celery `@periodic_task`", self._schedule(arg(call, None, "run_every") if call else None,
                                                             where, call, module)
        if root == "huey" and last in ("periodic_task", "db_periodic_task"):
            return "Huey `@periodic_task`", self._schedule(arg(call, 0, "validate_datetime") if call else None,
                                                           where, call, module)
        if root == "apscheduler" and last == "scheduled_job" and call is not None:
            return "APScheduler `@scheduled_job`", self._trigger(call, 0, where, module)
        if name == "schedule.repeat" and call is not None:
            first = arg(call, 0)
            return "`schedule` `@repeat`", self._every_chain(first, where, call, module) if first else None
        if root == "modal" and last == "function" and call is not None:
            schedule = arg(call, None, "schedule")
            if schedule is not None:
                return "Modal `schedule=`", self._schedule(schedule, where, call, module)
            return None
        if name in ("kopf.timer", "kopf.on.timer") and call is not None:
            interval = arg(call, None, "interval")
            seconds = naming.number(interval, where) if interval is not None else None
            return "kopf timer", self._period(seconds, call, module)
        if name in ("kopf.daemon", "kopf.on.daemon"):
            shape = loop_shape(fn, naming) if fn is not None else None
            sleep = shape.sleep if shape is not None else None
            period = Period(sleep.seconds, sleep.text + "(…)", module.path, sleep.line) \
                if sleep is not None and sleep.seconds is not None else None
            return "kopf daemon", period
        return None

    # -- calls ------------------------------------------------------------------------------------
    def _calls(self, fn: ir.FunctionIR, module: ir.ModuleIR) -> Iterator[Recognised]:
        for block in fn.blocks:
            for op in block.ops:
                if isinstance(op, ir.Assign):
                    for target in op.targets:
                        key = target.id if isinstance(target, ir.NameT) else \
                            target.attr if isinstance(target, ir.AttrT) else None
                        if key in _BEAT_KEYS:
                            yield from self._beat(op.value, fn, module)
            for call in calls_in(block):
                yield from self._call(call, fn, module)

    def _call(self, call: ir.Call, fn: ir.FunctionIR, module: ir.ModuleIR) -> Iterator[Recognised]:
        naming = self.naming
        if isinstance(call.func, ir.Attr) and call.func.attr == "add_periodic_task":
            # Celery: `sender.add_periodic_task(…)` in an on_after_configure handler: the sender
            # is the app; or the app itself, named through imports.
            name = naming.name_of(call.func, fn) or ""
            if name.startswith("celery.") or self._celery_handler(fn):
                target = arg(call, 1, "sig")
                task = naming.function_of(target, fn) if target is not None else None
                if task is not None:
                    first = arg(call, 0, "schedule")
                    yield Recognised(task.qualname, "Celery `add_periodic_task`",
                                     self._schedule(first, fn, call, module) if first is not None else None)
            return
        for a in call.args:
            if a.keyword in _BEAT_KEYS:
                yield from self._beat(a.value, fn, module)
        called = naming.name_of(call.func, fn)
        if called is None:
            return
        root, last = called.partition(".")[0], called.rpartition(".")[2]
        if root == "apscheduler" and last == "add_job":
            job = arg(call, 0, "func")
            task = naming.function_of(job, fn) if job is not None else None
            if task is not None:
                yield Recognised(task.qualname, "APScheduler `add_job`", self._trigger(call, 1, fn, module))
        elif root == "schedule" and last == "do" and isinstance(call.func, ir.Attr):
            job = arg(call, 0, "job_func")
            task = naming.function_of(job, fn) if job is not None else None
            if task is not None:
                yield Recognised(task.qualname, "`schedule` `.do`",
                                 self._every_chain(call.func.base, fn, call, module))
        elif called in ("tornado.ioloop.PeriodicCallback", "tornado.PeriodicCallback"):
            job = arg(call, 0, "callback")
            task = naming.function_of(job, fn) if job is not None else None
            ms = arg(call, 1, "callback_time")
            seconds = naming.number(ms, fn) if ms is not None else None
            if task is not None:
                yield Recognised(task.qualname, "Tornado `PeriodicCallback`",
                                 self._period(seconds / 1000 if seconds else None, call, module))
        elif root == "homeassistant" and last == "async_track_time_interval":
            job = arg(call, 1, "action")
            task = naming.function_of(job, fn) if job is not None else None
            interval = arg(call, 2, "interval")
            if task is not None:
                yield Recognised(task.qualname, "Home Assistant `async_track_time_interval`",
                                 self._period(naming.number(interval, fn) if interval else None, call, module))
        elif root == "homeassistant" and last == "DataUpdateCoordinator":
            job = arg(call, None, "update_method")
            task = naming.function_of(job, fn) if job is not None else None
            interval = arg(call, None, "update_interval")
            if task is not None:
                yield Recognised(task.qualname, "Home Assistant `DataUpdateCoordinator`",
                                 self._period(naming.number(interval, fn) if interval else None, call, module))
        elif called in ("arq.cron", "arq.cron.cron"):
            yield from self._arq_job(call, fn, module)

    def _celery_handler(self, fn: ir.FunctionIR) -> bool:
        """Whether `fn` is connected to one of Celery's signals (its decorators, through imports)."""
        module = self.index.module(fn.module)
        if module is None:
            return False
        where = module_fn(fn.module)
        for _, bindings in module.globals:
            for binding in bindings:
                if binding.target == fn.qualname and isinstance(binding.value, ir.Decorate):
                    for decorator in binding.value.decorators:
                        expr = decorator.func.func if isinstance(decorator.func, ir.Call) else decorator.func
                        if (self.naming.name_of(expr, where) or "").startswith("celery."):
                            return True
        return False

    def _beat(self, value: ir.Expr, fn: ir.FunctionIR, module: ir.ModuleIR) -> Iterator[Recognised]:
        """A Celery beat schedule: `{name: {"task": "pkg.tasks.f", "schedule": …}}`."""
        if not isinstance(value, ir.DictLit):
            return
        for item in value.values:
            if not isinstance(item, ir.DictLit):
                continue
            fields = {k.value: v for k, v in zip(item.keys, item.values)
                      if isinstance(k, ir.Const) and isinstance(k.value, str)}
            task = self.naming.text(fields["task"], fn) if "task" in fields else None
            target = self.index.function(task) if task else None
            if target is not None:
                schedule = fields.get("schedule")
                yield Recognised(target.qualname, "Celery beat schedule",
                                 self._schedule(schedule, fn, None, module, schedule) if schedule else None)

    def _arq_jobs(self, value: ir.Expr, fn: ir.FunctionIR, module: ir.ModuleIR) -> Iterator[Recognised]:
        if isinstance(value, ir.SeqLit):
            for item in value.items:
                if isinstance(item, ir.Call) and self.naming.name_of(item.func, fn) in ("arq.cron", "arq.cron.cron"):
                    yield from self._arq_job(item, fn, module)

    def _arq_job(self, call: ir.Call, fn: ir.FunctionIR, module: ir.ModuleIR) -> Iterator[Recognised]:
        job = arg(call, 0, "coroutine")
        target = self.naming.function_of(job, fn) if job is not None else None
        if target is None:
            return
        fields: dict[str, cron.Field] = {}
        for key in ("month", "day", "weekday", "hour", "minute", "second"):
            value = arg(call, None, key)
            if value is None:
                continue
            read = self._cron_field(value, fn)
            if read is _UNREAD:
                yield Recognised(target.qualname, "arq `cron`", None)
                return
            fields[key] = read  # type: ignore[assignment]
        gap = cron.smallest_gap(fields.get("minute"), fields.get("hour"), fields.get("day"), fields.get("month"),
                                _arq_weekday(fields.get("weekday")), fields.get("second", 0))
        yield Recognised(target.qualname, "arq `cron`", self._period(gap, call, module))

    # -- Cloudflare Python Workers ------------------------------------------------------------------
    def _workers_class(self, cls: ir.ClassIR, module: ir.ModuleIR) -> Iterator[Recognised]:
        where = module_fn(module.name)
        if not any((self.naming.name_of(b, where) or "").startswith("workers.") for b in cls.bases):
            return
        for name, qualname in cls.methods:
            if name in ("scheduled", "on_scheduled"):
                yield Recognised(qualname, "Cloudflare Workers `scheduled`", self._wrangler(module))

    def _workers_module(self, module: ir.ModuleIR) -> Iterator[Recognised]:
        names = {name: bindings for name, bindings in module.globals}
        if "on_scheduled" not in names:
            return
        imports_workers = any(b.kind in (ir.BindingKind.IMPORT_FROM, ir.BindingKind.IMPORT_MODULE)
                              and b.target.partition(".")[0] in ("workers", "js")
                              for bindings in names.values() for b in bindings)
        for binding in names["on_scheduled"]:
            if binding.kind is ir.BindingKind.FUNCTION and imports_workers:
                yield Recognised(binding.target, "Cloudflare Workers `on_scheduled`", self._wrangler(module))

    def _wrangler(self, module: ir.ModuleIR) -> Period | None:
        """The smallest gap of the `crons` in the Wrangler file nearest the module (up to the root)."""
        start = Path(module.path).resolve().parent  # a module's path is shown relative to the current directory
        root = self.root.resolve()
        for folder in (start, *start.parents):
            for name in _WRANGLER:
                path = folder / name
                if path.is_file():
                    return _wrangler_period(path)
            if folder == root:
                break
        return None

    # -- periods ------------------------------------------------------------------------------------
    def _period(self, seconds: float | None, call: ir.Call | None, module: ir.ModuleIR) -> Period | None:
        if seconds is None or seconds <= 0 or call is None:
            return None
        return Period(seconds, call.text + "(…)", module.path, call.span.line)

    def _schedule(self, expr: ir.Expr | None, fn: ir.FunctionIR, call: ir.Call | None, module: ir.ModuleIR,
                  at: ir.Expr | None = None) -> Period | None:
        """A number of seconds, a timedelta, Celery's `schedule(run_every=…)`, a crontab, or Modal's
        `Period(…)` / `Cron("…")`."""
        if expr is None:
            return None
        naming = self.naming
        line = call.span.line if call is not None else _line_of(expr, fn)
        text = call.text + "(…)" if call is not None else "schedule"
        seconds = naming.number(expr, fn)
        if seconds is None and isinstance(expr, ir.Call):
            name = naming.name_of(expr.func, fn) or ""
            root, last = name.partition(".")[0], name.rpartition(".")[2]
            text, line = expr.text + "(…)", expr.span.line
            if last == "crontab" and root in ("celery", "huey"):
                seconds = self._crontab(expr, fn, root)
            elif root == "modal" and last == "Period":
                seconds = naming.keyword_seconds(expr.args, fn)
            elif root == "modal" and last == "Cron":
                spec = arg(expr, 0, "cron_string")
                spec_text = naming.text(spec, fn) if spec is not None else None
                seconds = cron.gap_of_expression(spec_text) if spec_text else None
            elif root == "celery" and last == "schedule":
                every = arg(expr, 0, "run_every")
                seconds = naming.number(every, fn) if every is not None else None
        if seconds is None or seconds <= 0:
            return None
        return Period(seconds, text, module.path, line)

    def _crontab(self, call: ir.Call, fn: ir.FunctionIR, root: str) -> float | None:
        keys = {"celery": ("minute", "hour", "day_of_week", "day_of_month", "month_of_year"),
                "huey": ("minute", "hour", "day", "month", "day_of_week")}[root]
        fields: dict[str, cron.Field] = {}
        for position, key in enumerate(keys):
            value = arg(call, position, key)
            if value is None:
                continue
            read = self._cron_field(value, fn)
            if read is _UNREAD:
                return None
            fields[key] = read  # type: ignore[assignment]
        if root == "celery":
            return cron.smallest_gap(fields.get("minute", "*"), fields.get("hour", "*"),
                                     fields.get("day_of_month", "*"), fields.get("month_of_year", "*"),
                                     fields.get("day_of_week", "*"))
        return cron.smallest_gap(fields.get("minute", "*"), fields.get("hour", "*"), fields.get("day", "*"),
                                 fields.get("month", "*"), fields.get("day_of_week", "*"))

    def _cron_field(self, value: ir.Expr, fn: ir.FunctionIR) -> cron.Field | object:
        text = self.naming.text(value, fn)
        if text is not None:
            return text
        number = self.naming.number(value, fn)
        if number is not None and number.is_integer():
            return int(number)
        if isinstance(value, ir.SeqLit):
            numbers = [self.naming.number(item, fn) for item in value.items]
            if all(n is not None and n.is_integer() for n in numbers):
                return {int(n) for n in numbers if n is not None}
        return _UNREAD

    def _trigger(self, call: ir.Call, position: int, fn: ir.FunctionIR, module: ir.ModuleIR) -> Period | None:
        """APScheduler's trigger: `"interval", minutes=5`, `"cron", minute="*/5"`, or a trigger object."""
        naming = self.naming
        trigger = arg(call, position, "trigger")
        kind = naming.text(trigger, fn) if trigger is not None else None
        source, options = call, call.args
        if trigger is not None and kind is None and isinstance(trigger, ir.Call):
            name = naming.name_of(trigger.func, fn) or ""
            source, options = trigger, trigger.args
            if name.endswith("IntervalTrigger"):
                kind = "interval"
            elif name.endswith("CronTrigger.from_crontab"):
                spec = arg(trigger, 0, "expr")
                spec_text = naming.text(spec, fn) if spec is not None else None
                return self._period(cron.gap_of_expression(spec_text) if spec_text else None, trigger, module)
            elif name.endswith("CronTrigger"):
                kind = "cron"
        if kind == "interval":
            return self._period(naming.keyword_seconds([a for a in options if a.keyword is not None], fn),
                                source, module)
        if kind == "cron":
            fields: dict[str, object] = {}
            for a in options:
                if a.keyword in ("second", "minute", "hour", "day", "month", "day_of_week"):
                    read = self._cron_field(a.value, fn)
                    if read is _UNREAD:
                        return None
                    fields[a.keyword] = read
            # Fields below the smallest one given start at their first value, those above are `*`.
            order = ("second", "minute", "hour", "day", "month")
            given = [i for i, k in enumerate(order) if k in fields]
            smallest = min(given) if given else 0
            value = {k: fields.get(k, ("0" if k in ("second", "minute", "hour") else "1") if i < smallest else None)
                     for i, k in enumerate(order)}
            gap = cron.smallest_gap(value["minute"], value["hour"], value["day"], value["month"],  # type: ignore[arg-type]
                                    _apscheduler_weekday(fields.get("day_of_week")), value["second"])  # type: ignore[arg-type]
            return self._period(gap, source, module)
        return None

    def _every_chain(self, expr: ir.Expr, fn: ir.FunctionIR, call: ir.Call, module: ir.ModuleIR) -> Period | None:
        """`every(10).minutes` (with `.at(…)`, `.to(…)` and the like in between): its period."""
        unit: str | None = None
        while True:
            match expr:
                case ir.Call(func=ir.Attr(attr="to")):
                    return None  # a random interval: no one period
                case ir.Call(func=ir.Attr(attr="at" | "until" | "tag") as method):
                    expr = method.base
                case ir.Attr(attr=attr) if attr in _SCHEDULE_UNITS:
                    unit, expr = attr, expr.base
                case ir.Call() if (self.naming.name_of(expr.func, fn) or "").endswith("every"):
                    if unit is None:
                        return None
                    count = arg(expr, 0, "interval")
                    n = self.naming.number(count, fn) if count is not None else 1.0
                    return self._period(n * _SCHEDULE_UNITS[unit] if n else None, call, module)
                case _:
                    return None


_UNREAD = object()  # a cron field that is not a constant


def _arq_weekday(field: cron.Field) -> cron.Field:
    """arq counts weekdays from Monday = 0; crontab from Sunday = 0."""
    if field is None or isinstance(field, str):
        return field
    if isinstance(field, int):
        return (field + 1) % 7
    return {(d + 1) % 7 for d in field}


def _apscheduler_weekday(field: object) -> cron.Field:
    if field is None:
        return None
    if isinstance(field, str) and not any(ch.isdigit() for ch in field):
        return field  # names, or `*`
    return _arq_weekday(field)  # type: ignore[arg-type]


def _line_of(expr: ir.Expr, fn: ir.FunctionIR) -> int:
    span = getattr(expr, "span", None)
    return span.line if span is not None else fn.span.line


_JSONC_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)


def _wrangler_period(path: Path) -> Period | None:
    """`[triggers] crons = [...]` in wrangler.toml (or `triggers.crons` in wrangler.json[c])."""
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".toml":
            if sys.version_info >= (3, 11):
                import tomllib
            else:  # pragma: no cover - Python 3.10
                import tomli as tomllib
            document = tomllib.loads(text)
        else:
            document = json.loads(_JSONC_COMMENT.sub("", text))
    except (OSError, ValueError):
        return None
    triggers = document.get("triggers") if isinstance(document, dict) else None
    crons = triggers.get("crons") if isinstance(triggers, dict) else None
    if not isinstance(crons, list):
        return None
    gaps = [g for c in crons if isinstance(c, str) and (g := cron.gap_of_expression(c)) is not None]
    if not gaps:
        return None
    line = next((n for n, t in enumerate(text.splitlines(), 1) if "crons" in t), 1)
    return Period(min(gaps), f"crons = {json.dumps(crons)}", os.path.relpath(path).replace(os.sep, "/"), line)
