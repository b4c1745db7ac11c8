"""Models of code outside the project: builtins, asyncio, time, functools, operator, dataclasses.

Each model is a handler in `_MODELS`, named by the dotted name of what it models. A
function that takes a function and an iterable (`map`, `filter`, `sorted(key=...)`,
`functools.reduce`) calls it once per element: never on an empty-on-idle collection.
`getattr`/`setattr` with a constant name (or one of a few known names) are attribute
reads and stores. Anything not listed returns an unknown value (a class, by PEP 8's
naming, an object known by its name); functions handed to it are followed, since it
may call them (`loop.call_soon(fn)`, `ctx.wait_until(coro)`), and a container handle
handed to it is a place where the analysis loses track (WC003).
"""

from __future__ import annotations

import datetime
import json
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.reach import GHOST, Reach
from wakecheck.analysis.values import (
    ABSENT, BOTTOM, COMMON, PARAM, UNKNOWN, Bool, Bottom, ClassRef, Clock, Const, Dict, Empty, EnumMember, Ext, Func,
    Gen, Getter, Handle, HandleMethod, Inst, Seq, Truth, Tup, Union, Unknown, Value, alloc_at, alternatives, as_seq,
    as_truth, const_keys, dict_lookup, dict_values, element_of, empty_reasons, join, lost, union,
)

from wakecheck.analysis.wakes import expr_text

if TYPE_CHECKING:
    from wakecheck.analysis.flow import State
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.analysis.reach import Summary


class _Never:
    """A call that does not return."""

    def __repr__(self) -> str:
        return "NEVER"  # not its address: values are ordered by their text


NEVER: Value = _Never()  # type: ignore[assignment]

_NO_RETURN = {"sys.exit", "os._exit", "os.abort", "builtins.exit", "builtins.quit",
              "typing.assert_never", "typing_extensions.assert_never"}
# Clock reads and their unit in seconds (0: a datetime value).
_CLOCKS = {"time.time": 1.0, "time.monotonic": 1.0, "time.perf_counter": 1.0, "time.time_ns": 1e-9,
           "time.monotonic_ns": 1e-9, "datetime.datetime.now": 0.0, "datetime.datetime.utcnow": 0.0,
           "datetime.now": 0.0, "datetime.utcnow": 0.0, "datetime.date.today": 0.0}
_TIMEDELTA_UNITS = {"weeks": 604800.0, "days": 86400.0, "hours": 3600.0, "minutes": 60.0, "seconds": 1.0,
                    "milliseconds": 0.001, "microseconds": 1e-6}
_NUMERIC_CASTS = {"builtins.int", "builtins.float", "builtins.round", "math.floor", "math.ceil", "math.trunc"}
# Calls that hand back their first argument (a task wrapping a coroutine already counted as run).
_PASS_THROUGH = {"asyncio.ensure_future", "asyncio.create_task", "asyncio.shield", "asyncio.wait_for",
                 "asyncio.run", "builtins.iter", "builtins.aiter"}
# Library calls that cannot call back or keep what they are given.
_INERT = {"builtins.print", "builtins.len", "builtins.repr", "builtins.str", "builtins.isinstance",
          "builtins.issubclass", "builtins.id", "builtins.hash", "builtins.type", "builtins.hasattr",
          "builtins.format", "builtins.callable", "json.dumps", "json.dump", "builtins.vars"}
_INERT_PREFIXES = ("logging.", "warnings.", "json.", "builtins.")
# Builtins that evaluate what they are given (a lazy query runs in them).
_EVALUATING = frozenset({"builtins.len", "builtins.list", "builtins.tuple", "builtins.set", "builtins.bool",
                         "builtins.sorted", "builtins.any", "builtins.all", "builtins.sum", "builtins.enumerate",
                         "builtins.min", "builtins.max", "builtins.frozenset", "builtins.dict", "builtins.next",
                         "builtins.anext"})
_DYNAMIC = {"builtins.exec", "builtins.eval", "builtins.compile", "builtins.__import__"}


@dataclass(slots=True)
class LibCall:
    """One call of a library function, as its model sees it."""

    name: str
    expr: ir.Call
    args: list[Value]
    kwargs: list[tuple[str | None, Value]]
    st: State
    fn: ir.FunctionIR
    summary: Summary
    closure: dict[str, Value]

    @property
    def first(self) -> Value:
        return self.args[0] if self.args else UNKNOWN

    def keyword(self, name: str) -> Value | None:
        return next((v for k, v in self.kwargs if k == name), None)


class Library:
    """What a call of something outside the project returns, and which project code it runs."""

    def __init__(self, interp: Interpreter) -> None:
        self.interp = interp

    def class_namespace(self, cls: str) -> Value:
        """A class's own namespace (`vars(cls)`, a metaclass's `namespace`): what its body binds,
        and its dunder strings."""
        shape = self.interp.index.shape(cls)
        if shape is None:
            return UNKNOWN
        entries: list[tuple[object, Value]] = [("__module__", Const(shape.module)),
                                               ("__qualname__", Const(shape.qualname.removeprefix(shape.module + "."))),
                                               ("__doc__", union([Const(None), Const("")]))]
        names = dict.fromkeys([*(name for name, _ in shape.class_attrs), *(name for name, _ in shape.methods)])
        for name in names:
            found = self.interp.members.class_member(shape.qualname, name, None, exact=True)
            entries.append((name, UNKNOWN if found is None else found))
        return Dict(tuple(entries), BOTTOM)

    def external(self, name: str, expr: ir.Call, args: list[Value],
                 kwargs: list[tuple[str | None, Value]], st: State, fn: ir.FunctionIR,
                 summary: Summary, closure: dict[str, Value]) -> Value:
        call = LibCall(name, expr, args, kwargs, st, fn, summary, closure)
        if name in _EVALUATING and args:
            lazy = self.interp.wakes.lazy(args[0])
            if lazy:
                # `len(qs)`, `list(qs)`, `bool(qs)`: a lazy query runs here.
                subject = expr_text(expr.args[0].value) if expr.args else "…"
                rows = self.interp.wakes.evaluated(lazy, f"{name.removeprefix('builtins.')}({subject})", expr, st,
                                                   fn, summary)
                if name in ("builtins.len", "builtins.bool"):
                    return UNKNOWN
                args = [Seq(rows, True, False), *args[1:]]
                call = LibCall(name, expr, args, kwargs, st, fn, summary, closure)
        model = _MODELS.get(name)
        if model is not None:
            return model(self, call)
        if name in _NO_RETURN:
            return NEVER
        if name in _CLOCKS:
            return Clock(_CLOCKS[name])
        if name in _NUMERIC_CASTS and isinstance(call.first, Clock):
            return call.first
        if name in _PASS_THROUGH:
            self.interp.calling.callbacks(args[1:], kwargs, expr, st, fn, summary)
            return call.first
        if name in _DYNAMIC:
            self.lose(call, f"`{name.removeprefix('builtins.')}` runs code the analysis cannot see")
            return lost(f"the result of `{name.removeprefix('builtins.')}`")
        return self.unmodelled(call)

    def unmodelled(self, call: LibCall) -> Value:
        """A library call nothing models: it may call the functions handed to it, and it loses
        track of a container handle handed to it."""
        name = call.name
        if name not in _INERT and not name.startswith(_INERT_PREFIXES):
            self.interp.calling.callbacks(call.args, call.kwargs, call.expr, call.st, call.fn, call.summary)
            handed = [a for v in (*call.args, *(v for _, v in call.kwargs)) for a in alternatives(v) if type(a) is Handle]
            if handed:
                key = handed[0].resource
                what = "a container handle" if not key else f"a handle on {self.interp.wakes.resources.get(key).name}"
                self.lose(call, f"{what} is passed to `{name}`, which the analysis does not follow")
        if name.rsplit(".", 1)[-1][:1].isupper():
            # `Client(...)` (a class, by PEP 8's naming): an instance, whose methods are named
            # by the class (`lib.Client.get`), as an external base class names a subclass's.
            return Ext(name)
        if name not in _INERT and not name.startswith(_INERT_PREFIXES) and any(
                _carries_project(v, 0) for v in (*call.args, *(v for _, v in call.kwargs))):
            # It may hand back what it was given (an iterator over it, one of its elements): what
            # is done with its result is where the analysis loses track, and says so (WC003).
            return lost(f"the result of `{name}`, a library call handed the project's objects, which the "
                        "analysis does not follow")
        return UNKNOWN

    def lose(self, call: LibCall, why: str) -> None:
        self.interp.calling.record_unresolved(call.expr, call.st, call.fn, call.summary, why)

    # -- helpers for the models -------------------------------------------------------------------
    def iterable(self, call: LibCall, value: Value) -> Value:
        """A value the library iterates: generators run first."""
        return self.interp.calling.materialize(value, call.expr, call.st, call.fn, call.summary)

    def apply(self, call: LibCall, f: Value, args: list[Value], empty: frozenset[str] | None) -> Value:
        """`f(*args)` as the library calls it, once per element; under a ghost reach (never on an
        idle tick) when the collection it walks is empty on an idle town."""
        st = call.st
        saved = st.reach
        if empty is not None:
            if not self.interp.ghosts:
                return BOTTOM
            st.reach = Reach(GHOST, (st.reach.why if st.reach.level == GHOST else frozenset())
                             | (empty or frozenset({"~an empty collection"})))
        try:
            out: list[Value] = []
            for alt in alternatives(f):
                modelled = self.interp.model([alt.qualname], call=True) if isinstance(alt, Func) else None
                if modelled is not None and modelled.sink is not None:
                    # A sink handed over (`to_thread(push_state, box)`): the library calls it.
                    self.interp.calling.record_sink(call.expr, modelled.sink, list(args), [], st, call.fn,
                                                    call.summary, resource=modelled.resource)
                    out.append(UNKNOWN)
                    continue
                if modelled is not None and modelled.value is not None and type(modelled.value) is not Empty:
                    out.append(modelled.value)  # a guard or rare predicate the library calls is still one
                    continue
                got = self.interp.calling.call_value(alt, call.expr, list(args), [], st, call.fn, call.summary,
                                                     call.closure)
                if got is not NEVER:
                    out.append(modelled.value if modelled is not None and modelled.value is not None else got)
            return union(out) if out else BOTTOM
        finally:
            st.reach = saved
            st.dead = False

    def apply_getter(self, getter: Getter, args: list[Value], expr: ir.Call, st: State, fn: ir.FunctionIR,
                     summary: Summary, closure: dict[str, Value]) -> Value:
        """`attrgetter("a")(obj)`, `itemgetter(0)(row)`, `methodcaller("m", x)(obj)`."""
        if not args:
            return UNKNOWN
        obj = args[0]
        interp = self.interp
        base_expr = expr.args[0].value if expr.args else ir.Const(None)
        match getter.kind:
            case "attr":
                out: list[Value] = []
                for name in getter.names:
                    got = obj
                    for part in str(name).split("."):  # attrgetter("link.box") reads one after the other
                        got = read_attribute(interp, got, part, base_expr, st, fn, summary, closure)
                    out.append(got)
                return out[0] if len(out) == 1 else Tup(tuple(out))
            case "item":
                items = [interp.subscript(obj, Const(k), ir.Subscript(base_expr, ir.Const(k)), st, fn, summary,
                                          closure) for k in getter.names]
                return items[0] if len(items) == 1 else Tup(tuple(items))
            case _:
                name = str(getter.names[0])
                method = read_attribute(interp, obj, name, base_expr, st, fn, summary, closure, call=True)
                return interp.calling.call_values(method, expr, list(getter.args), [], st, fn, summary, closure)

    def collection_call(self, base: Value, method: str, args: list[Value], kwargs: list[tuple[str | None, Value]],
                        expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary) -> Value:
        """`d.values()`, `xs.copy()`, `d.get(k)`, `xs.sort(key=f)` and friends on a known collection."""
        if method == "sort":
            key = next((v for k, v in kwargs if k == "key"), None)
            if key is not None:
                call = LibCall(f"$collection.{method}", expr, args, kwargs, st, fn, summary, {})
                self.apply(call, key, [element_of(base)], empty_reasons(base))
            return Const(None)
        if type(base) is Const and isinstance(base.value, str):
            return _string_call(base.value, method, args)
        return collection_call(base, method, args)


def _string_call(text: str, method: str, args: list[Value]) -> Value:
    """A string constant's method with constant arguments, worked out; a list it makes is a
    sequence of its items. Any other argument: not known."""
    consts = [a.value for a in args if isinstance(a, Const)]
    if method == "join":
        parts = args[0] if args else None
        words = [i.value for i in parts.items if isinstance(i, Const)] if isinstance(parts, Tup) else []
        if not isinstance(parts, Tup) or len(words) < len(parts.items) or \
                not all(isinstance(w, str) for w in words):
            return UNKNOWN
        return Const(text.join(str(w) for w in words))
    if len(consts) < len(args) or not all(c is None or isinstance(c, (str, int)) for c in consts):
        return UNKNOWN
    try:
        got = getattr(text, method)(*consts)
    except (TypeError, ValueError):
        return UNKNOWN
    if isinstance(got, (list, tuple)):
        return Tup(tuple(Const(g) for g in got))
    return Const(got)


# -- the models, by the name of what they model -------------------------------------------------------


def _timedelta(lib: Library, call: LibCall) -> Value:
    """`timedelta(hours=1)` with constant arguments, as a constant timedelta."""
    named = list(zip(("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"), call.args))
    total = 0.0
    for key, value in [*named, *call.kwargs]:
        factor = _TIMEDELTA_UNITS.get(key or "")
        if factor is None or not isinstance(value, Const) or not isinstance(value.value, (int, float)) \
                or isinstance(value.value, bool):
            return UNKNOWN
        total += value.value * factor
    return Const(datetime.timedelta(seconds=total))


def _len(lib: Library, call: LibCall) -> Value:
    if all(type(alt) is Inst for alt in alternatives(call.first)):
        measured = lib.interp.calling.truth_protocol(call.first, call.expr, call.st, call.fn, call.summary,
                                                     call.closure, ("__len__",))
        if all(type(alt) is not Inst for alt in alternatives(measured)):
            return measured
    reasons = empty_reasons(lib.iterable(call, call.first))
    return Empty(next(iter(sorted(reasons)))) if reasons else (Const(0) if reasons is not None else UNKNOWN)


def _bool(lib: Library, call: LibCall) -> Value:
    return Bool(as_truth(lib.interp.calling.truth_protocol(call.first, call.expr, call.st, call.fn, call.summary,
                                                           call.closure)))


def _any_all(lib: Library, call: LibCall) -> Value:
    value = lib.iterable(call, call.first)
    reasons = empty_reasons(value)
    if reasons is None and isinstance(value, Seq):
        # Elements that are all False on an idle town (empty collections, guards): as if empty for any().
        truth = as_truth(value.elem)
        if truth.t == ABSENT and call.name == "builtins.any":
            return Bool(Truth(ABSENT, COMMON, truth.why))
    if reasons is not None:
        is_all = call.name == "builtins.all"
        return Bool(Truth(COMMON if is_all else ABSENT, ABSENT if is_all else COMMON, reasons))
    return Bool(Truth(COMMON, COMMON))


def _sum(lib: Library, call: LibCall) -> Value:
    """`sum(len(q) for q in queues)`: zero when every element is zero, or there is none."""
    value = lib.iterable(call, call.first)
    if isinstance(value, Empty):
        return value
    reasons = empty_reasons(value)
    if reasons is not None:
        return Empty(next(iter(sorted(reasons)))) if reasons else Const(0)
    elem = element_of(value)
    start = call.args[1] if len(call.args) > 1 else call.keyword("start")
    if start is not None and not (isinstance(start, Const) and start.value == 0):
        return UNKNOWN
    if all(isinstance(a, Empty) or (isinstance(a, Const) and a.value == 0 and not isinstance(a.value, bool))
           for a in alternatives(elem)):
        # Every element is zero: `sum(r.topped for r in reports)` where each stayed 0 on an idle tick.
        return next((a for a in alternatives(elem) if isinstance(a, Empty)), Const(0))
    return UNKNOWN


def _enumerate(lib: Library, call: LibCall) -> Value:
    return _map_seq(lib.iterable(call, call.first), lambda e: Tup((UNKNOWN, e)))


def _zip(lib: Library, call: LibCall) -> Value:
    values = [lib.iterable(call, a) for a in call.args]
    for a in values:
        reasons = empty_reasons(a)
        if reasons is not None:
            return Seq(BOTTOM, True, True, reasons)
    return Seq(Tup(tuple(element_of(a) for a in values)), True, False)


def _map(lib: Library, call: LibCall) -> Value:
    if len(call.args) < 2:
        return UNKNOWN
    iterables = [lib.iterable(call, a) for a in call.args[1:]]
    empty = _first_empty(iterables)
    results = lib.apply(call, call.first, [element_of(a) for a in iterables], empty)
    if empty is not None:
        return Seq(BOTTOM, True, True, empty)
    return Seq(UNKNOWN if type(results) is Bottom else results, True, False)


def _filter(lib: Library, call: LibCall) -> Value:
    if len(call.args) != 2:
        return UNKNOWN
    items = lib.iterable(call, call.args[1])
    empty = empty_reasons(items)
    if not (isinstance(call.first, Const) and call.first.value is None):
        lib.apply(call, call.first, [element_of(items)], empty)
    return _copy_seq(items)


def _sorted(lib: Library, call: LibCall) -> Value:
    items = lib.iterable(call, call.first)
    key = call.keyword("key")
    if key is not None:
        lib.apply(call, key, [element_of(items)], empty_reasons(items))
    return _copy_seq(items) if call.name != "builtins.reversed" or key is None else _copy_seq(items)


def _min_max(lib: Library, call: LibCall) -> Value:
    items = lib.iterable(call, call.first) if len(call.args) == 1 else Tup(tuple(call.args))
    key = call.keyword("key")
    if key is not None:
        lib.apply(call, key, [element_of(items)], empty_reasons(items))
    default = call.keyword("default")
    if default is not None and empty_reasons(items) is not None:
        return default  # nothing to compare on an idle tick
    elem = element_of(items)
    return join(elem, default) if default is not None else elem


def _reduce(lib: Library, call: LibCall) -> Value:
    if len(call.args) < 2:
        return UNKNOWN
    items = lib.iterable(call, call.args[1])
    start = call.args[2] if len(call.args) > 2 else element_of(items)
    got = lib.apply(call, call.first, [start, element_of(items)], empty_reasons(items))
    return join(start, got)


def _sequence(lib: Library, call: LibCall) -> Value:
    if not call.args:
        immutable = call.name in ("builtins.tuple", "builtins.frozenset")
        return Seq(BOTTOM, True, True, frozenset(), frozenset() if immutable else lib.interp.made_here(call.fn))
    return _copy_seq(lib.iterable(call, call.first))


def _next(lib: Library, call: LibCall) -> Value:
    """`next(it)` / `anext(it)`: a generator advanced once runs only up to its first `yield`."""
    value = lib.interp.calling.materialize(call.first, call.expr, call.st, call.fn, call.summary, first_only=True)
    if empty_reasons(value) is not None:
        # Nothing to take on an idle town: the default, or StopIteration (nothing after it runs).
        return call.args[1] if len(call.args) > 1 else BOTTOM
    elem = element_of(value)
    return join(elem, call.args[1]) if len(call.args) > 1 else elem


def _elements(values: Sequence[Value]) -> Value:
    """A new iterator over the elements of `values`, one after the other (`itertools.chain`): empty on
    an idle town when every one of them is."""
    reasons: frozenset[str] = frozenset()
    elem: Value = BOTTOM
    for v in values:
        why = empty_reasons(v)
        if why is None:
            elem = join(elem, element_of(v))
        else:
            reasons |= why
    if type(elem) is Bottom:
        return Seq(BOTTOM, True, True, reasons)
    return Seq(elem, True, False)


def _chain(lib: Library, call: LibCall) -> Value:
    if any(k is None for k, _ in call.kwargs) or len(call.expr.args) != len(call.args):
        return Seq(UNKNOWN, True, False)  # `chain(*parts)`: the iterables are not known one by one
    return _elements([lib.iterable(call, a) for a in call.args])


def _chain_from_iterable(lib: Library, call: LibCall) -> Value:
    outer = lib.iterable(call, call.first)
    reasons = empty_reasons(outer)
    if reasons is not None:
        return Seq(BOTTOM, True, True, reasons)
    return _elements([element_of(outer)])


def _same_elements(position: int, apply_first: bool = False) -> Callable[[Library, LibCall], Value]:
    """`islice(it, n)`, `cycle(it)`, `takewhile(pred, it)`: some of the elements of the argument at
    `position`, in order; a predicate first (`apply_first`) is called once per element."""
    def model(lib: Library, call: LibCall) -> Value:
        if len(call.args) <= position:
            return Seq(UNKNOWN, True, False)
        items = lib.iterable(call, call.args[position])
        if apply_first and not (isinstance(call.first, Const) and call.first.value is None):
            lib.apply(call, call.first, [element_of(items)], empty_reasons(items))
        return _elements([items])
    return model


def _of_elements(shape: Callable[[Value], Value]) -> Callable[[Library, LibCall], Value]:
    """`pairwise(it)`, `combinations(it, r)`, `batched(it, n)`: groups of the first argument's elements."""
    def model(lib: Library, call: LibCall) -> Value:
        items = lib.iterable(call, call.first)
        reasons = empty_reasons(items)
        if reasons is not None:
            return Seq(BOTTOM, True, True, reasons)
        return Seq(shape(element_of(items)), True, False)
    return model


def _product(lib: Library, call: LibCall) -> Value:
    values = [lib.iterable(call, a) for a in call.args]
    reasons = _first_empty(values)
    if reasons is not None:
        return Seq(BOTTOM, True, True, reasons)
    return Seq(Tup(tuple(element_of(v) for v in values)), True, False)


def _zip_longest(lib: Library, call: LibCall) -> Value:
    values = [lib.iterable(call, a) for a in call.args]
    if all(empty_reasons(v) is not None for v in values):
        return Seq(BOTTOM, True, True, _first_empty(values) or frozenset())
    fill = call.keyword("fillvalue") or Const(None)
    return Seq(Tup(tuple(join(element_of(v), fill) for v in values)), True, False)


def _starmap(lib: Library, call: LibCall) -> Value:
    if len(call.args) < 2:
        return Seq(UNKNOWN, True, False)
    items = lib.iterable(call, call.args[1])
    empty = empty_reasons(items)
    elem = element_of(items)
    args: list[Value] = list(elem.items) if isinstance(elem, Tup) else [elem]
    results = lib.apply(call, call.first, args, empty)
    if empty is not None:
        return Seq(BOTTOM, True, True, empty)
    return Seq(UNKNOWN if type(results) is Bottom else results, True, False)


def _accumulate(lib: Library, call: LibCall) -> Value:
    items = lib.iterable(call, call.first)
    func = call.args[1] if len(call.args) > 1 else call.keyword("func")
    elem = element_of(items)
    if func is not None:
        elem = join(elem, lib.apply(call, func, [elem, elem], empty_reasons(items)))
    initial = call.keyword("initial")
    return _elements([Seq(elem, True, False) if empty_reasons(items) is None else items]
                     + ([Seq(initial, False, False)] if initial is not None else []))


def _groupby(lib: Library, call: LibCall) -> Value:
    items = lib.iterable(call, call.first)
    reasons = empty_reasons(items)
    key = call.args[1] if len(call.args) > 1 else call.keyword("key")
    elem = element_of(items)
    group_key = elem if key is None else lib.apply(call, key, [elem], reasons)
    if reasons is not None:
        return Seq(BOTTOM, True, True, reasons)
    return Seq(Tup((UNKNOWN if type(group_key) is Bottom else group_key, Seq(elem, False, False))), True, False)


def _tee(lib: Library, call: LibCall) -> Value:
    copy = _elements([lib.iterable(call, call.first)])
    n = call.args[1] if len(call.args) > 1 else Const(2)
    if isinstance(n, Const) and isinstance(n.value, int) and 0 <= n.value <= 8:
        return Tup((copy,) * n.value)
    return Seq(copy, True, False)


def _repeat(lib: Library, call: LibCall) -> Value:
    return Seq(call.first, True, False)


def _range(lib: Library, call: LibCall) -> Value:
    """`range(len(xs))` over an empty-on-idle `xs`: no number at all."""
    stop = call.args[0] if len(call.args) == 1 else (call.args[1] if len(call.args) > 1 else UNKNOWN)
    reasons = empty_reasons(stop) if type(stop) is Empty else None
    if reasons is not None:
        return Seq(BOTTOM, True, True, reasons)
    if type(stop) is Const and stop.value == 0 and len(call.args) == 1:
        return Seq(BOTTOM, True, True)
    return Seq(UNKNOWN, True, False)


def _tasks(pair: bool) -> Callable[[Library, LibCall], Value]:
    """`done, pending = await asyncio.wait(tasks)`, `for f in asyncio.as_completed(tasks)`: the
    library's own task objects, never the project's."""
    def model(lib: Library, call: LibCall) -> Value:
        lib.interp.calling.callbacks(call.args, call.kwargs, call.expr, call.st, call.fn, call.summary)
        tasks = Seq(UNKNOWN, True, False)
        return Tup((tasks, tasks)) if pair else tasks
    return model


def _queue(lib: Library, call: LibCall) -> Value:
    return Seq(BOTTOM, True, True, frozenset(), lib.interp.made_here(call.fn))


def _element(position: int) -> Callable[[Library, LibCall], Value]:
    """`random.choice(xs)`, `heapq.heappop(h)`: one of the elements of the argument at `position`."""
    def model(lib: Library, call: LibCall) -> Value:
        if len(call.args) <= position:
            return UNKNOWN
        return element_of(lib.iterable(call, call.args[position]))
    return model


def _nlargest(lib: Library, call: LibCall) -> Value:
    """`heapq.nlargest(n, it, key=f)`: some of the elements, `key` called on each."""
    if len(call.args) < 2:
        return Seq(UNKNOWN, True, False)
    items = lib.iterable(call, call.args[1])
    key = call.keyword("key")
    if key is not None:
        lib.apply(call, key, [element_of(items)], empty_reasons(items))
    return _elements([items])


def _dict(lib: Library, call: LibCall) -> Value:
    entries: tuple[tuple[object, Value], ...] = tuple((k, v) for k, v in call.kwargs if k is not None)
    rest: Value = BOTTOM if not call.args else UNKNOWN
    for a in call.args:
        for alt in alternatives(a):
            if isinstance(alt, Dict):
                entries += alt.entries
                rest = join(rest, alt.rest)
    if not entries and not call.args:
        return Dict((), BOTTOM, lib.interp.made_here(call.fn))
    return Dict(entries, UNKNOWN if type(rest) is Bottom and call.args else rest)


def _context_var(lib: Library, call: LibCall) -> Value:
    """`contextvars.ContextVar(name, default=...)`: a list of what it was ever `set()` to (and its
    default): `get()` gives any of them (never taken for an empty queue: `get(default)` is no wait)."""
    default = call.keyword("default")
    return Seq(BOTTOM if default is None else default, True, False, frozenset(), lib.interp.made_here(call.fn))


def _defaultdict(lib: Library, call: LibCall) -> Value:
    """`collections.defaultdict(factory)`: a dict that holds nothing yet, where a key it does not hold
    reads as what `factory()` makes (and is then held: an empty list, a zero)."""
    if not call.args:
        return Dict((), BOTTOM, lib.interp.made_here(call.fn))
    made = lib.apply(call, call.first, [], None)
    if type(made) is Bottom:
        return Dict((), UNKNOWN, lib.interp.made_here(call.fn))
    return Dict((), made, lib.interp.made_here(call.fn), default=made)


def _counter(lib: Library, call: LibCall) -> Value:
    """`collections.Counter(items)`: every key it does not hold counts 0; counted from nothing (an
    empty-on-idle collection), it holds no key."""
    home = lib.interp.made_here(call.fn)
    if call.args and empty_reasons(lib.iterable(call, call.first)) is None:
        return Dict((), UNKNOWN, home)
    return Dict((), Const(0), home)


def _getattr(lib: Library, call: LibCall) -> Value:
    """`getattr(obj, "name")`: the attribute; a few known names: each; a computed one: lost."""
    if len(call.args) < 2:
        return UNKNOWN
    names = call.args[1]
    default = call.args[2] if len(call.args) > 2 else None
    if not all(isinstance(a, Const) and isinstance(a.value, str) for a in alternatives(names)):
        lib.lose(call, "`getattr` with a name the analysis cannot tell")
        return lost("an attribute read by `getattr` with a computed name")
    base_expr = call.expr.args[0].value if call.expr.args else ir.Const(None)
    out: list[Value] = []
    missing = False
    for alt in alternatives(names):
        assert isinstance(alt, Const)
        got = read_attribute(lib.interp, call.first, str(alt.value), base_expr, call.st, call.fn,
                             call.summary, call.closure)
        # The default is what getattr gives where the attribute is not there: nothing assigns
        # it, or the object is not known (it may lack it).
        found = [a for a in alternatives(got) if not (isinstance(a, Unknown) and a.why.startswith("attribute `"))]
        missing = missing or len(found) < len(alternatives(got)) or not any(
            isinstance(a, (Inst, ClassRef)) for a in alternatives(call.first))
        out.extend(found)
    if default is not None and missing:
        out.append(default)
    return union(out)


def _setattr(lib: Library, call: LibCall) -> Value:
    if len(call.args) < 3:
        return Const(None)
    names = call.args[1]
    if not all(isinstance(a, Const) and isinstance(a.value, str) for a in alternatives(names)):
        lib.lose(call, "`setattr` with a name the analysis cannot tell")
        return Const(None)
    for alt in alternatives(names):
        assert isinstance(alt, Const)
        lib.interp.facts_store(call.first, str(alt.value), call.args[2], call.st)
    return Const(None)


def _isinstance(lib: Library, call: LibCall) -> Value:
    """`isinstance(obj, Cls)` when the object's class is known: decided."""
    if len(call.args) != 2:
        return Bool(Truth(COMMON, COMMON))
    classes = [a.qualname for c in alternatives(call.args[1])
               for a in (c.items if isinstance(c, Tup) else (c,)) if isinstance(a, ClassRef)]
    if not classes or any(not isinstance(c, (ClassRef, Tup)) for c in alternatives(call.args[1])):
        return Bool(Truth(COMMON, COMMON))
    results: set[bool | None] = set()
    index = lib.interp.index
    # A `typing.Protocol` (`@runtime_checkable`) is matched by shape, not by inheritance.
    protocols = {c: _protocol_members(lib, c) for c in classes}
    for alt in alternatives(call.first):
        if not isinstance(alt, Inst):
            structural = any(m is not None for m in protocols.values())
            results.add(None if structural or not isinstance(alt, (Handle, Func, Const, Seq, Tup, Dict)) else False)
            continue
        mro = index.mro(alt.cls, lib.interp)
        if any(c in mro for c in classes):
            results.add(True)
        elif any(members is not None and members <= _class_names(lib, mro) for members in protocols.values()):
            results.add(True)
        else:
            results.add(False if alt.exact else None)
    if results == {True}:
        return Const(True)
    if results == {False}:
        return Const(False)
    return Bool(Truth(COMMON, COMMON))


def _protocol_members(lib: Library, cls: str) -> frozenset[str] | None:
    """The names a `typing.Protocol` class asks for (its methods and annotated attributes), or None
    when `cls` is no protocol."""
    if lib.interp.members.external_base(cls) not in ("typing.Protocol", "typing_extensions.Protocol"):
        return None
    names: set[str] = set()
    for klass in lib.interp.index.mro(cls, lib.interp):
        info = lib.interp.index.shape(klass)
        if info is not None:
            names.update(n for n, _ in info.methods if not n.startswith("__"))
            names.update(n for n in info.fields if not n.startswith("__"))
    return frozenset(names)


def _class_names(lib: Library, mro: Sequence[str]) -> set[str]:
    """Every name the classes of an MRO define: methods, class attributes, fields, `self.x` stores."""
    names: set[str] = set()
    for klass in mro:
        info = lib.interp.index.shape(klass)
        if info is not None:
            names.update(n for n, _ in info.methods)
            names.update(n for n, _ in info.class_attrs)
            names.update(info.fields)
            names.update(a for a, _, _ in info.self_attrs)
    return names


def _getter(kind: str) -> Callable[[Library, LibCall], Value]:
    def make(lib: Library, call: LibCall) -> Value:
        if kind == "method":
            if call.args and isinstance(call.first, Const) and isinstance(call.first.value, str):
                return Getter("method", (call.first.value,), tuple(call.args[1:]))
            return UNKNOWN
        keys = [a.value for a in call.args if isinstance(a, Const)]
        if len(keys) != len(call.args) or not keys:
            return UNKNOWN
        return Getter(kind, tuple(keys))
    return make


def _replace(lib: Library, call: LibCall) -> Value:
    """`dataclasses.replace(obj, **changes)`, `attrs.evolve(obj, **changes)`: a new object, made here,
    with obj's fields and those changes (kept wherever it is stored, as any object made here)."""
    interp = lib.interp
    alloc = alloc_at(call.fn.module, call.expr)
    changes = {key: v for key, v in call.kwargs if key is not None}
    base_expr = call.expr.args[0].value if call.expr.args else ir.Const(None)
    out: list[Value] = []
    for alt in alternatives(call.first):
        if not isinstance(alt, Inst):
            out.append(alt)
            continue
        shapes = [interp.index.shape(klass) for klass in reversed(interp.index.mro(alt.cls, interp))]
        names = list(dict.fromkeys(f for info in shapes if info is not None for f in info.fields))
        if call.name in ("copy.copy", "copy.deepcopy"):
            # A copy has every attribute the original has, not only the declared fields.
            names = list(dict.fromkeys([*names, *(a for info in shapes if info is not None
                                                  for a, _, _ in info.self_attrs)]))
        values = {name: changes[name] if name in changes else
                  read_attribute(interp, alt, name, base_expr, call.st, call.fn, call.summary, call.closure)
                  for name in names}
        values.update((k, v) for k, v in changes.items() if k not in values)
        made = Inst(alt.cls, alt.exact, tuple(sorted(values.items())), alloc)
        for attr, v in values.items():
            interp.facts_store(made, attr, v, call.st)
        out.append(made)
    return union(out)


def _copy(lib: Library, call: LibCall) -> Value:
    """`copy.copy(obj)`: a new object, made here, with obj's attributes (what is stored on the copy
    is not stored on obj); a list or dict: a new one holding the same."""
    if not call.args:
        return UNKNOWN
    if any(isinstance(a, Inst) for a in alternatives(call.first)):
        return _replace(lib, call)
    out: list[Value] = []
    for alt in alternatives(call.first):
        match alt:
            case Seq() if alt.home:
                out.append(Seq(alt.elem, alt.may_empty, alt.must_empty, alt.empty_why))
            case Dict() if alt.home:
                out.append(Dict(alt.entries, alt.rest))
            case _:
                out.append(alt)
    return union(out)


def _as_list_method(lib: Library, call: LibCall, method: str, args: list[Value]) -> Value | None:
    """The call as the list it is handed first would run `method` (`heappush(h, x)` as
    `h.append(x)`): it grows or shrinks where it lives. None when that is not a list."""
    holder = call.expr.args[0].value
    attr = ir.Attr(holder, method, f"{expr_text(holder)}.{method}")
    return lib.interp.calling.mutate(attr, call.first, args, [], call.st, call.fn, call.summary, call.closure)


def _add_to(lib: Library, call: LibCall) -> Value:
    """`heapq.heappush(h, x)`, `bisect.insort(a, x)`: `x` is added to the list `h` where it lives,
    as `h.append(x)` adds it; `heappushpop` hands back one of the elements."""
    if len(call.args) < 2 or not call.expr.args:
        return lib.unmodelled(call)
    key = call.keyword("key")
    if key is not None:
        lib.apply(call, key, [call.args[1]], None)
    if _as_list_method(lib, call, "append", [call.args[1]]) is None:
        return lib.unmodelled(call)
    return join(element_of(call.first), call.args[1]) if call.name == "heapq.heappushpop" else Const(None)


def _str(lib: Library, call: LibCall) -> Value:
    """`str(x)` of strings it knows (`str(config["task"])`): those strings; of anything else, text
    the analysis need not know."""
    if len(call.args) == 1 and not call.kwargs and all(
            type(a) is Const and isinstance(a.value, str) or type(a) is Unknown and a.why.startswith(PARAM)
            for a in alternatives(call.first)):
        return call.first  # a parameter's text stays the parameter: its callers tell what it is
    return UNKNOWN


def _take_from(lib: Library, call: LibCall) -> Value:
    """`heapq.heappop(h)`: as `h.pop()`, one of its elements, and `h` may be empty after (an empty
    one raises)."""
    if not call.args or not call.expr.args:
        return element_of(call.first) if call.args else UNKNOWN
    got = _as_list_method(lib, call, "pop", [])
    return element_of(call.first) if got is None else got


def _cast(lib: Library, call: LibCall) -> Value:
    return call.args[1] if len(call.args) > 1 else UNKNOWN


def _gather(lib: Library, call: LibCall) -> Value:
    return Tup(tuple(call.args))


def _partial(lib: Library, call: LibCall) -> Value:
    first = call.first
    if isinstance(first, Func):
        return Func(first.qualname, first.bound, first.closure, (*first.partial, *call.args[1:]))
    lib.interp.calling.callbacks(call.args, call.kwargs, call.expr, call.st, call.fn, call.summary)
    return UNKNOWN


def _run_later(lib: Library, call: LibCall) -> Value:
    """`asyncio.to_thread(f, *args)`, `loop.run_in_executor(pool, f, *args)`: f(*args) runs."""
    skip = 1 if call.name.endswith("run_in_executor") else 0
    if len(call.args) <= skip:
        return UNKNOWN
    return lib.apply(call, call.args[skip], call.args[skip + 1:], None)


def _closing(lib: Library, call: LibCall) -> Value:
    """`contextlib.closing(obj)` / `aclosing(obj)`: obj, whose `close()` / `aclose()` runs when the
    `with` ends (counted here, where the block is entered)."""
    if not call.args:
        return UNKNOWN
    name = "aclose" if call.name.endswith("aclosing") else "close"
    base_expr = call.expr.args[0].value if call.expr.args else ir.Const(None)
    for alt in alternatives(call.first):
        if isinstance(alt, Inst):  # a generator's aclose runs its `finally`, which iterating it ran already
            method = read_attribute(lib.interp, alt, name, base_expr, call.st, call.fn, call.summary, call.closure,
                                    call=True)
            lib.interp.calling.call_values(method, call.expr, [], [], call.st, call.fn, call.summary, call.closure)
    return call.first


def _exit_callback(lib: Library, call: LibCall) -> Value:
    """`stack.callback(f, *args)`, `push_async_callback`: f(*args) runs when the stack closes: at the
    end of the `with` block that entered it, where what it wakes is reported (here, if none is seen)."""
    if not call.args:
        return UNKNOWN
    at = _stack_exit(call.fn, call.expr.func)
    ran = LibCall(call.name, ir.Call(call.expr.func, call.expr.args, at.site, at.span, call.expr.text), call.args,
                  call.kwargs, call.st, call.fn, call.summary, call.closure) if at is not None else call
    lib.apply(ran, call.args[0], call.args[1:], None)
    return call.args[0]


def _stack_exit(fn: ir.FunctionIR, func: ir.Expr) -> ir.Exit | None:
    """The normal exit of the `with ... as stack:` block of `fn` that bound `stack` in `stack.callback`."""
    if not isinstance(func, ir.Attr) or not isinstance(func.base, ir.Name):
        return None
    name = func.base.id
    holders: set[str] = set()
    exits: list[ir.Exit] = []
    for block in fn.blocks:
        for op in block.ops:
            if isinstance(op, ir.Assign) and isinstance(op.value, ir.Enter) and isinstance(op.value.holder, ir.Name) \
                    and any(isinstance(t, ir.NameT) and t.id == name for t in op.targets):
                holders.add(op.value.holder.id)
            elif isinstance(op, ir.Eval) and isinstance(op.value, ir.Exit) and not op.value.exceptional:
                exits.append(op.value)
    found = [e for e in exits if isinstance(e.holder, ir.Name) and e.holder.id in holders]
    # Every way out of one block (a `return` inside it too) is an exit of the same `with`.
    return min(found, key=lambda e: e.site) if found and len({e.span for e in found}) == 1 else None


def _type(lib: Library, call: LibCall) -> Value:
    """`type(obj)`: the class of a project object (its class attributes are read and stored there)."""
    if len(call.args) != 1:
        return Ext("builtins.type")
    out: list[Value] = []
    for alt in alternatives(call.first):
        if isinstance(alt, Inst):
            # Not known exactly: any subclass's object may be it.
            subs = () if alt.exact else lib.interp.index.subclasses(alt.cls, lib.interp)
            out.extend(ClassRef(c) for c in (alt.cls, *subs))
        else:
            out.append(UNKNOWN)
    return union(out)


def _object_new(lib: Library, call: LibCall) -> Value:
    """`object.__new__(cls)`: a new object of that class, named by where it is made."""
    alloc = alloc_at(call.fn.module, call.expr)
    return union([Inst(alt.qualname, True, (), alloc) if type(alt) is ClassRef else UNKNOWN
                  for alt in alternatives(call.first)]) if call.args else UNKNOWN


def _type_new(lib: Library, call: LibCall) -> Value:
    """`type.__new__(mcls, name, bases, namespace)` in a metaclass: the class being made, when the
    analysis runs the metaclass for one (Facts.run_metaclass_hooks)."""
    making = lib.interp.making_class
    return ClassRef(making) if making is not None else lost("a class made by a metaclass the analysis did not follow")


def _vars(lib: Library, call: LibCall) -> Value:
    """`vars(cls)`: the class's own namespace (what its body binds, and its dunder strings); of
    anything else, not known."""
    if len(call.args) != 1:
        return UNKNOWN
    return union([lib.class_namespace(alt.qualname) if type(alt) is ClassRef else UNKNOWN
                  for alt in alternatives(call.first)])


def _enter_context(lib: Library, call: LibCall) -> Value:
    """`stack.enter_context(cm)`: cm is entered here, and exited when the stack is (its exit counted here)."""
    if not call.args:
        return UNKNOWN
    is_async = call.name.endswith("enter_async_context")
    calling = lib.interp.calling
    holder = call.expr.args[0].value if call.expr.args else ir.Const(None)
    at = (holder, is_async, call.expr.site, call.expr.span, call.expr.text)
    entered = calling.enter_value(call.first, ir.Enter(*at), call.st, call.fn, call.summary, call.closure)
    calling.exit_value(call.first, ir.Exit(*at), call.st, call.fn, call.summary, call.closure)
    return entered


def _field(lib: Library, call: LibCall) -> Value:
    """A dataclass or attrs field's declaration, as the value an object gets when it is not given one:
    `field(default_factory=list)` is an empty list, `field(default=x)` is x."""
    factory = call.keyword("default_factory") or call.keyword("factory")
    if factory is not None:
        made = lib.apply(call, factory, [], None)
        return UNKNOWN if type(made) is Bottom else made
    default = call.keyword("default")
    if default is not None:
        return default
    return UNKNOWN


def _factory(lib: Library, call: LibCall) -> Value:
    """`attrs.Factory(list)`: what the factory makes."""
    if not call.args:
        return UNKNOWN
    made = lib.apply(call, call.first, [], None)
    return UNKNOWN if type(made) is Bottom else made


def _import_module(lib: Library, call: LibCall) -> Value:
    names = alternatives(call.first)
    if names and all(isinstance(n, Const) and isinstance(n.value, str) for n in names):
        return union([lib.interp.module_value(str(n.value)) for n in names if isinstance(n, Const)])
    lib.lose(call, "a module imported by a name the analysis cannot tell")
    return lost("a module imported by a computed name")


def _namespace(lib: Library, call: LibCall) -> Value:
    """`types.SimpleNamespace(kettles=box)`: an object made here holding its keywords as attributes
    (what is stored on it later, it holds too)."""
    fields = tuple(sorted((k, v) for k, v in call.kwargs if k is not None))
    made = Inst("types.SimpleNamespace", True, fields, alloc_at(call.fn.module, call.expr))
    for attr, value in fields:
        lib.interp.facts_store(made, attr, value, call.st)
    return made


def _loads(lib: Library, call: LibCall) -> Value:
    """`json.loads` / `tomllib.loads` of text the code holds as a constant: the data it holds (parsed
    as data, never run); of any other text, data the analysis does not know."""
    texts = alternatives(call.first) if call.args else ()
    if not texts or not all(type(t) is Const and isinstance(t.value, str) for t in texts):
        return UNKNOWN
    out: list[Value] = []
    for text in texts:
        assert isinstance(text, Const) and isinstance(text.value, str)
        try:
            data = json.loads(text.value) if call.name == "json.loads" else tomllib.loads(text.value)
        except (ValueError, RecursionError):
            return UNKNOWN  # what raises here raises when it runs: whatever follows is not reached
        out.append(_as_value(data, 0))
    return union(out)


_DATA_ITEMS = 64  # items of parsed constant data kept one by one, at most


def _as_value(data: object, depth: int) -> Value:
    if isinstance(data, (str, int, float, bool)) or data is None:
        return Const(data)
    if depth > 4:
        return UNKNOWN
    if isinstance(data, dict) and len(data) <= _DATA_ITEMS:
        return Dict(tuple((k, _as_value(v, depth + 1)) for k, v in data.items()), BOTTOM)
    if isinstance(data, list) and len(data) <= _DATA_ITEMS:
        return Tup(tuple(_as_value(v, depth + 1) for v in data))
    return UNKNOWN


_MODELS: dict[str, Callable[[Library, LibCall], Value]] = {
    "json.loads": _loads, "tomllib.loads": _loads, "tomli.loads": _loads, "types.SimpleNamespace": _namespace,
    "datetime.timedelta": _timedelta, "timedelta": _timedelta,
    "builtins.len": _len, "builtins.bool": _bool, "builtins.any": _any_all, "builtins.all": _any_all,
    "builtins.sum": _sum, "builtins.enumerate": _enumerate, "builtins.zip": _zip, "builtins.map": _map,
    "builtins.filter": _filter, "builtins.sorted": _sorted, "builtins.reversed": _sorted,
    "builtins.min": _min_max, "builtins.max": _min_max, "functools.reduce": _reduce,
    "builtins.list": _sequence, "builtins.tuple": _sequence, "builtins.set": _sequence,
    "builtins.frozenset": _sequence, "builtins.next": _next, "builtins.anext": _next, "builtins.dict": _dict,
    "builtins.getattr": _getattr, "builtins.setattr": _setattr, "builtins.isinstance": _isinstance,
    "operator.attrgetter": _getter("attr"), "operator.itemgetter": _getter("item"),
    "operator.methodcaller": _getter("method"),
    "copy.copy": _copy, "copy.deepcopy": _copy,
    "dataclasses.replace": _replace, "attrs.evolve": _replace, "attr.evolve": _replace, "copy.replace": _replace,
    "logging.getLogger": lambda lib, call: Ext("logging.Logger"),  # its methods keep nothing they are handed
    "asyncio.get_running_loop": lambda lib, call: Ext("asyncio.AbstractEventLoop"),
    "asyncio.get_event_loop": lambda lib, call: Ext("asyncio.AbstractEventLoop"),
    "asyncio.AbstractEventLoop.run_in_executor": _run_later,
    "typing.cast": _cast, "asyncio.gather": _gather, "functools.partial": _partial,
    "asyncio.to_thread": _run_later, "importlib.import_module": _import_module, "builtins.type": _type,
    "builtins.vars": _vars, "collections.defaultdict": _defaultdict, "collections.Counter": _counter,
    "contextvars.ContextVar": _context_var, "builtins.object.__new__": _object_new,
    "builtins.type.__new__": _type_new,
    "contextlib.ExitStack.enter_context": _enter_context,
    "dataclasses.field": _field, "attrs.field": _field, "attr.ib": _field, "attr.field": _field,
    "attrs.Factory": _factory, "attr.Factory": _factory, "pydantic.Field": _field,
    "contextlib.AsyncExitStack.enter_async_context": _enter_context,
    "contextlib.AsyncExitStack.enter_context": _enter_context,
    "contextlib.closing": _closing, "contextlib.aclosing": _closing,
    "contextlib.ExitStack.callback": _exit_callback, "contextlib.AsyncExitStack.callback": _exit_callback,
    "contextlib.AsyncExitStack.push_async_callback": _exit_callback,
    # Iterator building blocks: what they yield is what they were given, rearranged.
    "itertools.chain": _chain, "itertools.chain.from_iterable": _chain_from_iterable,
    "itertools.islice": _same_elements(0), "itertools.cycle": _same_elements(0),
    "itertools.compress": _same_elements(0), "itertools.takewhile": _same_elements(1, apply_first=True),
    "itertools.dropwhile": _same_elements(1, apply_first=True),
    "itertools.filterfalse": _same_elements(1, apply_first=True),
    "itertools.pairwise": _of_elements(lambda e: Tup((e, e))),
    "itertools.combinations": _of_elements(lambda e: Seq(e, False, False)),
    "itertools.combinations_with_replacement": _of_elements(lambda e: Seq(e, False, False)),
    "itertools.permutations": _of_elements(lambda e: Seq(e, False, False)),
    "itertools.batched": _of_elements(lambda e: Seq(e, False, False)),
    "itertools.product": _product, "itertools.zip_longest": _zip_longest, "itertools.starmap": _starmap,
    "itertools.accumulate": _accumulate, "itertools.groupby": _groupby, "itertools.tee": _tee,
    "builtins.range": _range, "itertools.repeat": _repeat,
    # The awaitables handed over run (their coroutines are counted where they were made); what
    # comes back is the library's tasks.
    "asyncio.wait": _tasks(pair=True), "asyncio.as_completed": _tasks(pair=False),
    "collections.deque": _sequence, "collections.OrderedDict": _dict,
    # Queues: what is put in comes out of get (to the analysis, a list).
    "asyncio.Queue": _queue, "asyncio.LifoQueue": _queue, "asyncio.PriorityQueue": _queue,
    "queue.Queue": _queue, "queue.LifoQueue": _queue, "queue.PriorityQueue": _queue, "queue.SimpleQueue": _queue,
    "multiprocessing.Queue": _queue, "janus.Queue": _queue,
    # Events: to the analysis, a list that holds a True once `set()` (is_set: whether it holds one).
    "asyncio.Event": _queue, "threading.Event": _queue, "multiprocessing.Event": _queue,
    "random.choice": _element(0), "random.sample": _same_elements(0), "secrets.choice": _element(0),
    "heapq.heappush": _add_to, "heapq.heappushpop": _add_to, "bisect.insort": _add_to,
    "bisect.insort_left": _add_to, "bisect.insort_right": _add_to,
    "heapq.heappop": _take_from, "builtins.str": _str, "heapq.heapreplace": _element(0),
    "heapq.nlargest": _nlargest, "heapq.nsmallest": _nlargest, "heapq.merge": _chain,
}


def read_attribute(interp: Interpreter, obj: Value, name: str, base_expr: ir.Expr, st: State, fn: ir.FunctionIR,
                   summary: Summary, closure: dict[str, Value], call: bool = False) -> Value:
    """`obj.name` read by library code (`getattr`, `attrgetter`): as the attribute expression would be."""
    expr = ir.Attr(base_expr, name, f"{getattr(base_expr, 'text', None) or getattr(base_expr, 'id', '')}.{name}")
    names = interp.members.attr_names(expr, obj, fn)
    if not call:
        modelled = interp.model(names, call=False)
        if modelled.value is not None and not interp.members.is_method(obj, name):
            return modelled.value
    return interp.members.attribute(obj, expr, st, fn, summary, closure)


_VIEW_ITEMS = 8  # entries of a dict whose `items()` and `keys()` are known one by one, at most


def _keys_of(d: Dict) -> Value:
    """Any key of `d`: its constant keys, and an unknown for the keys it may hold besides."""
    keys: list[Value] = [Const(k) for k, _ in d.entries if isinstance(k, (str, int, EnumMember)) or k is None]
    if type(d.rest) is not Bottom or len(keys) < len(d.entries):
        keys.append(UNKNOWN)
    return union(keys) if keys else UNKNOWN


def collection_call(base: Value, method: str, args: list[Value]) -> Value:
    """`d.values()`, `xs.copy()`, `d.get(k)` and friends on a known collection."""
    if type(base) is Union:  # one of several dicts (the entries of a table): each answers for itself
        return union([collection_call(alt, method, args) for alt in alternatives(base)])
    if isinstance(base, Empty):
        return base if method in ("items", "keys", "values", "copy") else UNKNOWN
    if method in ("items", "keys", "values") and isinstance(base, Dict) and empty_reasons(base) is not None:
        return Seq(BOTTOM, True, True)  # a view of a dict that holds nothing
    match method:
        case "values" | "copy" if isinstance(base, Dict):
            values = dict_values(base)
            return Seq(values, True, False) if method == "values" else base
        case "items" | "keys" if isinstance(base, Dict) and type(base.rest) is Bottom and \
                0 < len(base.entries) <= _VIEW_ITEMS and \
                all(isinstance(k, (str, int, EnumMember)) for k, _ in base.entries):
            # A few known entries: each key with its own value (`{k: w.handle for k, w in d.items()}`).
            return Tup(tuple(Tup((Const(k), v)) if method == "items" else Const(k) for k, v in base.entries))
        case "items" if isinstance(base, Dict):
            return Seq(Tup((_keys_of(base), dict_values(base))), True, False)
        case "keys" if isinstance(base, Dict):
            return Seq(_keys_of(base), True, False)
        case "keys":
            return Seq(UNKNOWN, True, False)
        case "get" | "pop" | "setdefault" if isinstance(base, Dict):
            keys = const_keys(args[0]) if args else None
            if keys is not None:
                return dict_lookup(base, keys, args[1] if len(args) > 1 else Const(None))
            return join(dict_values(base), args[1] if len(args) > 1 else Const(None))
        case "copy":
            return as_seq(base) if isinstance(base, Tup) else base
        case "is_set" | "wait":
            return Bool(as_truth(base))  # an event; a thread's `wait(timeout)` answers whether it was set
        case "pop" | "popleft" | "index" | "get" | "get_nowait":
            return element_of(base) if method != "index" else UNKNOWN  # a queue's get is a list's pop
        case _:
            return UNKNOWN


def _carries_project(v: Value, depth: int) -> bool:
    """Whether `v` is, or holds, an object, function or handle of the project's."""
    for alt in alternatives(v):
        if type(alt) in (Inst, Func, Handle, HandleMethod, Gen):
            return True
        if depth < 2 and type(alt) in (Seq, Tup, Dict) and _carries_project(
                dict_values(alt) if type(alt) is Dict else element_of(alt), depth + 1):
            return True
    return False


def _first_empty(values: Sequence[Value]) -> frozenset[str] | None:
    for v in values:
        reasons = empty_reasons(v)
        if reasons is not None:
            return reasons
    return None


def _copy_seq(v: Value) -> Value:
    if isinstance(v, Empty):
        return v
    if isinstance(v, Seq):
        return Seq(v.elem, v.may_empty, v.must_empty, v.empty_why) if v.home else v
    if isinstance(v, Tup):
        return as_seq(v)
    if isinstance(v, Dict):
        return Seq(UNKNOWN, not v.entries, False)
    out = [_copy_seq(a) for a in alternatives(v)] if len(alternatives(v)) > 1 else None
    if out is not None:
        return union(out)
    if isinstance(v, Unknown) and v.why:
        return Seq(v, True, False)
    return Seq(UNKNOWN, True, False)


def _map_seq(v: Value, f: Callable[[Value], Value]) -> Value:
    reasons = empty_reasons(v)
    if isinstance(v, Empty):
        return v
    if reasons is not None:
        return Seq(BOTTOM, True, True, reasons)
    return Seq(f(element_of(v)), True, False)

