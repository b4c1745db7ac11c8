"""Calls: what a call site runs, what it returns, and what the callee leaves behind.

A call of a project function analyses it in the calling context (interp.analyze) and
lifts the sinks it reaches to the caller, one chain frame more. What the callee
stored on the objects its caller passed it (`self.client = ...` in `connect()`) is
known to the caller afterwards, along that path. A generator function's call makes a
generator object (Gen) whose body runs where it is iterated; `with` runs `__enter__`
and `__exit__` (or a `@contextmanager` generator's body); methods that fill a list or
dict (`append`, `update`, `setdefault`, item stores) grow it where it lives.

What it does not follow: a call of something unknown adds no sink, and says so (WC003)
when what is unknown may have been the project's own; a value stored by a callee on
an object reached from an argument other than the receiver is known through the
facts only, not along the path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.facts import DISPATCHERS, param_owner
from wakecheck.analysis.library import NEVER, collection_call
from wakecheck.analysis.flow import State, join_env, yielded
from wakecheck.analysis.members import COLLECTION_METHODS, CollMethod, Super, field_of, with_field, without_field
from wakecheck.analysis.operations import detail
from wakecheck.analysis.reach import (
    GHOST, LIVE, ONCE, Hit, Rearm, Reach, Summary, Trail, combine, join_reach, keep_best, lift_ghosts,
)
from wakecheck.analysis.values import (
    NEW, EnumMember, BOTTOM, PARAM, UNKNOWN, Bottom, ClassRef, Clock, Const, Dict, Empty, Ext, Func, Gen, Getter,
    Handle, HandleMethod, Inst, ItemLoc, Loc, Seq, Tup, Union, Unknown, Value, alloc_at, alternatives, as_key, as_seq,
    element_of, empty_reasons, dict_values, join, lost, union,
)
from wakecheck.analysis.wakes import expr_text
from wakecheck.analysis.writes import BODY_NAME, EMPTYING, MUTATORS, filled_name
from wakecheck.model import ChainFrame, Span

if TYPE_CHECKING:
    from wakecheck.analysis.interp import Interpreter

_REARM_METHODS = frozenset({"set_alarm", "setAlarm"})
_ATTR, _NAME = ir.Attr, ir.Name
_LOCAL = ir.Scope.LOCAL
_STATICMETHOD, _METHOD, _PROPERTY = ir.FuncKind.STATICMETHOD, ir.FuncKind.METHOD, ir.FuncKind.PROPERTY
_MAY_HOLD_FUNC = frozenset({Func, Seq, Tup, Union, Gen, HandleMethod, Dict})  # what callbacks looks into
_NONE = Const(None)
_TRUE = Const(True)
_SHRINKERS = frozenset({"pop", "popleft", "remove", "discard", "clear"})
# A call of a function already under way in other contexts as deep as followed: what this one
# would reach through its own arguments (the next handler of a chain) is not followed.
DEEPER = lost("the result of a call nested deeper in the same function than the analysis follows")
_STARTS_TASK = frozenset({"create_task", "ensure_future", "run_coroutine_threadsafe", "start_soon"})


@dataclass(frozen=True, slots=True)
class Handed:
    """Where the caller read the arguments it passes from (for what the callee leaves on them):
    each positional argument's expression (None: spread from `*args`), and the keyword ones'."""

    positional: tuple[ir.Expr | None, ...] = ()
    keywords: tuple[tuple[str, ir.Expr], ...] = ()


NOT_HANDED = Handed()


class Calls:
    """Evaluates calls for the interpreter: resolution, invocation, protocol calls, container growth."""

    def __init__(self, interp: Interpreter) -> None:
        self.interp = interp
        self.index = interp.index
        self.config = interp.config
        self.callee_base: Value | None = None  # handed from `call` to the `call_value` it makes
        self._base_run: Func | None = None  # a singledispatch function's base, run as itself (not again dispatched)

    # -- a call site ------------------------------------------------------------------------------
    def call(self, expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,  # noqa: C901
             closure: dict[str, Value]) -> Value:
        interp = self.interp
        callee, names, base = self.callee(expr.func, st, fn, summary, closure)
        args: list[Value] = []
        kwargs: list[tuple[str | None, Value]] = []
        positional: list[ir.Expr | None] = []  # where each positional argument was read from
        keywords: list[tuple[str, ir.Expr]] = []
        open_star: Value | None = None  # the element of a `*xs` whose length is not known
        # A task is started, not waited for (`create_task(worker(queue))`): the coroutine made here runs
        # later, and a wait in it that never ends on an idle tick does not stop the caller.
        detached = (st.reach, st.dead) if any(n.rpartition(".")[2] in _STARTS_TASK for n in names) else None
        for arg in expr.args:
            v = interp.eval(arg.value, st, fn, summary, closure)
            if detached is not None:
                st.reach, st.dead = detached
            if arg.star == 1:
                spread = self.spread(v, expr, st, fn, summary)
                if open_star is None and len(spread) == 1 and not any(type(a) is Tup for a in alternatives(v)):
                    open_star = spread[0]
                args.extend(spread)
                positional.extend([None] * len(spread))
            elif arg.star == 2 or arg.keyword is not None:
                kwargs.append((arg.keyword if arg.star == 0 else None, v))
                if arg.keyword is not None and arg.star == 0:
                    keywords.append((arg.keyword, arg.value))
            else:
                args.append(v)
                positional.append(arg.value)
        if open_star is not None:
            # `f(*xs)`, the length of `xs` not known: each positional parameter left may be one of its
            # elements (one argument for all of them would leave the others without a value).
            more = self.positional_room(callee, len(args))
            args.extend([open_star] * more)
            positional.extend([None] * more)
        paths = Handed(tuple(positional), tuple(keywords))
        if st.dead:
            return BOTTOM
        func = expr.func
        receiver: ir.Expr | None = None
        if type(func) is _ATTR:
            if func.attr in MUTATORS and base is not None:
                result = self.mutate(func, base, args, kwargs, st, fn, summary, closure)
                if result is not None:
                    return result
            if func.attr in _REARM_METHODS and args and st.reach.level == LIVE:
                self.note_rearm(args[0], expr, fn, summary)
            if func.attr == "_replace" and base is not None and any(type(a) is Inst for a in alternatives(base)):
                return _replaced(base, kwargs)
            receiver = func.base
            if isinstance(base, Super) and fn.params:
                # `super().__init__(...)`: what the base class's method stores on self, this one's self holds.
                receiver = ir.Name(fn.params[0].name, _LOCAL)
        alts = alternatives(callee) if type(callee) is Union else (callee,)
        for alt in alts:  # the callee's own names too (`_value_names`)
            kind = type(alt)
            extra = (alt.qualname if kind is Func or kind is ClassRef  # type: ignore[union-attr]
                     else alt.name if kind is Ext else None)  # type: ignore[union-attr]
            if extra is not None and extra not in names:
                names = [*names, extra]
        modelled = interp.model(names, call=True)
        if modelled.sink is not None:
            self.record_sink(expr, modelled.sink, args, kwargs, st, fn, summary, resource=modelled.resource)
            return UNKNOWN
        if modelled.value is not None:
            if type(modelled.value) is Empty and len(alts) == 1 and type(alts[0]) is Func:
                # A project function empty on idle still runs: the query that finds no work
                # (`claim_due_jobs()`) wakes what it asks; only what it returns is empty.
                self.call_value(alts[0], expr, args, kwargs, st, fn, summary, closure, receiver, paths)
                st.dead = False
            return modelled.value
        if modelled.blocks is not None:
            # A wait for work: on an idle tick it never returns, so what follows is cut off, as
            # after a guard that raises (followed as a ghost only to explain the NO verdict).
            if not interp.ghosts:
                st.dead = True
                return BOTTOM
            st.reach = Reach(GHOST, (st.reach.why if st.reach.level == GHOST else frozenset()) | {modelled.blocks})
            return UNKNOWN
        if modelled.lib is not None:
            return interp.wakes.call(modelled.lib, expr, args, kwargs, st, fn, summary)
        self.callee_base = base
        out = self.call_alternatives(alts, expr, args, kwargs, st, fn, summary, closure, receiver, paths)
        if out is NEVER:
            st.dead = True
            return BOTTOM
        return UNKNOWN if type(out) is Bottom else out

    def callee(self, func: ir.Expr, st: State, fn: ir.FunctionIR, summary: Summary,
               closure: dict[str, Value]) -> tuple[Value, Sequence[str], Value | None]:
        """The called value, its names (the model is not applied to it), and for `x.m` the value of `x`."""
        interp = self.interp
        match func:
            case ir.Attr():
                base = interp.eval(func.base, st, fn, summary, closure)
                return (interp.members.attribute(base, func, st, fn, summary, closure),
                        interp.members.attr_names(func, base, fn), base)
            case ir.Name(scope=ir.Scope.GLOBAL):
                value = interp.name_value(func, st, fn, closure)
                return value, [f"{fn.module}.{func.id}"], None
            case ir.Name():
                return interp.eval(func, st, fn, summary, closure), [func.id], None
            case _:
                return interp.eval(func, st, fn, summary, closure), [], None

    def call_value(self, callee: Value, expr: ir.Call, args: list[Value],  # noqa: C901
                   kwargs: list[tuple[str | None, Value]], st: State, fn: ir.FunctionIR,
                   summary: Summary, closure: dict[str, Value], receiver: ir.Expr | None = None,
                   paths: Handed = NOT_HANDED) -> Value:
        interp = self.interp
        base, self.callee_base = self.callee_base, None  # `x` of the `x.m(...)` being called, if any
        match callee:
            case HandleMethod():
                interp.handle_methods.add(callee.method)
                handle = callee.handle
                if handle.kind:
                    return interp.wakes.method(handle, callee.method, expr, args, kwargs, st, fn, summary)
                if callee.method not in interp.wakes.resources.get(handle.resource).quiet_methods:
                    self.record_sink(expr, callee.method, args, kwargs, st, fn, summary, resource=handle.resource)
                return UNKNOWN
            case Handle() if callee.kind:
                return interp.wakes.call_handle(callee, expr, args, st, fn, summary)
            case Func():
                target = self.index.function(callee.qualname)
                if target is None:
                    return UNKNOWN
                if target.decorators and callee is not self._base_run and DISPATCHERS.intersection(
                        d.split("(")[0].rsplit(".", 1)[-1] for d in target.decorators):
                    chosen = self.dispatched(callee, target, args)
                    if chosen != [callee]:
                        # The base function among them runs as itself: dispatched again, it would
                        # choose the same ones for the same argument, without end.
                        base = Func(callee.qualname, callee.bound, callee.closure, callee.partial)
                        chosen = [base if c == callee else c for c in chosen]
                        saved, self._base_run = self._base_run, base
                        try:
                            return self.call_alternatives(chosen, expr, args, kwargs, st, fn, summary, closure,
                                                          receiver, paths)
                        finally:
                            self._base_run = saved
                if target.is_generator:
                    return Gen(callee, tuple(args), tuple(kwargs))
                bound = callee.bound
                if receiver is None and type(bound) is Inst:
                    bound = self.same_self(bound, st, fn)
                return self.invoke(target, bound, [*callee.partial, *args], kwargs,
                                   self.cells_now(callee.closure, target, st, fn), st, fn, summary, expr.site,
                                   expr.text, expr.span,
                                   receiver=receiver if callee.bound is not None else None,
                                   paths=NOT_HANDED if callee.partial else paths)
            case ClassRef():
                return self.construct(callee.qualname, args, kwargs, st, fn, summary, expr)
            case Ext():
                undefined = isinstance(expr.func, ir.Name) and (fn.module, expr.func.id) in interp.undefined
                if undefined:
                    self.record_unresolved(expr, st, fn, summary, "it calls a name defined nowhere in the project")
                if interp.calls is not None:
                    if undefined:
                        interp.calls.unresolved(fn, expr.span, expr.text)
                    else:
                        interp.calls.external(fn, expr.span, callee.name)
                if callee.name == "builtins.super" and not args and fn.class_qualname and fn.params:
                    inst = st.env.get(fn.params[0].name, UNKNOWN)
                    if isinstance(inst, (Inst, ClassRef)):
                        return Super(fn.class_qualname, inst)  # type: ignore[return-value]
                if callee.name == "builtins.super" and len(args) == 2 and type(args[0]) is ClassRef \
                        and isinstance(args[1], (Inst, ClassRef)):
                    return Super(args[0].qualname, args[1])  # type: ignore[return-value]  # `super(Master, self)`
                mixed = self.mapping_mixin(callee.name, base, args, kwargs, expr, st, fn, summary, closure)
                if mixed is not None:
                    return mixed
                return interp.library.external(callee.name, expr, args, kwargs, st, fn, summary, closure)
            case CollMethod() if callee.method in MUTATORS and not (
                    isinstance(expr.func, ir.Attr) and expr.func.attr == callee.method):
                # A list's bound method called where it was handed (`map(jobs.append, found)`, a
                # callback list of `sink.append`): it grows where it lives.
                grown = self.grown(callee.method, callee.base, args, kwargs)
                if grown is not None and interp.stores_count(st):
                    interp.facts.store_in_homes(callee.base, grown[0])
                return UNKNOWN
            case CollMethod() if type(callee.base) is ClassRef and callee.method == "__subclasses__":
                return self.direct_subclasses(callee.base)
            case CollMethod():
                if callee.method in ("get", "get_nowait") and isinstance(expr.func, ir.Attr) and all(
                        type(c) is Seq and c.must_empty for c in alternatives(callee.base)):
                    return self.raises_when_empty(expr.func, alternatives(callee.base), st)  # a queue
                return interp.library.collection_call(callee.base, callee.method, args, kwargs, expr, st, fn,
                                                      summary)
            case Inst():
                call = interp.members.class_member(callee.cls, "__call__", callee, exact=callee.exact)
                if call is not None:
                    return self.call_values(call, expr, args, kwargs, st, fn, summary, closure)
                return UNKNOWN
            case Getter():
                return interp.library.apply_getter(callee, args, expr, st, fn, summary, closure)
            case Unknown() if callee.why:
                self.note_blind(expr.func, fn, base, closure)
                lost_here = self.is_lost(callee, expr.func, fn, base)
                self.callbacks(args, kwargs, expr, st, fn, summary)
                if lost_here:
                    self.record_unresolved(expr, st, fn, summary, f"what it calls comes from {callee.why}")
                if interp.calls is not None:
                    interp.calls.unresolved(fn, expr.span, expr.text)
                return UNKNOWN
            case _:
                self.note_blind(expr.func, fn, base, closure)
                self.callbacks(args, kwargs, expr, st, fn, summary)
                if self.is_unresolved(expr.func, callee, fn):
                    self.record_unresolved(expr, st, fn, summary, "")
                if interp.calls is not None and isinstance(callee, (Unknown, Bottom)):
                    interp.calls.unresolved(fn, expr.span, expr.text)
                return UNKNOWN

    def direct_subclasses(self, base: ClassRef) -> Value:
        """`Sensor.__subclasses__()`: the classes naming it as a base, each module that may define one
        loaded first (a class deriving from it through another of them is not one)."""
        found = self.interp.facts.subclasses_loaded(base.qualname)
        if found is None:
            return lost(f"the subclasses of `{base.qualname}`, too many to follow")
        index = self.index
        direct = [c for c in sorted(found)
                  if not any(other in index.mro(c, self.interp)[1:] for other in found if other != c)]
        return Seq(BOTTOM, True, True) if not direct else Tup(tuple(ClassRef(c) for c in direct))

    def dispatched(self, callee: Func, target: ir.FunctionIR, args: Sequence[Value]) -> list[Value]:
        """What a `functools.singledispatch` function (or `singledispatchmethod`) runs for these arguments:
        the implementation registered for the first argument's class (the nearest along its MRO), or
        the base function; every one that may fit when the argument's class is not known exactly."""
        index = self.index
        scope = f"{target.class_qualname}." if target.class_qualname else f"{target.module}."
        impls: list[tuple[ir.FunctionIR, str | None]] = []
        module = index.module(target.module)
        for other in module.functions if module is not None else ():
            if not other.qualname.startswith(scope) or other.qualname == target.qualname:
                continue
            for d in other.decorators:
                head, _, rest = d.partition("(")
                if head.rsplit(".", 1)[-1] == "register" and head.rsplit(".", 1)[0].rsplit(".", 1)[-1] == target.name:
                    impls.append((other, self.registered_class(other, rest.rstrip(")"))))
        if not impls:
            return [callee]
        first = args[0] if args else UNKNOWN
        chosen: list[Value] = []
        for alt in alternatives(first):
            mro = index.mro(alt.cls, self.interp) if type(alt) is Inst else []
            exact = [impl for klass in mro for impl, cls in impls if cls == klass][:1]
            if type(alt) is Inst and not alt.exact:
                # A subclass's own implementation may be the one that runs.
                subs = set(index.subclasses(alt.cls, self.interp))
                exact += [impl for impl, cls in impls if cls in subs]
            if type(alt) is Inst and all(cls is not None for _, cls in impls):
                picked = exact or [target]
            else:
                picked = [target, *(impl for impl, _ in impls)]  # not known: any of them
            chosen.extend(Func(p.qualname, callee.bound, callee.closure, callee.partial) for p in picked)
        out: list[Value] = []
        for v in chosen:
            if v not in out:
                out.append(v)
        return out or [callee]

    def registered_class(self, impl: ir.FunctionIR, text: str) -> str | None:
        """The class an implementation is registered for: `@f.register(Door)`, or its first annotation."""
        params = impl.params[1:] if impl.kind is _METHOD else impl.params
        expr: ir.Expr | None = params[0].annotation if params else None
        if text:
            name = text.strip().split(",")[0].strip()
            expr = None
            for part in name.split("."):
                expr = ir.Name(part, ir.Scope.GLOBAL) if expr is None else ir.Attr(expr, part, name)
        if expr is None:
            return None
        found = [a for a in alternatives(self.interp.module_eval(impl.module, expr)) if type(a) is ClassRef]
        return found[0].qualname if len(found) == 1 else None

    def same_self(self, bound: Inst, st: State, fn: ir.FunctionIR) -> Inst:
        """A method taken from a table (`self.routes[kind]()`) bound to an object of the caller's own
        class: as the caller's `self` is known along this path (what the tick stored on it), since a
        table a class fills with its methods holds them bound to itself."""
        if fn.class_qualname is None or not fn.params:
            return bound
        own = st.env.get(fn.params[0].name)
        if type(own) is not Inst or not own.fields or own is bound:
            return bound
        if own.alloc is not None and bound.alloc is not None and own.alloc != bound.alloc:
            return bound
        if bound.cls not in self.index.mro(own.cls, self.interp) and own.cls not in self.index.mro(bound.cls,
                                                                                                     self.interp):
            return bound
        fields = dict(bound.fields)
        fields.update(own.fields)
        return Inst(bound.cls, bound.exact, tuple(sorted(fields.items())), bound.alloc)

    def call_values(self, callee: Value, expr: ir.Call, args: list[Value], kwargs: list[tuple[str | None, Value]],
                    st: State, fn: ir.FunctionIR, summary: Summary, closure: dict[str, Value]) -> Value:
        """Call `callee` (a protocol method, a callback a model applies), one of its alternatives; NEVER
        if none returns."""
        return self.call_alternatives(alternatives(callee), expr, args, kwargs, st, fn, summary, closure)

    def call_alternatives(self, alts: Sequence[Value], expr: ir.Call, args: list[Value],
                          kwargs: list[tuple[str | None, Value]], st: State, fn: ir.FunctionIR, summary: Summary,
                          closure: dict[str, Value], receiver: ir.Expr | None = None,
                          paths: Handed = NOT_HANDED) -> Value:
        """One of `alts` runs, not each after the other: every one starts from this state, and the
        paths that return join into it. NEVER if none returns (the state is then left as it was)."""
        if len(alts) == 1:
            return self.call_value(alts[0], expr, args, kwargs, st, fn, summary, closure, receiver, paths)
        out: Value = BOTTOM
        after: State | None = None
        base = self.callee_base
        for alt in alts:
            self.callee_base = base
            branch = State(st.reach, dict(st.env))
            result = self.call_value(alt, expr, args, kwargs, branch, fn, summary, closure, receiver, paths)
            if result is NEVER or branch.dead:
                continue
            if after is None:
                out, after = result, branch
            else:
                out = join(out, result)
                after = State(join_reach(after.reach, branch.reach), join_env(after.env, branch.env))
        if after is None:
            return NEVER
        st.reach, st.env = after.reach, after.env
        return out

    def invoke(self, target: ir.FunctionIR, bound: Value | None, args: Sequence[Value],
               kwargs: Sequence[tuple[str | None, Value]], closure: tuple[tuple[str, Value], ...],
               st: State, fn: ir.FunctionIR, summary: Summary, site: int, text: str,
               span: Span | None = None, *, handed: bool = False, receiver: ir.Expr | None = None,
               paths: Handed = NOT_HANDED) -> Value:
        interp = self.interp
        if interp.calls is not None:
            interp.calls.resolved(fn, span, target.qualname, handed=handed)
        callee_summary = interp.analyze_call(target, bound, args, kwargs, closure, st, fn)
        if callee_summary.ret is DEEPER and span is not None and st.reach.level != GHOST:
            self.record_unresolved(ir.Call(ir.Const(None), (), site, span, text), st, fn, summary,
                                   "it calls a function already under way as deep as the analysis follows it")
        self.lift_all(callee_summary, target, bound, args, kwargs, closure, st, fn, summary, site, text, span)
        if callee_summary.stores and st.reach.level != GHOST:
            # The caller's paths are its locals (read_path): no closure needed to read or write them.
            self.take_stores(callee_summary, target, bound is not None, receiver, paths, st, fn, summary, {})
        if callee_summary.grown and st.reach.level != GHOST:
            self.take_grown(callee_summary, target, bound is not None, paths, st, fn, summary)
        if st.reach.level != GHOST:
            returned = callee_summary.ret_reach
            if returned is not None:
                # A callee that returns on every tick leaves the caller's reach as it was.
                if returned.level != LIVE or returned.why:
                    reach = combine(st.reach, returned)
                    st.reach = Reach(reach.level, reach.why, st.reach.gates)
                return callee_summary.ret
            if callee_summary.ghost_why is not None:
                # The callee returns only on paths the idle model rules out (a guard that raises).
                st.reach = Reach(GHOST, callee_summary.ghost_why)
                return callee_summary.ret_ghost
            return NEVER
        if not callee_summary.returns:
            return NEVER
        return join(callee_summary.ret, callee_summary.ret_ghost)

    def lift_all(self, callee_summary: Summary, target: ir.FunctionIR, bound: Value | None,
                 args: Sequence[Value], kwargs: Sequence[tuple[str | None, Value]],
                 closure: tuple[tuple[str, Value], ...], st: State, fn: ir.FunctionIR, summary: Summary,
                 site: int, text: str, span: Span | None, *, first_only: bool = False) -> None:
        """The callee's sinks and losses, one frame more: the caller's, at the call's line."""
        interp = self.interp
        if interp.sites:
            if span is not None:
                summary.site_text.setdefault(site, (span, text))
            summary.site_callees.setdefault(site, set()).add(
                (target.qualname, bound, tuple(args), tuple(kwargs), closure))
        if st.reach.level == LIVE and callee_summary.rearm:
            summary.rearm |= callee_summary.rearm
        if callee_summary.hits or callee_summary.unresolved or callee_summary.misread:
            frame = ChainFrame(fn.qualname, self.index.path_of(fn.module), span.line if span is not None else 0)
            for hit in (callee_summary.first_hits if first_only else callee_summary.hits).values():
                self.lift(hit, frame, st, summary, site, summary.hits)
            for hit in callee_summary.unresolved.values():
                self.lift(hit, frame, st, summary, site, summary.unresolved)
            for hit in callee_summary.misread.values():
                self.lift(hit, frame, st, summary, site, summary.misread)

    def lift(self, hit: Hit, frame: ChainFrame, st: State, summary: Summary, site: int,
             table: dict[tuple[str, int], Hit]) -> None:
        outer = st.reach
        if outer.level != GHOST and hit.reach.level != GHOST:
            # Most lifts lose to what the tables hold already: tell so before building the hit.
            level = min(outer.level, hit.reach.level)
            once = ONCE in outer.gates
            length = hit.trail.length + 1
            if _beaten(table, hit.key, once, level, length) and (table is not summary.hits or (
                    (yielded(st) or _beaten(summary.first_hits, hit.key, once, level, length))
                    and (not self.interp.sites or _beaten(summary.site_hits.get(site), hit.key, once, level,
                                                          length)))):
                return
        lifted = Hit(hit.key, hit.path, hit.span, hit.sink, hit.label, hit.detail,
                     combine(st.reach, hit.reach), Trail(frame, st.reach.gates, hit.trail),
                     lift_ghosts(st.reach, hit), hit.resource)
        keep_best(table, lifted)
        if table is summary.hits:
            if not yielded(st):
                keep_best(summary.first_hits, lifted)
            if self.interp.sites:
                keep_best(site_table(summary, st, site), lifted)

    def take_stores(self, callee_summary: Summary, target: ir.FunctionIR, has_bound: bool,
                    receiver: ir.Expr | None, paths: Handed, st: State, fn: ir.FunctionIR,
                    summary: Summary, closure: dict[str, Value]) -> None:
        """What the callee stored on the objects the caller handed it, known to the caller from now on."""
        for name, path in _handed(target, has_bound, receiver, paths):
            stored = callee_summary.stores.get(name)
            if not stored:
                continue
            value = self.interp.read_path(path, st, fn, closure)
            if value is None:
                continue
            for attr, v in stored.items():
                value = without_field(value, attr) if (name, attr) in callee_summary.weak else \
                    with_field(value, attr, v)
            self.interp.write_path(path, value, st, fn, summary, closure)

    def take_grown(self, callee_summary: Summary, target: ir.FunctionIR, has_bound: bool,
                   paths: Handed, st: State, fn: ir.FunctionIR, summary: Summary) -> None:
        """The lists and dicts the caller handed the callee, as the callee left them (`fill(q)`)."""
        for name, path in _handed(target, has_bound, None, paths):
            grown = callee_summary.grown.get(name)
            if grown is None:
                continue
            value = self.interp.read_path(path, st, fn, {})
            if value is not None and value != grown:  # it started from `value`: it holds it all
                self.interp.write_path(path, grown, st, fn, summary, {})

    # -- objects -----------------------------------------------------------------------------------
    def construct(self, cls: str, args: list[Value], kwargs: list[tuple[str | None, Value]],
                  st: State, fn: ir.FunctionIR, summary: Summary, expr: ir.Call) -> Value:
        interp = self.interp
        alloc = alloc_at(fn.module, expr)
        if self.index.shape(cls) is None:
            return Inst(cls, True, (), alloc)
        new = interp.members.class_member(cls, "__new__", None, exact=True)
        if new is not None and all(type(alt) is Func for alt in alternatives(new)):
            return self.construct_by_new(cls, new, args, kwargs, st, fn, summary, expr)
        # `__init__` runs on an object not yet anywhere (NEW): what it stores on it comes back in
        # its summary and goes to this place's objects here, so one analysis serves every place
        # that builds one with the same arguments.
        before = Inst(cls, True, (), NEW)
        init = interp.members.class_member(cls, "__init__", before, exact=True)
        if isinstance(init, Func):
            target = self.index.function(init.qualname)
            if target is not None and init.bound == before:
                callee_summary = interp.analyze_call(target, before, args, kwargs, (), st, fn)
                self.invoke(target, before, args, kwargs, (), st, fn, summary, expr.site, expr.text, expr.span)
                stored = callee_summary.stores.get(target.params[0].name, {}) if target.params else {}
                made = Inst(cls, True, tuple(sorted(stored.items())), alloc)
                for attr, v in stored.items():
                    interp.facts_store(made, attr, v, st)
                return made
            if init is not None:
                self.call_values(init, expr, args, kwargs, st, fn, summary, {})
                return Inst(cls, True, (), alloc)
        inherited = interp.members.external_base(cls) if interp.calls is not None else None
        if inherited is not None:
            interp.calls.external(fn, expr.span, f"{inherited}.__init__")  # type: ignore[union-attr]
        shapes = [self.index.shape(klass) for klass in reversed(self.index.mro(cls, interp))]
        fields = [f for info in shapes if info is not None for f in info.fields]
        values = dict(zip(fields, args))
        values.update((k, v) for k, v in kwargs if k is not None)
        made = Inst(cls, True, tuple(sorted(values.items())), alloc)
        for attr, v in values.items():
            interp.facts_store(made, attr, v, st)
        return made

    def construct_by_new(self, cls: str, new: Value, args: list[Value], kwargs: list[tuple[str | None, Value]],
                         st: State, fn: ir.FunctionIR, summary: Summary, expr: ir.Call) -> Value:
        """`cls(...)` where the class defines `__new__` (a singleton, a cache of instances): what it
        returns is the object, and `__init__` runs on it when it is one of the class's."""
        made = self.call_values(new, expr, [ClassRef(cls), *args], kwargs, st, fn, summary, {})
        if made is NEVER:
            return NEVER
        for alt in alternatives(made):
            if type(alt) is Inst and cls in self.index.mro(alt.cls, self.interp):
                init = self.interp.members.class_member(alt.cls, "__init__", alt, exact=alt.exact)
                if init is not None:
                    self.call_values(init, expr, args, kwargs, st, fn, summary, {})
        return made

    def decorate(self, value: Value, decorator: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,
                 closure: dict[str, Value]) -> Value:
        """`decorator(value)` for a project decorator; any other leaves the function as it was."""
        out: Value = BOTTOM
        for alt in alternatives(self.interp.eval(decorator.func, st, fn, summary, closure)):
            got: Value = BOTTOM
            if isinstance(alt, (Func, ClassRef)):
                got = self.call_value(alt, decorator, [value], [], st, fn, summary, closure)
            elif type(alt) is Ext:
                got = self.interp.wakes.decorated(alt) or BOTTOM
            out = join(out, value if got is NEVER or isinstance(got, (Unknown, Bottom)) else got)
        return value if isinstance(out, Bottom) else out

    # -- iteration and protocols ------------------------------------------------------------------
    def iterate(self, value: Value, expr: ir.Iter, st: State, fn: ir.FunctionIR, summary: Summary,
                closure: dict[str, Value]) -> Value:
        """`iter(value)` for a loop: a generator runs, an object's `__iter__`/`__next__` (or async ones) run."""
        alts = alternatives(value)
        if any(type(alt) is ClassRef for alt in alts):
            # `for state in State`: an enum class iterates over its members.
            value = union([self.enum_members(alt) if type(alt) is ClassRef else alt for alt in alts])
            alts = alternatives(value)
        if not any(type(alt) is Inst or type(alt) is Gen or type(alt) is Handle for alt in alts):
            return value
        call = ir.Call(expr.value, (), expr.site, expr.span, expr.text)
        lazy = self.interp.wakes.lazy(value)
        if lazy:
            # A lazy query (a Django QuerySet) runs when it is iterated: its rows are what the loop gets.
            rows = self.interp.wakes.evaluated(lazy, f"iter({expr.text})", call, st, fn, summary)
            alts = tuple(alt for alt in alts if alt not in lazy)
            if not alts:
                return Seq(rows, True, False)
            value = union([*alts, Seq(rows, True, False)])
            alts = alternatives(value)
        out: list[Value] = []
        for alt in alts:
            if type(alt) is Gen:
                out.append(self.run_gen(alt, call, st, fn, summary))
                continue
            if type(alt) is not Inst:
                out.append(alt)
                continue
            out.append(self.iterate_object(alt, call, st, fn, summary, closure))
        return union(out)

    def enum_members(self, ref: ClassRef) -> Value:
        """The members of an `enum` class, in a list; any other class, as it is."""
        shape = self.index.shape(ref.qualname)
        if shape is None or not self.interp.members.is_enum(ref.qualname):
            return ref
        names = [name for name, _ in shape.class_attrs if not name.startswith("_")]
        return Seq(union([Const(EnumMember(ref.qualname, name)) for name in names]), not names, not names)

    def iterate_object(self, obj: Inst, call: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,
                       closure: dict[str, Value]) -> Value:
        members = self.interp.members
        method = members.class_member(obj.cls, "__iter__", obj, exact=obj.exact) or \
            members.class_member(obj.cls, "__aiter__", obj, exact=obj.exact)
        if method is None:
            return obj
        elem: Value = BOTTOM
        iterated: list[Value] = []  # lists and the like `__iter__` hands on (`iter(self._rows)`): empty or not
        for iterator in alternatives(self.call_values(method, call, [], [], st, fn, summary, closure)):
            if type(iterator) is Gen:
                elem = join(elem, element_of(self.run_gen(iterator, call, st, fn, summary)))
                continue
            if type(iterator) in (Seq, Tup, Empty):
                iterated.append(iterator)
                continue
            step = None
            if isinstance(iterator, Inst):
                step = members.class_member(iterator.cls, "__next__", iterator, exact=iterator.exact) or \
                    members.class_member(iterator.cls, "__anext__", iterator, exact=iterator.exact)
            if step is None:
                elem = join(elem, element_of(iterator))
                continue
            # The loop calls `__next__`: its `raise StopIteration` ends the loop, not the tick. When it
            # hands back an item only on paths the idle model rules out, the loop runs no body.
            saved, dead = st.reach, st.dead
            got = self.call_values(step, call, [], [], st, fn, summary, closure)
            ruled_out = got is NEVER or st.dead or (st.reach.level == GHOST and saved.level != GHOST)
            why = st.reach.why if st.reach.level == GHOST else frozenset()
            st.reach, st.dead = saved, dead
            if ruled_out:
                iterated.append(Seq(BOTTOM, True, True, why or frozenset({f"~{call.text} yields nothing"})))
            else:
                elem = join(elem, got)
        if iterated and type(elem) is Bottom:
            return union(iterated)
        return union([Seq(UNKNOWN if isinstance(elem, Bottom) else elem, True, False), *iterated])

    def run_gen(self, gen: Gen, call: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary, *,
                first_only: bool = False) -> Value:
        """A generator object iterated here: its body runs, and what it yields is what the loop gets
        (`first_only`: advanced once, by `next()`: its body up to the first `yield`)."""
        target = self.index.function(gen.func.qualname)
        if target is None:
            return Seq(UNKNOWN, True, False)
        args = [*gen.func.partial, *gen.args]
        saved = st.reach
        self.invoke_for_effects(target, gen.func.bound, args, list(gen.kwargs), gen.func.closure, st, fn, summary,
                                call, first_only=first_only)
        st.reach = saved  # the loop goes on whether or not the generator returns
        body = self.interp.analyze_call(target, gen.func.bound, args, list(gen.kwargs), gen.func.closure, st, fn)
        if body.yield_reach is None:
            why = body.yield_ghost_why or frozenset({f"~{call.text} yields nothing"})
            return Seq(BOTTOM, True, True, why)
        return Seq(body.yields, True, False)

    def invoke_for_effects(self, target: ir.FunctionIR, bound: Value | None, args: Sequence[Value],
                           kwargs: Sequence[tuple[str | None, Value]], closure: tuple[tuple[str, Value], ...],
                           st: State, fn: ir.FunctionIR, summary: Summary, call: ir.Call, *,
                           first_only: bool = False) -> Summary:
        """Analyse a callee for what it reaches (its sinks are the caller's), not for what it returns."""
        interp = self.interp
        if interp.calls is not None:
            interp.calls.resolved(fn, call.span, target.qualname, handed=False)
        callee_summary = interp.analyze_call(target, bound, args, kwargs, closure, st, fn)
        self.lift_all(callee_summary, target, bound, args, kwargs, closure, st, fn, summary, call.site,
                      call.text, call.span, first_only=first_only)
        return callee_summary

    def enter(self, expr: ir.Enter, st: State, fn: ir.FunctionIR, summary: Summary,
              closure: dict[str, Value]) -> Value:
        """What `with holder as x` binds: `__enter__()`'s result, or what a `@contextmanager` yields."""
        holder = self.interp.eval(expr.holder, st, fn, summary, closure)
        return self.enter_value(holder, expr, st, fn, summary, closure)

    def enter_value(self, holder: Value, expr: ir.Enter, st: State, fn: ir.FunctionIR, summary: Summary,
                    closure: dict[str, Value]) -> Value:
        call = ir.Call(expr.holder, (), expr.site, expr.span, expr.text)
        alts = alternatives(holder)
        if len(alts) == 1:
            return self.enter_one(alts[0], expr, call, st, fn, summary, closure)
        # The holder is one of its alternatives: each is entered from this state, and the paths join.
        out: list[Value] = []
        after: State | None = None
        for alt in alts:
            branch = State(st.reach, dict(st.env))
            got = self.enter_one(alt, expr, call, branch, fn, summary, closure)
            if branch.dead:
                continue
            out.append(got)
            after = branch if after is None else State(join_reach(after.reach, branch.reach),
                                                       join_env(after.env, branch.env))
        if after is not None:
            st.reach, st.env = after.reach, after.env
        return union(out) if out else UNKNOWN

    def enter_one(self, alt: Value, expr: ir.Enter, call: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,
                  closure: dict[str, Value]) -> Value:
        if type(alt) is Gen:
            return element_of(self.run_gen(alt, call, st, fn, summary))
        method = self.protocol(alt, "__aenter__" if expr.is_async else "__enter__")
        if method is None:
            return alt  # a library's context manager: most give themselves
        # What `__enter__` stores on the object (`self.box = ...`) is there when `__exit__` runs.
        got = self.call_alternatives(alternatives(method), call, [], [], st, fn, summary, closure, receiver=expr.holder)
        return alt if got is NEVER else got

    def exit(self, expr: ir.Exit, st: State, fn: ir.FunctionIR, summary: Summary,
             closure: dict[str, Value]) -> Value:
        """`__exit__(None, None, None)` on the way out (a `@contextmanager` generator already ran whole)."""
        holder = self.interp.eval(expr.holder, st, fn, summary, closure)
        returned = self.exit_value(holder, expr, st, fn, summary, closure)
        # What `__exit__` stored on its object, the names the block bound it to see (`as c` and
        # the holder are one object): they read it as `__exit__` left it.
        held = set(alt for alt in alternatives(holder) if type(alt) is Inst)
        if held:
            for name, value in list(st.env.items()):
                if held.intersection(alternatives(value)):
                    st.env[name] = self.interp.facts.as_left(value)
        return returned

    def exit_value(self, holder: Value, expr: ir.Exit, st: State, fn: ir.FunctionIR, summary: Summary,
                   closure: dict[str, Value]) -> Value:
        call = ir.Call(expr.holder, (), expr.site, expr.span, expr.text)
        returned: Value = BOTTOM
        for alt in alternatives(holder):
            method = self.protocol(alt, "__aexit__" if expr.is_async else "__exit__")
            if method is not None:
                saved = st.reach
                exc: list[Value] = [UNKNOWN, UNKNOWN, UNKNOWN] if expr.exceptional else [_NONE, _NONE, _NONE]
                got = self.call_values(method, call, exc, [], st, fn, summary, closure)
                returned = join(returned, _NONE if got is NEVER else got)
                st.reach = saved
                st.dead = False
            else:
                returned = join(returned, _NONE)
        # With an exception, what `__exit__` returns says whether it is swallowed (a true value).
        return returned if expr.exceptional and type(returned) is not Bottom else _NONE

    def truth_protocol(self, value: Value, call: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,
                       closure: dict[str, Value], names: tuple[str, ...] = ("__bool__", "__len__")) -> Value:
        """What a truth test (or `len()`, with `names` just `__len__`) sees of `value`: an object's
        `__bool__`, else its `__len__`, answers; an object whose classes are all the project's and
        define neither is true."""
        if not any(type(alt) is Inst for alt in alternatives(value)):
            return value
        out: list[Value] = []
        for alt in alternatives(value):
            if type(alt) is Inst:
                alt = self._object_truth(alt, call, st, fn, summary, closure, names)
            out.append(alt)
        return union(out)

    def _object_truth(self, obj: Inst, call: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,
                      closure: dict[str, Value], names: tuple[str, ...]) -> Value:
        for name in names:
            method = self.protocol(obj, name)
            if method is not None:
                got = self.call_values(method, call, [], [], st, fn, summary, closure)
                return UNKNOWN if got is NEVER or type(got) is Bottom else got
        if len(names) > 1 and obj.exact and self.interp.members.plain_object(obj.cls):
            return _TRUE
        return obj

    def protocol(self, value: Value, name: str) -> Value | None:
        """A project object's special method, bound, if its class defines one."""
        if type(value) is not Inst:
            return None
        return self.interp.members.class_member(value.cls, name, value, exact=value.exact)

    def materialize(self, value: Value, expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary, *,
                    first_only: bool = False) -> Value:
        """A value about to be iterated by library code (`list(gen)`, `sorted(...)`): generators run
        (`first_only`: advanced once)."""
        if not any(type(alt) is Gen for alt in alternatives(value)):
            return value
        return union([self.run_gen(alt, expr, st, fn, summary, first_only=first_only) if type(alt) is Gen
                      else alt for alt in alternatives(value)])

    def mapping_mixin(self, name: str, base: Value | None, args: list[Value], kwargs: list[tuple[str | None, Value]],
                      expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,
                      closure: dict[str, Value]) -> Value | None:
        """A method a project mapping inherits from `collections.abc.Mapping` (`get`, `setdefault`,
        `pop`, `values`, `items`): what it does with the class's own `__getitem__`/`__setitem__`."""
        owner, _, method = name.rpartition(".")
        if owner not in _MAPPING_BASES or method not in _MAPPING_MIXINS or base is None:
            return None
        insts = [a for a in alternatives(base) if type(a) is Inst]
        if not insts:
            return None
        key = args[0] if args else UNKNOWN
        default = args[1] if len(args) > 1 else next((v for k, v in kwargs if k == "default"), Const(None))
        out: list[Value] = []
        for inst in insts:
            getitem = self.protocol(inst, "__getitem__")
            if getitem is None:
                return None
            got = self.call_values(getitem, expr, [key if method not in ("values", "items") else UNKNOWN], [],
                                   st, fn, summary, closure)
            got = UNKNOWN if got is NEVER or type(got) is Bottom else got
            if method == "setdefault" and (setitem := self.protocol(inst, "__setitem__")) is not None:
                self.call_values(setitem, expr, [key, default], [], st, fn, summary, closure)
            match method:
                case "values":
                    out.append(Seq(got, True, False))
                case "items":
                    out.append(Seq(Tup((UNKNOWN, got)), True, False))
                case _:
                    out.append(join(got, default))
        return union(out)

    @staticmethod
    def cells_now(closure: tuple[tuple[str, Value], ...], target: ir.FunctionIR, st: State,
                  fn: ir.FunctionIR) -> tuple[tuple[str, Value], ...]:
        """A nested function called by the function that defines it reads its free variables as
        they are now (`jobs.append(job)` after `def drain(): for job in jobs: ...`), not as they
        were at the `def`: a closure holds variables, not values."""
        if not closure or target.qualname.rpartition(".")[0] != fn.qualname:
            return closure
        env = st.env
        return tuple((name, _may_empty(env[name]) if name in env and type(env[name]) is not Bottom else v)
                     for name, v in closure)

    def positional_room(self, callee: Value, given: int) -> int:
        """How many more positional parameters (not `*args`) the project functions `callee` may be
        have than the `given` arguments fill; a class's `__init__`'s too."""
        room = 0
        index = self.interp.index
        for alt in alternatives(callee):
            target = None
            skip = 0
            if type(alt) is Func:
                target = index.function(alt.qualname)
                skip = 1 if alt.bound is not None and target is not None and target.kind is not _STATICMETHOD else 0
            elif type(alt) is ClassRef:
                method = next((m for k in index.mro(alt.qualname, self.interp)
                               if (m := index.member(k, "__init__")[0]) is not None), None)
                target = index.function(method) if method is not None else None
                skip = 1
            if target is not None:
                count = sum(1 for p in target.params if p.kind is ir.ParamKind.POSITIONAL) - skip
                room = max(room, count - given)
        return min(room, 8)

    def spread(self, value: Value, expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary) -> list[Value]:
        """The arguments `*value` passes."""
        value = self.materialize(value, expr, st, fn, summary)
        if isinstance(value, Tup):
            return list(value.items)
        if empty_reasons(value) is not None:
            return []
        return [element_of(value)]

    # -- containers that grow ---------------------------------------------------------------------
    def mutate(self, func: ir.Attr, base: Value, args: list[Value], kwargs: list[tuple[str | None, Value]],
               st: State, fn: ir.FunctionIR, summary: Summary, closure: dict[str, Value]) -> Value | None:
        """`xs.append(v)` and friends on a list, dict or set: it grows where it lives. Returns what
        the call returns (`setdefault` the item, `pop` an element, the others None), or None
        when `base` may be something else (a project object with a method of that name), which
        the call then runs as well.
        """
        alts = alternatives(base)
        containers = [a for a in alts if type(a) in (Seq, Dict, Tup, Empty)]
        others = [a for a in alts if type(a) not in (Seq, Dict, Tup, Empty, Bottom)]
        if func.attr not in EMPTYING and any(type(a) is Unknown for a in others) and \
                self.interp.stores_count(st):
            name = filled_name(func.base, fn.name == BODY_NAME)
            if name is not None:
                self.interp.facts.fill_lost(name)
        if not containers and (others or not _is_local(func.base)):
            return None
        if func.attr in ("pop", "popleft") and not args and not others and \
                all(type(c) is Seq and c.must_empty for c in containers):
            return self.raises_when_empty(func, containers, st)
        args = [self.materialize(a, ir.Call(func, (), 0, Span(0, 0, 0, 0), func.text), st, fn, summary)
                for a in args]
        result = _mutator_result(func.attr, containers, args) if not others else None
        if func.attr == "setdefault" and result is not None:
            # The item it hands back lives in the dict: what is added to it goes there too.
            homes = frozenset(h for alt in containers for h in getattr(alt, "home", ())) | \
                self.interp.locations_of(func.base, st, fn, closure)
            result = _housed_items(result, homes, args[0] if args else UNKNOWN)
        if func.attr in _SHRINKERS:
            # `while q: q.popleft()`: after taking from it, the list may be empty (after clear, it is).
            current = self.interp.read_path(func.base, st, fn, closure)
            if current is not None:
                self.interp.write_path(func.base, _shrunk(current, func.attr == "clear"), st, fn, summary, closure)
            elif isinstance(func.base, ir.Name) and func.base.scope is ir.Scope.FREE and func.base.id in closure:
                # A list the enclosing function holds (`def drain(): while jobs: jobs.pop()`): emptied by it.
                closure[func.base.id] = _shrunk(closure[func.base.id], func.attr == "clear")
        grown = self.grown(func.attr, base, args, kwargs)
        if grown is None:
            return result  # clear/pop/remove/sort: nothing new in it
        added, as_dict = grown
        if self.interp.stores_count(st):
            self.interp.facts.store_in_homes(union(containers), added)
            self.interp.store_through(func.base, added, st, fn, summary, closure)
        current = self.interp.read_path(func.base, st, fn, closure)
        if current is not None:
            self.interp.write_path(func.base, _grow_container(current, added, as_dict), st, fn, summary, closure)
        return result

    def handed_to_unseen_code(self, args: Sequence[Value], kwargs: Sequence[tuple[str | None, Value]],
                              expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary) -> None:
        """Lists, dicts and events handed to code the analysis does not see, or their bound methods
        (`db.fetch_into(sql, rows)`, `on_ready(ev.set)`), may be filled by it: where they live, and
        along this path, they may hold anything from now on."""
        interp = self.interp
        if interp.stores_count(st):
            for v in (*args, *(v for _, v in kwargs)):
                for alt in alternatives(v):
                    held = alt.base if isinstance(alt, CollMethod) else alt
                    interp.facts.store_in_homes(held, union([_filled(a) for a in alternatives(held)]))
        for arg in expr.args:
            if arg.star or not isinstance(arg.value, (ir.Name, ir.Attr)):
                continue
            current = interp.read_path(arg.value, st, fn, {})
            if current is not None and any(type(a) in (Seq, Dict) for a in alternatives(current)):
                interp.write_path(arg.value, union([_filled(a) for a in alternatives(current)]), st, fn, summary, {})

    def raises_when_empty(self, func: ir.Attr, containers: Sequence[Value], st: State) -> Value:
        """`xs.pop()`, `q.get_nowait()` on a list or queue that is empty on an idle tick: it raises
        (or, `q.get()`, waits for ever), so what follows it in the block is cut off."""
        if not self.interp.ghosts:
            st.dead = True
            return BOTTOM
        why = frozenset(r for c in containers for r in getattr(c, "empty_why", ())) or \
            frozenset({f"~{expr_text(func.base)} is empty"})
        st.reach = Reach(GHOST, (st.reach.why if st.reach.level == GHOST else frozenset()) | why)
        return UNKNOWN

    def grown(self, method: str, base: Value, args: list[Value],
              kwargs: list[tuple[str | None, Value]]) -> tuple[Value, bool] | None:
        """What `base.method(*args)` adds, as a list or dict holding it; None if it adds nothing."""
        is_dict = any(type(a) is Dict for a in alternatives(base))
        match method:
            case "append" | "add" | "appendleft" | "put" | "put_nowait":
                added: Value = args[0] if args else UNKNOWN
                return Seq(added, False, False), False
            case "set" if not args and not kwargs and not is_dict:
                return Seq(Const(True), False, False), False  # an event: a list that holds a True once set
            case "set" if len(args) == 1 and not kwargs and not is_dict:
                return Seq(args[0], False, False), False  # a context variable: what it may hold now
            case "insert":
                return Seq(args[1] if len(args) > 1 else UNKNOWN, False, False), False
            case "extend" | "extendleft":
                elem: Value = BOTTOM
                for a in args:
                    elem = join(elem, element_of(a) if not isinstance(a, Dict) else a.rest)
                if all(empty_reasons(a) is not None for a in args):
                    return None
                return Seq(elem, False, False), False
            case "update" if is_dict or any(type(a) is Dict for a in args) or kwargs:
                entries: list[tuple[object, Value]] = []
                rest: Value = BOTTOM
                for a in args:
                    for alt in alternatives(a):
                        if isinstance(alt, Dict):
                            entries.extend(alt.entries)
                            rest = join(rest, alt.rest)
                        else:
                            rest = join(rest, element_of(alt))
                entries.extend((k, v) for k, v in kwargs if k is not None)
                return Dict(tuple(entries), rest), True
            case "update":
                elem = BOTTOM
                for a in args:
                    elem = join(elem, element_of(a))
                return Seq(elem, False, False), False
            case "setdefault" | "__setitem__":
                key = as_key(args[0]) if args else UNKNOWN
                value = args[1] if len(args) > 1 else _NONE
                if is_dict or not any(type(a) is Seq for a in alternatives(base)):
                    if isinstance(key, Const):
                        return Dict(((key.value, value),), BOTTOM), True
                    return Dict((), value), True
                return Seq(value, False, False), False
            case _:
                return None

    # -- what a call leaves ------------------------------------------------------------------------
    def note_rearm(self, when: Value, expr: ir.Call, fn: ir.FunctionIR, summary: Summary) -> None:
        """`storage.set_alarm(now + PERIOD)` on a live idle path: the idle alarm period."""
        for alt in alternatives(when):
            if isinstance(alt, Clock) and alt.shift is not None and alt.shift > 0:
                period = alt.seconds(alt.shift)
                summary.rearm |= {Rearm(period, self.index.path_of(fn.module), expr.span.line)}

    def record_sink(self, expr: ir.Call, label: str, args: list[Value],
                    kwargs: list[tuple[str | None, Value]], st: State, fn: ir.FunctionIR,
                    summary: Summary, *, resource: str = "", wake: str | None = None) -> None:
        """A wake of `resource` here; `wake` is how the audit names it (default: from the call, `GET /x`)."""
        path = self.index.path_of(fn.module)
        hit = Hit((path, expr.site), path, expr.span, expr.text, label,
                  detail(label, expr, args, kwargs) if wake is None else wake,
                  st.reach, Trail(ChainFrame(fn.qualname, path, expr.span.line), st.reach.gates), resource=resource)
        keep_best(summary.hits, hit)
        if not yielded(st):
            keep_best(summary.first_hits, hit)
        if self.interp.sites:
            keep_best(site_table(summary, st, expr.site), hit)
            summary.site_text.setdefault(expr.site, (expr.span, expr.text))

    def note_blind(self, func: ir.Expr, fn: ir.FunctionIR, base: Value | None, closure: dict[str, Value]) -> None:
        """`x.name(...)` on an `x` lost: it may be any project method of that name, whose parameters
        then take what was passed here, unseen (facts.py, `_run_callers`). A parameter, or a
        closure's variable in a function run alone, is what its callers pass: they are run too."""
        if not isinstance(func, ir.Attr) or base is None:
            return
        if isinstance(func.base, ir.Name) and func.base.scope is ir.Scope.FREE and func.base.id not in closure:
            self.interp.facts.want_callers(fn.qualname)  # they hand it out with its closure
            return
        if any(type(b) is Unknown and not b.why.startswith(PARAM) for b in alternatives(base)):
            self.interp.facts.blind.setdefault(fn.qualname, set()).add(func.attr)

    def record_unresolved(self, expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,
                          why: str) -> None:
        """A call the analysis cannot follow, on this path; `why` says how it lost track (a clause; empty:
        its target is not known)."""
        path = self.index.path_of(fn.module)
        hit = Hit((path, expr.site), path, expr.span, expr.text, expr.text, why, st.reach,
                  Trail(ChainFrame(fn.qualname, path, expr.span.line), st.reach.gates))
        keep_best(summary.unresolved, hit)

    def is_unresolved(self, func: ir.Expr, callee: Value, fn: ir.FunctionIR) -> bool:
        """Calls we could not follow that may be project code: unknown locals, missing names/methods."""
        if not isinstance(callee, (Unknown, Bottom)):
            return False
        match func:
            case ir.Name(scope=ir.Scope.GLOBAL):
                return (fn.module, func.id) in self.interp.undefined
            case ir.Name():
                return True
            case ir.Attr(base=ir.Name(id=base_id, scope=ir.Scope.LOCAL)) if fn.params and base_id == fn.params[0].name:
                return fn.kind in (_METHOD, _PROPERTY)
            case _:
                return False

    def is_lost(self, callee: Unknown, func: ir.Expr, fn: ir.FunctionIR, base: Value | None) -> bool:
        """Whether calling this unknown loses track of project code.

        A value the framework passes an entry (its parameters) is the framework's: a method
        called on it is the library's, but calling the parameter itself runs code handed in,
        also when it was kept on an object first (`self.model(**values)`).
        """
        if not callee.why.startswith(PARAM):
            return True
        owner = param_owner(callee.why)
        if owner not in self.interp.entries and owner not in self.interp.facts.framework:
            return True
        if not isinstance(func, ir.Attr):
            return True
        return base is not None and not any(type(b) is Unknown and b.why == callee.why for b in alternatives(base))

    def callbacks(self, args: Sequence[Value], kwargs: Sequence[tuple[str | None, Value]],
                  expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary) -> None:
        """Functions handed to code we cannot see may be called by it: follow them.

        A container's bound method handed over (`executor.submit(box.sync)`) is a wake where it
        is handed, and a generator handed over is run there.
        """
        self.handed_to_unseen_code(args, kwargs, expr, st, fn, summary)
        for value in [*args, *(v for _, v in kwargs)]:
            if type(value) not in _MAY_HOLD_FUNC:  # nearly every argument: no function in it
                continue
            for alt in alternatives(value):
                if isinstance(alt, (Seq, Tup, Dict)):
                    candidates = [e for e in alternatives(element_of(alt) if not isinstance(alt, Dict)
                                                          else dict_values(alt))
                                  if isinstance(e, (Func, HandleMethod, Gen))]
                else:
                    candidates = [alt] if isinstance(alt, (Func, HandleMethod, Gen)) else []
                for f in candidates:
                    passed = _passed_with(f, args, kwargs)
                    if isinstance(f, HandleMethod):
                        self.interp.handle_methods.add(f.method)
                        saved = st.reach
                        self.call_value(f, expr, [], [], st, fn, summary, {})
                        st.reach = saved
                        continue
                    if isinstance(f, Gen):
                        self.run_gen(f, expr, st, fn, summary)
                        continue
                    target = self.index.function(f.qualname)
                    if target is None:
                        continue
                    if target.is_generator:
                        self.run_gen(Gen(f, ()), expr, st, fn, summary)
                        continue
                    saved = st.reach
                    self.invoke(target, f.bound, [*f.partial, *passed], [], self.cells_now(f.closure, target, st, fn),
                                st, fn, summary, expr.site, expr.text, expr.span, handed=True)
                    st.reach = saved  # whether the library calls it, and when, is the library's business
                    st.dead = False


def _may_empty(v: Value) -> Value:
    """A list a closure reads: the closure (or what it calls) may empty it while it runs, and its
    loop tests read the variable again, so it may be empty there (`while jobs: jobs.pop()`)."""
    if type(v) is Seq and not v.may_empty:
        return Seq(v.elem, True, False, v.empty_why, v.home)
    return v


_MAPPING_BASES = frozenset({"collections.abc.Mapping", "collections.abc.MutableMapping", "typing.Mapping",
                            "typing.MutableMapping"})
_MAPPING_MIXINS = frozenset({"get", "setdefault", "pop", "values", "items"})


def _passed_with(f: Value, args: Sequence[Value], kwargs: Sequence[tuple[str | None, Value]]) -> list[Value]:
    """The arguments a library will likely call a function handed to it with: those that follow
    it (`stack.callback(fn, box)`, `loop.call_soon(fn, x)`, `pool.submit(fn, x)`), or the tuple
    given as `args=` beside `target=fn` (`threading.Thread`)."""
    for i, a in enumerate(args):
        if a is f or (type(a) is not Union and a == f):
            return list(args[i + 1:])
    if any(v is f or v == f for _, v in kwargs):
        given = next((v for k, v in kwargs if k == "args"), None)
        if isinstance(given, Tup):
            return list(given.items)
    return []


def _handed(target: ir.FunctionIR, has_bound: bool, receiver: ir.Expr | None,
            paths: Handed) -> list[tuple[str, ir.Expr]]:
    """Each parameter of `target` the caller handed a path (`receiver` for `self`, the arguments'
    `paths`), with that path."""
    params = target.params
    skip = has_bound and bool(params) and target.kind is not _STATICMETHOD
    pairs: list[tuple[str, ir.Expr]] = []
    if skip and receiver is not None:
        pairs.append((params[0].name, receiver))
    positional = [p.name for p in (params[1:] if skip else params) if p.kind is ir.ParamKind.POSITIONAL]
    pairs.extend((name, path) for name, path in zip(positional, paths.positional) if path is not None)
    names = {p.name for p in params}
    pairs.extend((name, path) for name, path in paths.keywords if name in names)
    return pairs


def _beaten(table: dict[tuple[str, int], Hit] | None, key: tuple[str, int], once: bool, level: int,
            length: int) -> bool:
    """Whether `table` holds a real hit at `key` that ranks before any real hit with these facts
    (keep_best's order: a tick before start-up, a higher reach, a shorter chain)."""
    old = table.get(key) if table is not None else None
    return old is not None and old.reach.level != GHOST and (
        (ONCE in old.trail.gates, -old.reach.level, old.trail.length) < (once, -level, length))


def site_table(summary: Summary, st: State, site: int) -> dict[tuple[str, int], Hit]:
    tables = summary.site_hits if st.reach.level != GHOST else summary.site_ghost_hits
    return tables.setdefault(site, {})


def _is_local(expr: ir.Expr) -> bool:
    return type(expr) is _NAME and expr.scope is _LOCAL


def _grow_container(current: Value, added: Value, as_dict: bool) -> Value:
    """A list or dict held somewhere, after something was added to it (locally known)."""
    out: list[Value] = []
    for alt in alternatives(current):
        match alt:
            case Dict() if as_dict and isinstance(added, Dict):
                entries = dict(alt.entries)
                try:
                    for k, v in added.entries:
                        entries[k] = v
                except TypeError:
                    out.append(Dict(alt.entries, join(alt.rest, added.rest), alt.home))
                    continue
                out.append(Dict(tuple(entries.items()), join(alt.rest, added.rest), alt.home))
            case Dict():
                out.append(Dict(alt.entries, join(alt.rest, element_of(added)), alt.home))
            case Seq() | Tup() | Empty() | Bottom():
                seq = as_seq(alt) if isinstance(alt, (Seq, Tup)) else Seq(BOTTOM, True, True)
                home = alt.home if isinstance(alt, Seq) else frozenset()
                out.append(Seq(join(seq.elem, element_of(added) if not isinstance(added, Dict) else added.rest),
                               False, False, frozenset(), home))
            case _:
                out.append(alt)
    return union(out)


def _filled(v: Value) -> Value:
    """A list or dict that code the analysis does not see may have filled with anything."""
    if type(v) is Seq:
        return Seq(join(v.elem, UNKNOWN), True, False, frozenset(), v.home)
    if type(v) is Dict:
        return Dict(v.entries, join(v.rest, UNKNOWN), v.home)
    return v


def _mutator_result(method: str, containers: list[Value], args: list[Value]) -> Value:
    """What a mutating method returns: `setdefault` the item already there or the default,
    `pop`/`popleft` an element (a dict's value), the others None."""
    match method:
        case "setdefault":
            default = args[1] if len(args) > 1 else _NONE
            out: list[Value] = [default]
            for alt in containers:
                if isinstance(alt, Dict):
                    out.append(collection_call(alt, "get", args[:1] + [default]))
            return union(out)
        case "pop" | "popleft":
            found: list[Value] = []
            for alt in containers:
                if isinstance(alt, Dict):
                    found.append(collection_call(alt, "get", args[:1] + [args[1] if len(args) > 1 else UNKNOWN]))
                elif not isinstance(alt, Empty):
                    found.append(element_of(alt))
            return union(found) if found else UNKNOWN
        case _:
            return _NONE


def _shrunk(value: Value, cleared: bool) -> Value:
    """A list, tuple or dict something was taken out of: maybe empty now (`cleared`: empty)."""
    out: list[Value] = []
    for alt in alternatives(value):
        match alt:
            case Seq():
                out.append(Seq(BOTTOM if cleared else alt.elem, True, cleared, alt.empty_why, alt.home))
            case Tup():
                out.append(Seq(BOTTOM if cleared else element_of(alt), True, cleared))
            case Dict():
                out.append(Dict((), BOTTOM if cleared else dict_values(alt), alt.home))
            case _:
                out.append(alt)
    return union(out)


def _housed_items(value: Value, homes: frozenset[Loc], key: Value) -> Value:
    """A list or dict taken out of the containers at `homes` (under `key`: apart from the other
    keys' when it is a constant): it lives among their items."""
    key = as_key(key)
    where = (repr(key.value), key.value) if type(key) is Const else ("", None)
    items = frozenset(ItemLoc(h, *where) for h in homes if not isinstance(h, ItemLoc))
    if not items:
        return value
    out: list[Value] = []
    for alt in alternatives(value):
        if isinstance(alt, Seq):
            alt = Seq(alt.elem, alt.may_empty, alt.must_empty, alt.empty_why, alt.home | items)
        elif isinstance(alt, Dict):
            alt = Dict(alt.entries, alt.rest, alt.home | items)
        out.append(alt)
    return union(out)


def _replaced(base: Value, kwargs: list[tuple[str | None, Value]]) -> Value:
    """`obj._replace(**changes)`, `dataclasses.replace(obj, **changes)`: a copy with those fields."""
    out: list[Value] = []
    for alt in alternatives(base):
        if type(alt) is Inst:
            for key, v in kwargs:
                if key is not None:
                    alt = with_field(alt, key, v)
        out.append(alt)
    return union(out)


def home_of(value: Value) -> frozenset[Loc]:
    out: frozenset[Loc] = frozenset()
    for alt in alternatives(value):
        if isinstance(alt, (Seq, Dict)):
            out |= alt.home
    return out


# Kept for the names a collection method may have (see members.coll_method).
__all__ = ["COLLECTION_METHODS", "Calls", "field_of", "home_of", "site_table"]
