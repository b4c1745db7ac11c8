"""Calls on resources: configured factories and sinks of each resource, and the built-in library models at work.

The interpreter asks `Wakes.lookup` what a call's names are (a library factory, a
library function, a method of a library class a project class extends, a decorator
that makes a library object); `Wakes.call`, `method`, `call_handle`, `attribute` and
`evaluated` then do what the model says: record a wake of the right resource with the
audit's label, and hand back the object the library would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.libmodels import Call, Catalogue, Factory, Kind, catalogue, http_label, shorten
from wakecheck.analysis.values import UNKNOWN, Const, Ext, Handle, HandleMethod, Inst, Value, alternatives
from wakecheck.resources import Resources

if TYPE_CHECKING:
    from wakecheck.analysis.flow import State
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.analysis.reach import Summary

_DJANGO_MODEL = "django.Model"


@dataclass(frozen=True, slots=True)
class LibEntry:
    """What a call's name is to the models: a factory, a function acting as a method, a method of a
    library class (reached through a project subclass), or a decorator that makes a library object."""

    name: str
    factory: Factory | None = None
    call: Call | None = None
    kind: str = ""  # a method of this kind (`method`), or what the decorator makes
    method: str = ""
    passes: bool = False  # a statement builder whose value is its first argument


class Wakes:
    """The resources of a run and the library models in use, applied to calls."""

    def __init__(self, interp: Interpreter, resources: Resources) -> None:
        self.interp = interp
        self.resources = resources
        self.catalogue: Catalogue = catalogue(tuple(name for name, _ in resources.by_model))

    # -- names ---------------------------------------------------------------------------------
    def lookup(self, names: Sequence[str]) -> LibEntry | None:
        cat = self.catalogue
        if not cat.kinds:
            return None
        for name in names:
            found = cat.factories.get(name)
            if found is not None:
                return LibEntry(name, factory=found)
            call = cat.calls.get(name)
            if call is not None:
                return LibEntry(name, call=call)
            made = cat.decorators.get(name)
            if made is not None:
                return LibEntry(name, kind=made)
            if name in cat.passes:
                return LibEntry(name, passes=True)
            base, _, method = name.rpartition(".")
            kind = cat.by_base.get(base)
            if kind is not None:
                return LibEntry(name, kind=kind, method=method)
        return None

    def resource_of(self, kind: Kind) -> str:
        return self.resources.of_model(kind.model) or ""

    # -- calls -----------------------------------------------------------------------------------
    def call(self, entry: LibEntry, expr: ir.Call, args: list[Value], kwargs: list[tuple[str | None, Value]],
             st: State, fn: ir.FunctionIR, summary: Summary) -> Value:
        cat = self.catalogue
        if entry.passes:
            return args[0] if args else UNKNOWN
        if entry.factory is not None:
            factory = entry.factory
            kind = cat.kinds[factory.kind]
            resource = self.resource_of(kind)
            if _opens(factory, args, kwargs):
                self.sink(expr, expr.text.rsplit(".", 1)[-1], kind, resource, args, st, fn, summary,
                          wake=f"{shorten(expr.text)}()")
            target = _argument(args, kwargs, factory.base_url) if factory.base_url else ""
            return Handle(entry.name, resource, kind.name, target)
        if entry.call is not None:
            kind = cat.kinds[entry.call.kind]
            return self.method(Handle(entry.name, self.resource_of(kind), kind.name), entry.call.method, expr, args,
                               kwargs, st, fn, summary, entry.call.label_arg)
        if entry.method:
            kind = cat.kinds[entry.kind]
            return self.method(Handle(entry.name, self.resource_of(kind), kind.name), entry.method, expr, args,
                               kwargs, st, fn, summary)
        return Ext(entry.name)  # a decorator called with its options: the decorator itself (see `decorated`)

    def method(self, handle: Handle, method: str, expr: ir.Call, args: list[Value],
               kwargs: list[tuple[str | None, Value]], st: State, fn: ir.FunctionIR, summary: Summary,
               label_arg: int | None = None) -> Value:
        """`handle.method(*args)` for a library object: a wake, and what it returns."""
        kind = self.catalogue.kinds.get(handle.kind)
        if kind is None:
            return UNKNOWN
        if kind.label == "http":
            self.request(handle, method, expr, args, kwargs, st, fn, summary, label_arg)
            return UNKNOWN
        waking = kind.wakes_on(method) and method not in self.resources.get(handle.resource).quiet_methods
        if waking:
            self.sink(expr, method, kind, handle.resource, args, st, fn, summary, label_arg=label_arg or 0)
        return self.made(handle, kind.returned(method, waking))

    def made(self, handle: Handle, kind: str) -> Value:
        """The object a library call hands back: a handle of `kind`, or a project model's instance."""
        if not kind:
            return UNKNOWN
        if kind == _DJANGO_MODEL and handle.target:
            return Inst(handle.target, False)  # a row of this model: its own methods are the project's
        return Handle(handle.factory, handle.resource, kind, handle.target)

    def call_handle(self, handle: Handle, expr: ir.Call, args: list[Value], st: State, fn: ir.FunctionIR,
                    summary: Summary) -> Value:
        """`handle(...)`: a session factory makes a session, a Modal class an object, a script runs."""
        kind = self.catalogue.kinds.get(handle.kind)
        if kind is None:
            return UNKNOWN
        if kind.call_wakes:
            self.sink(expr, "__call__", kind, handle.resource, args, st, fn, summary)
        return self.made(handle, kind.call)

    def attribute(self, handle: Handle, attr: str) -> Value:
        """`handle.attr`: a bound method, or the object an attribute holds (`db.session`, a Modal method)."""
        kind = self.catalogue.kinds.get(handle.kind) if handle.kind else None
        if kind is not None and kind.attrs:
            attrs = dict(kind.attrs)
            held = attrs.get(attr) or attrs.get("*")
            if held is not None:
                return Handle(handle.factory, handle.resource, held, handle.target)
        return HandleMethod(handle, attr)

    def decorated(self, decorator: Value) -> Value | None:
        """What a library decorator makes of a function or class (`@app.function` a Modal function)."""
        if type(decorator) is not Ext:
            return None
        made = self.catalogue.decorators.get(decorator.name)
        if made is None:
            return None
        return Handle(decorator.name, self.resource_of(self.catalogue.kinds[made]), made)

    def class_attribute(self, cls: str, attr: str) -> Value | None:
        """`Model.objects` on a project class extending a library one (a Django model's manager)."""
        if not self.catalogue.class_attrs:
            return None
        base = self.interp.members.external_base(cls)
        kind = self.catalogue.class_attrs.get((base, attr)) if base is not None else None
        if kind is None:
            return None
        return Handle(f"{cls}.{attr}", self.resource_of(self.catalogue.kinds[kind]), kind, cls)

    # -- lazy objects evaluated ------------------------------------------------------------------
    def lazy(self, value: Value) -> list[Handle]:
        """The handles in `value` that run a query when evaluated (a QuerySet)."""
        if not self.catalogue.kinds:
            return []
        out = []
        for alt in alternatives(value):
            if type(alt) is Handle and alt.kind:
                kind = self.catalogue.kinds.get(alt.kind)
                if kind is not None and kind.evaluates:
                    out.append(alt)
        return out

    def evaluated(self, handles: list[Handle], shown: str, expr: ir.Call, st: State, fn: ir.FunctionIR,
                  summary: Summary) -> Value:
        """Lazy handles evaluated here (`for`, `len`, `list`, `if qs:`): one wake, and their rows.

        `shown` is how the evaluation reads as a call (`bool(due)`, `iter(due[:50])`): it names
        the wake, and the place in the audit, which has no call of its own there.
        """
        at = ir.Call(expr.func, expr.args, expr.site, expr.span, shorten(shown))
        rows: Value | None = None
        for handle in handles:
            kind = self.catalogue.kinds[handle.kind]
            self.sink(at, "evaluate", kind, handle.resource, [], st, fn, summary, wake=at.text)
            row = self.made(handle, _DJANGO_MODEL) if kind.name == "django.QuerySet" else UNKNOWN
            rows = row if rows is None else UNKNOWN
        return rows if rows is not None else UNKNOWN

    # -- recording -------------------------------------------------------------------------------
    def request(self, handle: Handle, method: str, expr: ir.Call, args: list[Value],
                kwargs: list[tuple[str | None, Value]], st: State, fn: ir.FunctionIR, summary: Summary,
                label_arg: int | None) -> None:
        """An HTTP request: a wake of the resource whose `urls` its URL matches, if any."""
        if method in ("request", "stream"):
            verb = _argument(args, kwargs, ("method", 0))
            at = 1 if label_arg is None else label_arg
        else:
            verb, at = method, 0 if label_arg is None else label_arg
        url = _argument(args, kwargs, ("url", at))
        if not url or not verb:
            return
        if "://" not in url and handle.target:
            url = handle.target.rstrip("/") + "/" + url.lstrip("/")
        resource = self.resources.for_url(url)
        if resource is None:
            return
        kind = self.catalogue.kinds[handle.kind]
        self.sink(expr, method, kind, resource.key, args, st, fn, summary, wake=http_label(verb, url))

    def sink(self, expr: ir.Call, method: str, kind: Kind, resource: str, args: Sequence[Value], st: State,
             fn: ir.FunctionIR, summary: Summary, *, wake: str | None = None, label_arg: int = 0) -> None:
        if wake is None:
            wake = _label(kind, method, expr, args, label_arg)
        self.interp.calling.record_sink(expr, method, [], [], st, fn, summary, resource=resource, wake=wake)


def expr_text(expr: ir.Expr) -> str:
    """An expression as written, where the lowering kept it (a call's callee, an attribute chain, a name)."""
    return str(getattr(expr, "text", None) or getattr(expr, "id", None) or "…")


def _label(kind: Kind, method: str, expr: ir.Call, args: Sequence[Value], label_arg: int) -> str:
    """How the audit names a wake: a query by its SQL, a command by its name, a call as a call."""
    first = args[label_arg] if len(args) > label_arg else None
    text = first.value if isinstance(first, Const) and isinstance(first.value, str) else None
    match kind.label:
        case "query" if text:
            return shorten(text)
        case "command":
            return method.upper() + (f" {shorten(text, 40)}" if text else "")
        case _:
            return f"{shorten(expr.text)}()"


def _argument(args: Sequence[Value], kwargs: Sequence[tuple[str | None, Value]], where: tuple[str, int]) -> str:
    """A string argument given by keyword or position (-1: keyword only), or ""."""
    keyword, position = where
    value = next((v for k, v in kwargs if k == keyword), None)
    if value is None and 0 <= position < len(args):
        value = args[position]
    return value.value if isinstance(value, Const) and isinstance(value.value, str) else ""


def _opens(factory: Factory, args: Sequence[Value], kwargs: Sequence[tuple[str | None, Value]]) -> bool:
    """Whether making this object connects: always, never, or unless its minimum size is 0 (or
    it is told not to open)."""
    if factory.wakes:
        return True
    if factory.size is None:
        return False
    if factory.lazy_flag:
        flag = next((v for k, v in kwargs if k == factory.lazy_flag), None)
        if isinstance(flag, Const) and flag.value is False:
            return False
    keyword, position = factory.size
    size = next((v for k, v in kwargs if k == keyword), None)
    if size is None and 0 <= position < len(args):
        size = args[position]
    if size is None:
        return factory.default_size > 0
    # A size that is not a known number may be anything: the pool may connect.
    return not (isinstance(size, Const) and size.value == 0)
