"""What calls into code outside the project do: builtins, asyncio, time, functools, collections.

Anything not listed returns an unknown value; functions passed to it are followed,
since the callee may call them (`loop.call_soon(fn)`, `ctx.wait_until(coro)`).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from wakecheck.analysis import cfg as ir
from wakecheck.model import Span
from wakecheck.analysis.values import (
    ABSENT, BOTTOM, COMMON, UNKNOWN, Bool, Clock, Const, Dict, Empty, Ext, Func, Seq, Truth, Tup, Value,
    alternatives, as_seq, as_truth, element_of, empty_reasons, join,
)

if TYPE_CHECKING:
    from wakecheck.analysis.reach import State, Summary

_NO_RETURN = {"sys.exit", "os._exit", "os.abort", "builtins.exit", "builtins.quit",
              "typing.assert_never", "typing_extensions.assert_never"}
# Clock reads and their unit in seconds (0: a datetime value).
_CLOCKS = {"time.time": 1.0, "time.monotonic": 1.0, "time.perf_counter": 1.0, "time.time_ns": 1e-9,
           "time.monotonic_ns": 1e-9, "datetime.datetime.now": 0.0, "datetime.datetime.utcnow": 0.0,
           "datetime.now": 0.0, "datetime.utcnow": 0.0, "datetime.date.today": 0.0}
_TIMEDELTAS = {"datetime.timedelta", "timedelta"}
_TIMEDELTA_UNITS = {"weeks": 604800.0, "days": 86400.0, "hours": 3600.0, "minutes": 60.0, "seconds": 1.0,
                    "milliseconds": 0.001, "microseconds": 1e-6}
_NUMERIC_CASTS = {"int", "float", "round", "math.floor", "math.ceil", "math.trunc"}
_PASS_THROUGH = {"asyncio.ensure_future", "asyncio.create_task", "asyncio.shield", "asyncio.wait_for",
                 "asyncio.run", "builtins.iter", "copy.copy", "copy.deepcopy", "typing.cast",
                 "contextlib.aclosing", "contextlib.closing"}
_SEQUENCE_BUILDERS = {"builtins.list", "builtins.tuple", "builtins.set", "builtins.frozenset",
                      "builtins.sorted", "builtins.reversed", "builtins.filter"}
_INERT = {"builtins.print", "builtins.len", "builtins.repr", "builtins.str", "builtins.isinstance",
          "builtins.issubclass", "builtins.id", "builtins.hash", "builtins.type", "builtins.hasattr"}


class _Never:
    """A call that does not return."""


_NEVER: Value = _Never()  # type: ignore[assignment]

# What `external` does with a name none of its cases names (_PLAIN): follow the functions
# handed to it unless it is inert (_FOLLOWS), and, for a class by PEP 8's naming (_CLASS),
# make an instance known by its name. 0: a name some case of `external` looks at.
_PLAIN, _FOLLOWS, _CLASS = 4, 2, 1
_MODELLED_SHORT = frozenset({"len", "bool", "any", "all", "enumerate", "zip", "map", "next", "sum", "getattr",
                             "dict"})


def _plain(name: str) -> int:
    short = name.removeprefix("builtins.")
    if (name in _NO_RETURN or name in _CLOCKS or name in _TIMEDELTAS or short in _NUMERIC_CASTS
            or name in _PASS_THROUGH or name in ("asyncio.gather", "functools.partial")
            or name.startswith("$collection.") or short in _MODELLED_SHORT or name in _SEQUENCE_BUILDERS):
        return 0
    return (_PLAIN | (0 if name in _INERT else _FOLLOWS)
            | (_CLASS if name.rsplit(".", 1)[-1][:1].isupper() else 0))


class ExternalsMixin:
    plain_externals: dict[str, int]  # name → _plain(name), worked out once

    def invoke(self, target: ir.FunctionIR, bound: Value | None, args: Sequence[Value],
               kwargs: Sequence[tuple[str | None, Value]], closure: tuple[tuple[str, Value], ...],
               st: State, fn: ir.FunctionIR, summary: Summary, site: int, text: str,
               span: Span | None = None) -> Value:
        raise NotImplementedError

    def callbacks(self, args: Sequence[Value], kwargs: Sequence[tuple[str | None, Value]],
                  expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary) -> None:
        raise NotImplementedError

    def external(self, name: str, expr: ir.Call, args: list[Value],  # noqa: C901 - a table of cases
                 kwargs: list[tuple[str | None, Value]], st: State, fn: ir.FunctionIR,
                 summary: Summary, closure: dict[str, Value]) -> Value:
        plain = self.plain_externals.get(name)
        if plain is None:
            plain = self.plain_externals[name] = _plain(name)
        if plain & _PLAIN:
            # Nothing modelled (nearly every library call): functions handed to it may be
            # called by it; a class (by PEP 8's naming) makes an instance known by its name.
            if plain & _FOLLOWS:
                self.callbacks(args, kwargs, expr, st, fn, summary)
            return Ext(name) if plain & _CLASS else UNKNOWN
        short = name.removeprefix("builtins.")
        first = args[0] if args else UNKNOWN
        if name in _NO_RETURN:
            return _NEVER
        if name in _CLOCKS:
            return Clock(_CLOCKS[name])
        if name in _TIMEDELTAS:
            return _timedelta(args, kwargs)
        if isinstance(first, Clock) and short in _NUMERIC_CASTS:
            return first
        if name in _PASS_THROUGH:
            self.callbacks(args[1:], kwargs, expr, st, fn, summary)
            return first
        if name == "asyncio.gather":
            return Tup(tuple(args))
        if name == "functools.partial" and args and isinstance(first, Func):
            return Func(first.qualname, first.bound, first.closure, (*first.partial, *args[1:]))
        if name.startswith("$collection."):
            return UNKNOWN
        match short:
            case "len":
                reasons = empty_reasons(first)
                return Empty(next(iter(sorted(reasons)))) if reasons else (Const(0) if reasons is not None else UNKNOWN)
            case "bool":
                return Bool(as_truth(first))
            case "any" | "all":
                reasons = empty_reasons(first)
                if reasons is not None:
                    value = short == "all"
                    return Bool(Truth(COMMON if value else ABSENT,
                                      ABSENT if value else COMMON, reasons))
                return Bool(Truth(COMMON, COMMON))
            case "enumerate":
                return _map_seq(first, lambda e: Tup((UNKNOWN, e)))
            case "zip":
                for a in args:
                    if empty_reasons(a) is not None:
                        return a if isinstance(a, Empty) else Seq(BOTTOM, True, True)
                return Seq(Tup(tuple(element_of(a) for a in args)), True, False)
            case "map":
                if len(args) >= 2:
                    results = self._apply(first, [element_of(a) for a in args[1:]], expr, st, fn, summary)
                    return _map_seq(args[1], lambda _e: results)
                return UNKNOWN
            case "next":
                return join(element_of(first), args[1]) if len(args) > 1 else element_of(first)
            case "sum":
                return first if isinstance(first, Empty) else UNKNOWN
            case "getattr" if len(args) >= 2:
                return UNKNOWN
            case "dict":
                return Dict(tuple((k, v) for k, v in kwargs if k is not None), UNKNOWN)
            case _:
                pass
        if name in _SEQUENCE_BUILDERS:
            if short == "filter" and len(args) == 2:
                self._apply(first, [element_of(args[1])], expr, st, fn, summary)
                return _copy_seq(args[1])
            return _copy_seq(first) if args else Seq(BOTTOM, True, True)
        if name not in _INERT:
            self.callbacks(args, kwargs, expr, st, fn, summary)
        if name.rsplit(".", 1)[-1][:1].isupper():
            # `Client(...)` (a class, by PEP 8's naming): an instance, whose methods are named
            # by the class (`lib.Client.get`), as an external base class names a subclass's.
            return Ext(name)
        return UNKNOWN

    def _apply(self, f: Value, args: list[Value], expr: ir.Call, st: State, fn: ir.FunctionIR,
               summary: Summary) -> Value:
        out: Value = BOTTOM
        for alt in alternatives(f):
            if isinstance(alt, Func):
                target = self.index.function(alt.qualname)  # type: ignore[attr-defined]
                if target is not None:
                    result = self.invoke(target, alt.bound, [*alt.partial, *args], [], alt.closure,
                                         st, fn, summary, expr.site, expr.text, expr.span)
                    if result is not _NEVER:
                        out = join(out, result)
                    continue
            out = join(out, UNKNOWN)
        return out


def _copy_seq(v: Value) -> Value:
    if isinstance(v, Empty):
        return v
    if isinstance(v, (Seq, Tup)):
        return as_seq(v)
    if isinstance(v, Dict):
        return Seq(UNKNOWN, not v.entries, False)
    if isinstance(v, Ext):
        return Seq(UNKNOWN, True, False)
    return Seq(UNKNOWN, True, False) if not isinstance(v, Seq) else v


def _map_seq(v: Value, f: object) -> Value:
    reasons = empty_reasons(v)
    if isinstance(v, Empty):
        return v
    if reasons is not None:
        return Seq(BOTTOM, True, True, reasons)
    return Seq(f(element_of(v)), True, False)  # type: ignore[operator]


def _timedelta(args: list[Value], kwargs: list[tuple[str | None, Value]]) -> Value:
    """`timedelta(hours=1)` with constant arguments, as a constant timedelta."""
    named = list(zip(("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"), args))
    total = 0.0
    for key, value in [*named, *kwargs]:
        factor = _TIMEDELTA_UNITS.get(key or "")
        if factor is None or not isinstance(value, Const) or not isinstance(value.value, (int, float)) \
                or isinstance(value.value, bool):
            return UNKNOWN
        total += value.value * factor
    return Const(datetime.timedelta(seconds=total))
