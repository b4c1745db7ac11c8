"""The abstract interpreter: evaluates the IR under the idle model and resolves calls.

It resolves names with its own small pass over module bindings (imports, module and
class definitions, `self` attributes) instead of LibCST's scope metadata, which costs
several times the parse itself.

What it does not follow: `getattr` with a computed name, `exec`/`eval`, monkey-patching,
metaclasses and `__getattr__`; a decorator that is not a project function or class is
assumed to return a function that calls the decorated one (`functools.wraps` style);
calling an async function is taken to run it (a coroutine that is never awaited is
still counted: a possible false positive, never a miss).
"""

from __future__ import annotations

import builtins
import datetime
import functools
import operator
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.calls import CallObserver
from wakecheck.analysis.externals import _NEVER, ExternalsMixin
from wakecheck.analysis.index import ProjectIndex
from wakecheck.analysis.reach import (
    GHOST, LIVE, FlowMixin, Hit, Rearm, Trail, lift_ghosts, Reach, State, Summary, combine, keep_best, refine,
)
from wakecheck.analysis.values import (
    _NESTING, ABSENT, BOTTOM, COMMON, RARE, UNKNOWN, Bool, Bottom, ClassRef, Clock, Const, Dict, Empty, Ext, Func, Handle,
    HandleMethod, Inst, ModuleVal, Seq, Throttle, Truth, Tup, Union, Unknown, Value, alternatives,
    as_seq, as_truth, bounded, element_of, empty_reasons, join, truth_and, truth_or,
)
from wakecheck.config import Config
from wakecheck.patterns import PatternSet
from wakecheck.model import ChainFrame, Span

_CONTEXT_LIMIT = 24
_ACTIVE_LIMIT = 2  # activations of one function (in different contexts) under way at once
_CMP = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
        ">": operator.gt, ">=": operator.ge}
_REARM_METHODS = frozenset({"set_alarm", "setAlarm"})
_ARITH = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "//": operator.floordiv, "%": operator.mod}
# Enum members read on every call, bound once (see values.ABSENT).
_LOCAL = ir.Scope.LOCAL
_POSITIONAL, _VAR_POSITIONAL = ir.ParamKind.POSITIONAL, ir.ParamKind.VAR_POSITIONAL
_VAR_KEYWORD = ir.ParamKind.VAR_KEYWORD
_FUNCTION, _METHOD, _CLASSMETHOD = ir.FuncKind.FUNCTION, ir.FuncKind.METHOD, ir.FuncKind.CLASSMETHOD
_STATICMETHOD, _PROPERTY = ir.FuncKind.STATICMETHOD, ir.FuncKind.PROPERTY


_UNDER_WAY = Summary("<under way>")  # a context whose analysis has started and not ended
_MODULE_REACH = Reach(GHOST, frozenset({"~module"}))  # module-level code: no path of an alarm tick
_UNKNOWN_BASE = object()  # not yet in bases_memo
_NAME, _CALL, _CONST, _ATTR = ir.Name, ir.Call, ir.Const, ir.Attr

# Where a class member is defined: (class, method qualname or None, class-attribute values)
_Definition = tuple[str, str | None, tuple[ir.Expr, ...]]


@dataclass(frozen=True, slots=True)
class Model:
    """What the idle model says a call or attribute read is, if anything."""

    value: Value | None = None
    sink: str | None = None


class Interpreter(ExternalsMixin, FlowMixin):
    def __init__(self, index: ProjectIndex, config: Config, *, ghosts: bool = True,
                 models: dict[tuple[tuple[str, ...], bool], Model] | None = None) -> None:
        self.index = index
        self.config = config
        # Ghost tracks only explain NO verdicts (the audit) and show calls on paths the
        # idle model rules out (the call graph); findings come from real tracks alone.
        self.ghosts = ghosts
        # What each call site reaches, calls and reads as (Summary.site_*): the audit's
        # rows. A check (no ghosts) reads only what each function reaches, so it keeps none.
        self.sites = ghosts
        self.summaries: dict[tuple[object, ...], Summary] = {}  # _UNDER_WAY while it runs
        # (ids of a function, its bound value, its arguments) → (those objects, kept alive so
        # that no id is reused, and the summary `summaries` holds for them): see analyze.
        self._same_calls: dict[tuple[int, ...], tuple[tuple[object, ...], Summary]] = {}
        self.active: dict[str, int] = {}  # activations of each function under way
        self.contexts: dict[str, int] = {}
        self.globals_memo: dict[tuple[str, str], Value] = {}
        self.facts_memo: dict[tuple[str, str, bool], Value] = {}
        # (class, attribute, exact) -> (index generation, where it is defined)
        self.members_memo: dict[tuple[str, str, bool], tuple[int, list[_Definition]]] = {}
        self.bases_memo: dict[str, str | None] = {}  # class → external_base's answer, once it is settled
        self.plain_externals: dict[str, int] = {}
        self.attr_names_memo: dict[tuple[str, str], tuple[list[str], tuple[str, ...]]] = {}  # see class_attr_names
        # id(module-level expression) → (the expression, its module, its value): see module_eval
        self.module_memo: dict[int, tuple[ir.Expr, str, Value]] = {}
        # (names, is a call) → what the idle model says: the configuration's answer alone, so
        # the caller may share one table among interpreters of the same configuration.
        self.models: dict[tuple[tuple[str, ...], bool], Model] = models if models is not None else {}
        # (id(parameters), self bound) → (parameters, positional names, *args name, every name),
        # the first parameter left out when self is bound: see bind_params.
        self._shapes: dict[tuple[int, bool], tuple[tuple[ir.Param, ...], tuple[str, ...], str | None,
                                                    frozenset[str]]] = {}
        self.undefined: set[tuple[str, str]] = set()
        # (function, gate text) -> the throttle that branch tests, and where
        self.throttles: dict[tuple[str, str], tuple[Throttle, str, int]] = {}
        self._discard = Summary("<facts>")
        # Told of every call the analysis resolves, or cannot (`wakecheck graph`); None: nobody asks.
        self.calls: CallObserver | None = None

    # -- the idle model ---------------------------------------------------------------
    def model(self, names: Sequence[str], *, call: bool) -> Model:
        if not names:
            return Model()
        key = (tuple(names), call)
        found = self.models.get(key)
        if found is None:
            found = self.models[key] = self._model(names, call=call)
        return found

    def _model(self, names: Sequence[str], *, call: bool) -> Model:
        cfg = self.config
        if call and cfg.sinks.match(names):
            return Model(sink=_matched_name(names, cfg.sinks).rsplit(".", 1)[-1])
        if call and cfg.container_factories.match(names):
            return Model(Handle(_matched_name(names, cfg.container_factories)))
        if cfg.active_guards.match(names) is not None:
            shown = _matched_name(names, cfg.active_guards).rsplit(".", 1)[-1]
            return Model(Bool(Truth(ABSENT, COMMON, frozenset({f"gated on {shown}"}))))
        empty = cfg.empty_on_idle.match(names)
        if empty is not None:
            return Model(Empty(empty[1]))
        rare = cfg.rare.match(names)
        if rare is not None:
            return Model(Bool(Truth(RARE, COMMON, rare_why=frozenset({rare[1]}))))
        return Model()

    # -- function contexts -----------------------------------------------------------------
    def analyze(self, fn: ir.FunctionIR, bound: Value | None, args: Sequence[Value],
                kwargs: Sequence[tuple[str | None, Value]], closure: tuple[tuple[str, Value], ...]) -> Summary:
        # The same function called again with the very same values (a third of calls): the
        # summary found for them, without binding, bounding and hashing them again.
        same = None
        if not kwargs and not closure:
            same = (id(fn), id(bound), *map(id, args))
            known = self._same_calls.get(same)
            if known is not None:
                return known[1]
        if closure:
            closure = tuple((name, bounded(v)) for name, v in closure)
        # Most values hold no other: `bounded` would give them back as they are.
        env = {name: v if type(v) not in _NESTING else bounded(v)
               for name, v in self.bind_params(fn, bound, args, kwargs, dict(closure)).items()}
        count = self.contexts.get(fn.qualname, 0)
        key: tuple[object, ...] = (fn.qualname, tuple(sorted(env.items())), closure)
        # Keys hold whole values, costly to hash: each is looked up once and stored twice.
        summaries = self.summaries
        done = summaries.get(key)
        if (done is None or done is _UNDER_WAY) and count >= _CONTEXT_LIMIT:
            # Too many contexts: keep handles and functions, forget the rest.
            env = {k: (v if isinstance(v, (Handle, Func, Inst, Empty)) else UNKNOWN) for k, v in env.items()}
            key = (fn.qualname, tuple(sorted(env.items())), closure)
            done = summaries.get(key)
        if done is not None and done is not _UNDER_WAY:
            if same is not None:
                self._same_calls[same] = ((fn, bound, *args), done)
            return done
        active = self.active.get(fn.qualname, 0)
        if done is _UNDER_WAY or active >= _ACTIVE_LIMIT:
            # Recursion: assume it returns something unknown; the outer activation
            # already covers the sinks of this function's own body. Recursion that
            # changes its arguments on every round is cut at the same depth.
            return Summary(fn.qualname, ret=UNKNOWN, ret_reach=Reach(2), complete=False)
        summaries[key] = _UNDER_WAY
        self.active[fn.qualname] = active + 1
        self.contexts[fn.qualname] = count + 1
        summary = Summary(fn.qualname)
        try:
            self.run_function(fn, env, dict(closure), summary)
        except BaseException:
            del summaries[key]
            raise
        finally:
            self.active[fn.qualname] = active
        summaries[key] = summary
        if same is not None:
            self._same_calls[same] = ((fn, bound, *args), summary)
        return summary

    def bind_params(self, fn: ir.FunctionIR, bound: Value | None, args: Sequence[Value],
                    kwargs: Sequence[tuple[str | None, Value]],
                    closure: dict[str, Value]) -> dict[str, Value]:
        params = fn.params
        env: dict[str, Value] = {}
        skip = bound is not None and len(params) > 0 and fn.kind is not _STATICMETHOD
        if skip:
            env[params[0].name] = bound  # type: ignore[assignment]
        shape_key = (id(params), skip)
        shape = self._shapes.get(shape_key)
        if shape is None or shape[0] is not params:
            shape = self._shapes[shape_key] = _param_shape(params, skip)
        _, positional, var_positional, names = shape
        if skip:
            params = params[1:]
        for p, v in zip(positional, args):
            env[p] = v
        if var_positional is not None:
            rest = args[len(positional):]
            elem: Value = BOTTOM
            for v in rest:
                elem = join(elem, v)
            env[var_positional] = Seq(elem, not rest, not rest)
        spread = False
        for key, v in kwargs:
            if key is None:
                spread = True
            elif key in names and key not in env:
                env[key] = v
        if len(env) == len(fn.params):
            return env  # every parameter has its value (every key is a parameter's name)
        for param in params:
            if param.name in env:
                continue
            if param.kind is _VAR_KEYWORD:
                env[param.name] = Dict((), UNKNOWN)
            elif f"$default:{param.name}" in closure and not spread:
                env[param.name] = closure[f"$default:{param.name}"]
            elif spread or param.default is None:
                env[param.name] = UNKNOWN
            else:
                env[param.name] = self.module_eval(fn.module, param.default)
        return env

    def module_eval(self, module: str, expr: ir.Expr) -> Value:
        """Evaluate a module-level expression (default, class attribute, global assignment, base class).

        Each is evaluated once: the same defaults, class attributes (`Model.objects` on
        every query) and base classes are asked for again and again, and a module-level
        expression means the same each time (it sees no local and no path of a tick).
        """
        known = self.module_memo.get(id(expr))
        if known is not None and known[0] is expr and known[1] == module:
            return known[2]
        value = self.eval(expr, State(_MODULE_REACH, {}), _module_function(module), self._discard, {})
        self.module_memo[id(expr)] = (expr, module, value)
        return value

    # -- expressions ---------------------------------------------------------------------
    def eval(self, expr: ir.Expr, st: State, fn: ir.FunctionIR, summary: Summary,  # noqa: C901
             closure: dict[str, Value]) -> Value:
        # The four commonest kinds first, by exact type (nine in ten of what is evaluated:
        # a local name alone is four in ten).
        kind = type(expr)
        if kind is _NAME:
            if expr.scope is _LOCAL:  # type: ignore[union-attr]
                found = st.env.get(expr.id, BOTTOM)  # type: ignore[union-attr]
                return UNKNOWN if type(found) is Bottom else found
            return self.name_value(expr, st, fn, closure)  # type: ignore[arg-type]
        if kind is _CALL:
            return self.call(expr, st, fn, summary, closure)  # type: ignore[arg-type]
        if kind is _CONST:
            return Const(expr.value)  # type: ignore[union-attr]
        if kind is _ATTR:
            base = self.eval(expr.base, st, fn, summary, closure)  # type: ignore[union-attr]
            names = self.attr_names(expr, base, st, fn, closure)  # type: ignore[arg-type]
            modelled = self.model(names, call=False)
            if modelled.value is not None:
                return modelled.value
            return self.attribute(base, expr, st, fn, summary, closure)  # type: ignore[arg-type]
        match expr:
            case ir.BinOp():
                return self.binop(expr.op, self.eval(expr.left, st, fn, summary, closure),
                                  self.eval(expr.right, st, fn, summary, closure))
            case ir.UnaryOp():
                v = self.eval(expr.operand, st, fn, summary, closure)
                if expr.op == "not":
                    return Bool(as_truth(v).negate())
                if expr.op == "-" and isinstance(v, Const) and isinstance(v.value, (int, float)):
                    return Const(-v.value)
                return v if expr.op == "+" else UNKNOWN
            case ir.BoolOp():
                return self.boolop(expr, st, fn, summary, closure)
            case ir.Compare():
                return self.compare(expr, st, fn, summary, closure)
            case ir.IfExp():
                truth = as_truth(self.eval(expr.test, st, fn, summary, closure))
                a = self.under(refine(st.reach, truth, True, expr.test_text), expr.body, st, fn, summary, closure)
                b = self.under(refine(st.reach, truth, False, expr.test_text), expr.orelse, st, fn, summary, closure)
                return _feasible_join(st.reach, truth, a, b)
            case ir.FuncRef():
                return self.closure_of(expr.qualname, st, fn, summary, closure)
            case ir.SeqLit():
                items = [self.eval(i, st, fn, summary, closure) for i in expr.items]
                if (expr.kind == "tuple" or expr.kind == "list" and items) \
                        and not any(isinstance(i, ir.Starred) for i in expr.items):
                    # A list literal keeps its items apart too, so `fs[1]` is the second; storing
                    # into it (append, `fs[i] = f`) makes it a sequence of every element.
                    return Tup(tuple(items))
                return _seq_of(items, expr.items)
            case ir.DictLit():
                entries: list[tuple[object, Value]] = []
                rest: Value = BOTTOM
                for k, value_expr in zip(expr.keys, expr.values):
                    item = self.eval(value_expr, st, fn, summary, closure)
                    key = self.eval(k, st, fn, summary, closure) if k is not None else None
                    if isinstance(key, Const):
                        entries.append((key.value, item))
                    else:
                        rest = join(rest, item if k is not None else UNKNOWN)
                return Dict(tuple(entries), rest)
            case ir.Subscript():
                base = self.eval(expr.base, st, fn, summary, closure)
                index = self.eval(expr.index, st, fn, summary, closure)
                return _subscript(base, index)
            case ir.Starred():
                return self.eval(expr.value, st, fn, summary, closure)
            case ir.NamedExpr():
                value = self.eval(expr.value, st, fn, summary, closure)
                st.env[expr.target] = value
                return value
            case ir.Comp():
                return self.comprehension(expr, st, fn, summary, closure)
            case ir.ModuleRef():
                return self.module_value(expr.name)
            case ir.Raised():
                raised = self.eval(expr.value, st, fn, summary, closure)
                call = ir.Call(expr.value, (), expr.site, expr.span, expr.text)
                out: Value = BOTTOM
                for alt in alternatives(raised):
                    made = self.construct(alt.qualname, [], [], st, fn, summary, call) if isinstance(alt, ClassRef) else alt
                    out = join(out, made)
                return out
            case ir.Decorate():
                decorated = self.eval(expr.value, st, fn, summary, closure)
                for decorator in expr.decorators:
                    decorated = self.decorate(decorated, decorator, st, fn, summary, closure)
                return decorated
            case ir.Iter():
                return self.iterate(self.eval(expr.value, st, fn, summary, closure), expr, st, fn, summary, closure)
            case ir.Opaque():
                for part in expr.parts:
                    self.eval(part, st, fn, summary, closure)
                return UNKNOWN
            case _:
                raise AssertionError(f"unhandled expression {expr!r}")

    def under(self, reach: Reach, expr: ir.Expr, st: State, fn: ir.FunctionIR, summary: Summary,
              closure: dict[str, Value]) -> Value:
        """Evaluate a sub-expression that runs only on some paths (and/or, if-else, comprehension filters)."""
        saved = st.reach
        st.reach = reach
        try:
            return self.eval(expr, st, fn, summary, closure)
        finally:
            st.reach = saved
            st.dead = False  # `x or sys.exit()`: the other path goes on

    def boolop(self, expr: ir.BoolOp, st: State, fn: ir.FunctionIR, summary: Summary,
               closure: dict[str, Value]) -> Value:
        a = self.eval(expr.left, st, fn, summary, closure)
        ta = as_truth(a)
        polarity = expr.op == "and"
        b = self.under(refine(st.reach, ta, polarity, None), expr.right, st, fn, summary, closure)
        tb = as_truth(b)
        if ta.side(not polarity) == ABSENT:
            return b  # the left side always lets the right one decide
        if ta.side(polarity) == ABSENT:
            return a
        if isinstance(a, (Bool, Const)) and isinstance(b, (Bool, Const)):
            return Bool(truth_and(ta, tb) if polarity else truth_or(ta, tb))
        return join(a, b)

    def compare(self, expr: ir.Compare, st: State, fn: ir.FunctionIR, summary: Summary,
                closure: dict[str, Value]) -> Value:
        left = self.eval(expr.left, st, fn, summary, closure)
        first = left
        result: Truth | None = None
        for op, comp in zip(expr.ops, expr.comparators):
            right = self.eval(comp, st, fn, summary, closure)
            t = _compare(op, left, right)
            result = t if result is None else truth_and(result, t)
            left = right
        assert result is not None
        if result.t == ABSENT and not result.why:
            return Const(False)
        if result.f == ABSENT and not result.why:
            return Const(True)
        throttle = _throttle(expr, first, left, fn) if len(expr.ops) == 1 else None
        return Bool(result, throttle)

    def binop(self, op: str, a: Value, b: Value) -> Value:
        if isinstance(a, Clock) or isinstance(b, Clock):
            return _clock_arith(op, a, b)
        if isinstance(a, Const) and isinstance(b, Const) and op in _ARITH:
            if _number(a.value) and _number(b.value):
                try:
                    return Const(_ARITH[op](a.value, b.value))
                except (ArithmeticError, ValueError):
                    return UNKNOWN
            if op == "+" and isinstance(a.value, str) and isinstance(b.value, str):
                return Const(a.value + b.value)
        if op == "+" and isinstance(a, (Seq, Tup, Empty)) and isinstance(b, (Seq, Tup, Empty)):
            return _concat(a, b)
        return UNKNOWN

    def augment(self, current: Value, op: str, value: Value) -> Value:
        return self.binop(op, current, value)

    def comprehension(self, expr: ir.Comp, st: State, fn: ir.FunctionIR, summary: Summary,
                      closure: dict[str, Value]) -> Value:
        saved_env, saved_reach = st.env, st.reach
        st.env = dict(st.env)
        why: frozenset[str] | None = None
        try:
            for gen in expr.generators:
                iterable = self.eval(gen.iter, st, fn, summary, closure)
                reasons = empty_reasons(iterable)
                if reasons is not None and why is None:
                    why = reasons
                    if st.reach.level != GHOST:
                        st.reach = Reach(GHOST, reasons or frozenset({f"~{gen.iter_text} is empty"}))
                self.assign(gen.target, element_of(iterable), st, fn, summary, closure)
                for cond, text in zip(gen.ifs, gen.if_texts):
                    st.reach = refine(st.reach, as_truth(self.eval(cond, st, fn, summary, closure)), True, text)
            elem = self.eval(expr.elt, st, fn, summary, closure)
            if expr.value is not None:
                self.eval(expr.value, st, fn, summary, closure)
        finally:
            st.env, st.reach = saved_env, saved_reach
            st.dead = False
        if why is not None:
            return Seq(BOTTOM, True, True, why)
        if expr.kind == "dict":
            return Dict((), UNKNOWN)
        return Seq(elem, True, False)

    # -- names, closures, assignment --------------------------------------------------------
    def name_value(self, expr: ir.Name, st: State, fn: ir.FunctionIR, closure: dict[str, Value]) -> Value:
        match expr.scope:
            case ir.Scope.LOCAL:
                v = st.env.get(expr.id, BOTTOM)
                return UNKNOWN if isinstance(v, Bottom) else v
            case ir.Scope.FREE:
                return closure.get(expr.id, UNKNOWN)
            case _:
                return self.global_value(fn.module, expr.id)

    def closure_of(self, qualname: str, st: State, fn: ir.FunctionIR, summary: Summary,
                   closure: dict[str, Value]) -> Value:
        target = self.index.function(qualname)
        if target is None:
            return UNKNOWN
        captured: list[tuple[str, Value]] = []
        for name in target.free_vars:
            value = st.env.get(name, closure.get(name, UNKNOWN))
            captured.append((name, UNKNOWN if isinstance(value, Bottom) else value))
        # Defaults are evaluated where the def stands (`lambda b=bead: ...` captures bead).
        for param in target.params:
            if param.default is not None:
                captured.append((f"$default:{param.name}", self.eval(param.default, st, fn, summary, closure)))
        return Func(qualname, None, tuple(captured))

    def assign(self, target: ir.Target, value: Value, st: State, fn: ir.FunctionIR,  # noqa: C901
               summary: Summary, closure: dict[str, Value]) -> None:
        match target:
            case ir.NameT():
                if target.scope is _LOCAL:
                    st.env[target.id] = value
                    if target.id in fn.attr_stores:  # the name's attributes, as stored, are gone
                        prefix = f"@{target.id}."
                        for key in [k for k in st.env if k.startswith(prefix)]:
                            del st.env[key]
            case ir.AttrT():
                if isinstance(target.base, ir.Name) and target.base.scope is _LOCAL:
                    st.env[f"@{target.base.id}.{target.attr}"] = value
                else:
                    self.eval(target.base, st, fn, summary, closure)
            case ir.SubscriptT():
                base_v = self.eval(target.base, st, fn, summary, closure)
                index_v = self.eval(target.index, st, fn, summary, closure)
                if isinstance(target.base, ir.Name) and target.base.scope is _LOCAL:
                    if isinstance(base_v, Dict):
                        st.env[target.base.id] = _dict_store(base_v, index_v, value)
                    elif isinstance(base_v, (Seq, Tup)):
                        st.env[target.base.id] = Seq(join(as_seq(base_v).elem, value), False, False)
                elif isinstance(target.base, ir.Subscript) and isinstance(base_v, Dict):
                    # `d["a"]["b"] = v`: the inner dict changes, and so the outer one holds a new value.
                    self.assign(ir.SubscriptT(target.base.base, target.base.index), _dict_store(base_v, index_v, value),
                                st, fn, summary, closure)
            case ir.TupleT():
                items = _unpack(value, len(target.items))
                for item_target, item in zip(target.items, items):
                    self.assign(item_target, item, st, fn, summary, closure)
            case ir.StarT():
                self.assign(target.target, as_seq(value) if not isinstance(value, Unknown) else value,
                            st, fn, summary, closure)
            case _:
                raise AssertionError(f"unhandled target {target!r}")

    # -- globals and modules ----------------------------------------------------------------
    def global_value(self, module: str, name: str) -> Value:
        key = (module, name)
        if key in self.globals_memo:
            return self.globals_memo[key]
        self.globals_memo[key] = UNKNOWN  # cycles through module aliases end here
        value = self._global_value(module, name)
        self.globals_memo[key] = value
        return value

    def _global_value(self, module: str, name: str) -> Value:
        mod = self.index.module(module)
        bindings = self.index.bindings(module, name) if mod is not None else ()
        if not bindings:
            for star in self.index.bindings(module, "*") if mod is not None else ():
                if self.index.bindings(star.target, name):
                    return self.global_value(star.target, name)
            if name in _BUILTIN_NAMES:
                return Ext(f"builtins.{name}")
            self.undefined.add((module, name))
            return Ext(f"{module}.{name}")
        value: Value = BOTTOM
        for binding in bindings:
            value = join(value, self.binding_value(module, binding))
        return value

    def binding_value(self, module: str, binding: ir.Binding) -> Value:
        match binding.kind:
            case ir.BindingKind.FUNCTION if binding.value is not None:
                return self.module_eval(module, binding.value)  # a decorated function
            case ir.BindingKind.FUNCTION:
                return Func(binding.target)
            case ir.BindingKind.CLASS:
                return ClassRef(binding.target)
            case ir.BindingKind.IMPORT_MODULE:
                return self.module_value(binding.target)
            case ir.BindingKind.IMPORT_FROM:
                return self.member(binding.target, binding.member or "")
            case ir.BindingKind.ASSIGN:
                assert binding.value is not None
                return self.module_eval(module, binding.value)
            case _:
                raise AssertionError(f"unhandled binding {binding!r}")

    def module_value(self, name: str) -> Value:
        resolved = self.index.resolve_module(name)
        return ModuleVal(resolved) if resolved is not None else Ext(name)

    def member(self, module: str, name: str) -> Value:
        resolved = self.index.resolve_module(module)
        if resolved is None:
            return Ext(f"{module}.{name}")
        sub = self.index.resolve_module(f"{resolved}.{name}")
        if sub is not None and not self.index.bindings(resolved, name):
            return ModuleVal(sub)
        return self.global_value(resolved, name)

    # -- attributes --------------------------------------------------------------------------
    def attr_names(self, expr: ir.Attr, base: Value, st: State, fn: ir.FunctionIR,
                   closure: dict[str, Value]) -> Sequence[str]:
        """Dotted names an attribute may be known by, for matching the configured patterns."""
        if type(base) is Inst:  # the commonest base: its names as kept, not copied
            return self.class_attr_names(base.cls, expr.attr)
        names: list[str] = []
        for alt in alternatives(base) if type(base) is Union else (base,):
            match alt:
                case Inst():
                    names.extend(self.class_attr_names(alt.cls, expr.attr))
                case ModuleVal() | Ext():
                    names.append(f"{alt.name}.{expr.attr}")
                case ClassRef():
                    names.append(f"{alt.qualname}.{expr.attr}")
                case _:
                    pass
        if not names:
            names.append(expr.text if "." in expr.text else f"{fn.module}.{expr.text}")
        return names

    def class_attr_names(self, cls: str, attr: str) -> tuple[str, ...]:
        """`Class.attr` for each class of the MRO: kept while that MRO stands."""
        mro = self.index.mro(cls, self)
        known = self.attr_names_memo.get((cls, attr))
        if known is None or known[0] is not mro:
            known = self.attr_names_memo[(cls, attr)] = (mro, tuple(f"{c}.{attr}" for c in mro))
        return known[1]

    def attribute(self, base: Value, expr: ir.Attr, st: State, fn: ir.FunctionIR, summary: Summary,
                  closure: dict[str, Value]) -> Value:
        base_expr = expr.base
        if type(base_expr) is ir.Name and base_expr.scope is _LOCAL and base_expr.id in fn.attr_stores:
            local = st.env.get(f"@{base_expr.id}.{expr.attr}")
            if local is not None:
                return local
        if type(base) is not Union:  # one alternative: nothing to join
            out = self.attribute_of(base, expr.attr, expr, st, fn, summary, closure)
        else:
            out = BOTTOM
            for alt in alternatives(base):
                out = join(out, self.attribute_of(alt, expr.attr, expr, st, fn, summary, closure))
        return UNKNOWN if type(out) is Bottom else out

    def attribute_of(self, base: Value, attr: str, expr: ir.Attr, st: State,  # noqa: C901
                     fn: ir.FunctionIR, summary: Summary, closure: dict[str, Value]) -> Value:
        match base:
            case Handle():
                return HandleMethod(base, attr)
            case ModuleVal():
                return self.member(base.name, attr)
            case Ext():
                return Ext(f"{base.name}.{attr}")
            case ClassRef():
                found = self.class_member(base.qualname, attr, None, exact=True)
                return found if found is not None else UNKNOWN
            case Inst():
                fields = dict(base.fields)
                if attr in fields:
                    return fields[attr]
                found = self.class_member(base.cls, attr, base, exact=base.exact)
                if isinstance(found, _Property):
                    return self.call_property(found, base, expr, st, fn, summary, closure)
                if found is not None:
                    return found
                fact = self.attribute_fact(base.cls, attr, base.exact)
                inherited = self.external_base(base.cls) if isinstance(fact, Unknown) else None
                # Neither defined nor stored in the project's classes: the external base class's.
                return Ext(f"{inherited}.{attr}") if inherited is not None else fact
            case Empty():
                if attr in _EMPTY_ATTRS:
                    return base
                return _coll_method(base, attr)
            case Seq() | Dict() | Tup():
                return _coll_method(base, attr)
            case _Super():
                found = self.class_member_after(base, attr)
                if isinstance(found, _Property):
                    return self.call_property(found, base.inst, expr, st, fn, summary, closure)
                return found if found is not None else UNKNOWN
            case Func():
                return UNKNOWN
            case _:
                return UNKNOWN

    def class_member(self, cls: str, attr: str, inst: Inst | None, *, exact: bool) -> Value | None:
        """A method (bound to `inst`), property, or class attribute found along the MRO."""
        out: Value | None = None
        for klass, method, attrs in self.member_definitions(cls, attr, exact):
            if method is not None:
                found = self.bind_method(method, inst if inst is not None else None, klass)
            else:
                found = BOTTOM
                module = self.index.shape(klass).module  # type: ignore[union-attr]
                for v in attrs:
                    found = join(found, self.class_attr_value(module, v))
            out = found if out is None else _join_members(out, found)
        return out

    def member_definitions(self, cls: str, attr: str, exact: bool) -> list[_Definition]:
        """Where `attr` is defined for `cls` (and, not exact, each loaded subclass): the first
        class along each MRO with a method (its qualname) or class attributes (their values).
        """
        key = (cls, attr, exact)
        generation = self.index.generation
        known = self.members_memo.get(key)
        if known is not None and known[0] == generation:
            return known[1]
        owners = [cls] if exact else [cls, *self.index.subclasses(cls, self)]
        found: list[_Definition] = []
        for owner in owners:
            for klass in self.index.mro(owner, self):
                method, attrs, _ = self.index.member(klass, attr)
                if method is not None:
                    found.append((klass, method, ()))
                    break
                if attrs:
                    found.append((klass, None, attrs))
                    break
        self.members_memo[key] = (self.index.generation, found)
        return found

    def external_base(self, cls: str) -> str | None:
        """The first base class outside the project in `cls`'s MRO (not `object`), if any."""
        known = self.bases_memo.get(cls, _UNKNOWN_BASE)
        if known is not _UNKNOWN_BASE:
            return cast("str | None", known)
        found: str | None = None
        undefined = self.undefined
        named: list[tuple[str, str]] = []  # bases named by a plain name, and evaluated here
        for klass in self.index.mro(cls, self):
            info = self.index.shape(klass)
            for base in info.bases if info is not None else ():
                if isinstance(base, ir.Name):
                    if (info.module, base.id) in undefined:  # type: ignore[union-attr]
                        continue  # a name defined nowhere: no class at all
                    named.append((info.module, base.id))  # type: ignore[union-attr]
                for alt in alternatives(self.module_eval(info.module, base)):  # type: ignore[union-attr]
                    if isinstance(alt, Ext) and alt.name != "builtins.object":
                        found = alt.name
                        break
                if found is not None:
                    break
            if found is not None:
                break
        # A plain name found undefined only while evaluating it here is passed over from now
        # on: the answer may change once, so it is kept only when no such name was met.
        if not any(pair in undefined for pair in named):
            self.bases_memo[cls] = found
        return found

    def class_attr_value(self, module: str, expr: ir.Expr) -> Value:
        # The lowering records a nested class as a Name holding its qualname (`m.A.B`).
        if isinstance(expr, ir.Name) and "." in expr.id and self.index.shape(expr.id) is not None:
            return ClassRef(expr.id)
        return self.module_eval(module, expr)

    def class_member_after(self, sup: _Super, attr: str) -> Value | None:
        """`super().attr`: the first definition after `sup.cls` in the instance's MRO."""
        mro = self.index.mro(sup.inst.cls, self)
        after = mro[mro.index(sup.cls) + 1:] if sup.cls in mro else self.index.mro(sup.cls, self)[1:]
        for klass in after:
            method = self.index.member(klass, attr)[0]
            if method is not None:
                return self.bind_method(method, sup.inst, klass)
        return None

    def bind_method(self, qualname: str, inst: Inst | None, klass: str) -> Value:
        target = self.index.function(qualname)
        if target is None:
            return UNKNOWN
        match target.kind:
            case ir.FuncKind.PROPERTY:
                return cast(Value, _Property(qualname)) if inst is not None else Func(qualname)
            case ir.FuncKind.STATICMETHOD:
                return Func(qualname)
            case ir.FuncKind.CLASSMETHOD:
                return Func(qualname, ClassRef(inst.cls if inst is not None else klass))
            case _:
                return Func(qualname, inst) if inst is not None else Func(qualname)

    def call_property(self, prop: Value, inst: Inst, expr: ir.Attr, st: State, fn: ir.FunctionIR,
                      summary: Summary, closure: dict[str, Value]) -> Value:
        out: Value = BOTTOM
        for alt in alternatives(prop):
            if isinstance(alt, _Property):
                getter = self.index.function(alt.qualname)
                if getter is not None:
                    out = join(out, self.invoke(getter, inst, [], [], (), st, fn, summary,
                                                _site_of(expr), expr.text))
            else:
                out = join(out, alt)
        return out

    def attribute_fact(self, cls: str, attr: str, exact: bool) -> Value:
        """Join of every `self.attr = value` in the class hierarchy (flow-insensitive)."""
        key = (cls, attr, exact)
        if key in self.facts_memo:
            return self.facts_memo[key]
        self.facts_memo[key] = UNKNOWN
        value: Value = BOTTOM
        owners = [cls] if exact else [cls, *self.index.subclasses(cls, self)]
        for owner in owners:
            for klass in self.index.mro(owner, self):
                for method, expr in self.index.member(klass, attr)[2]:
                    method_ir = self.index.function(method)
                    if method_ir is None:
                        continue
                    env: dict[str, Value] = {method_ir.params[0].name: Inst(owner, False)} if method_ir.params else {}
                    state = State(Reach(GHOST, frozenset({"~fact"})), env)
                    value = join(value, _loosen(self.eval(expr, state, method_ir, self._discard, {})))
        result = UNKNOWN if isinstance(value, Bottom) else value
        self.facts_memo[key] = result
        return result

    # -- calls --------------------------------------------------------------------------------
    def call(self, expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,  # noqa: C901
             closure: dict[str, Value]) -> Value:
        callee, names = self.callee(expr.func, st, fn, summary, closure)
        args: list[Value] = []
        kwargs: list[tuple[str | None, Value]] = []
        for arg in expr.args:
            v = self.eval(arg.value, st, fn, summary, closure)
            if arg.star == 1:
                args.extend(_spread(v))
            elif arg.star == 2 or arg.keyword is not None:
                kwargs.append((arg.keyword if arg.star == 0 else None, v))
            else:
                args.append(v)
        if st.dead:
            return BOTTOM
        func = expr.func
        if type(func) is _ATTR:
            if func.attr in _MUTATORS and self.mutate(func, args, kwargs, st):
                return Const(None)
            if func.attr in _REARM_METHODS and args and st.reach.level == LIVE:
                self.note_rearm(args[0], expr, fn, summary)
        alts = alternatives(callee) if type(callee) is Union else (callee,)
        for alt in alts:  # the callee's own names too (`_value_names`)
            kind = type(alt)
            extra = (alt.qualname if kind is Func or kind is ClassRef  # type: ignore[union-attr]
                     else alt.name if kind is Ext else None)  # type: ignore[union-attr]
            if extra is not None and extra not in names:
                names = [*names, extra]
        modelled = self.model(names, call=True)
        if modelled.sink is not None:
            self.record_sink(expr, modelled.sink, args, kwargs, st, fn, summary)
            return UNKNOWN
        if modelled.value is not None:
            return modelled.value
        out: Value = BOTTOM
        returned = False
        for alt in alts:
            result = self.call_value(alt, expr, args, kwargs, st, fn, summary, closure)
            if result is not _NEVER:
                out = join(out, result) if returned else result
                returned = True
        if not returned:
            st.dead = True
            return BOTTOM
        return UNKNOWN if type(out) is Bottom else out

    def decorate(self, value: Value, decorator: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,
                 closure: dict[str, Value]) -> Value:
        """`decorator(value)` for a project decorator; any other leaves the function as it was."""
        out: Value = BOTTOM
        for alt in alternatives(self.eval(decorator.func, st, fn, summary, closure)):
            got: Value = BOTTOM
            if isinstance(alt, (Func, ClassRef)):
                got = self.call_value(alt, decorator, [value], [], st, fn, summary, closure)
            out = join(out, value if got is _NEVER or isinstance(got, (Unknown, Bottom)) else got)
        return value if isinstance(out, Bottom) else out

    def iterate(self, value: Value, expr: ir.Iter, st: State, fn: ir.FunctionIR, summary: Summary,
                closure: dict[str, Value]) -> Value:
        """`iter(value)` for a loop: an object with `__iter__` becomes the sequence its `__next__` returns."""
        if not any(isinstance(alt, Inst) for alt in alternatives(value)):
            return value
        call = ir.Call(expr.value, (), expr.site, expr.span, expr.text)
        out: Value = BOTTOM
        for alt in alternatives(value):
            method = self.class_member(alt.cls, "__iter__", alt, exact=alt.exact) if isinstance(alt, Inst) else None
            if method is None:
                out = join(out, alt)
                continue
            elem: Value = BOTTOM
            for iterator in alternatives(self.call_value(method, call, [], [], st, fn, summary, closure)):
                step = (self.class_member(iterator.cls, "__next__", iterator, exact=iterator.exact)
                        if isinstance(iterator, Inst) else None)
                got = self.call_value(step, call, [], [], st, fn, summary, closure) if step is not None \
                    else element_of(iterator)
                if got is not _NEVER:
                    elem = join(elem, got)
            out = join(out, Seq(UNKNOWN if isinstance(elem, Bottom) else elem, True, False))
        return out

    def note_rearm(self, when: Value, expr: ir.Call, fn: ir.FunctionIR, summary: Summary) -> None:
        """`storage.set_alarm(now + PERIOD)` on a live idle path: the idle alarm period."""
        for alt in alternatives(when):
            if isinstance(alt, Clock) and alt.shift is not None and alt.shift > 0:
                period = alt.seconds(alt.shift)
                summary.rearm |= {Rearm(period, self.index.path_of(fn.module), expr.span.line)}

    def note_throttle(self, fn: ir.FunctionIR, gate: str, throttle: Throttle, line: int) -> None:
        self.throttles[(fn.qualname, gate)] = (throttle, self.index.path_of(fn.module), line)

    def mutate(self, func: ir.Attr, args: list[Value], kwargs: list[tuple[str | None, Value]],
               st: State) -> bool:
        """`xs.append(v)` and friends (`func.attr` in _MUTATORS) on a local collection: the local's value grows."""
        if not (isinstance(func.base, ir.Name) and func.base.scope is _LOCAL):
            return False
        current = st.env.get(func.base.id, BOTTOM)
        if not isinstance(current, (Seq, Tup, Dict, Empty, Bottom)):
            return False
        added: Value = BOTTOM
        match func.attr:
            case "append" | "add" | "appendleft":
                added = args[0] if args else UNKNOWN
            case "insert":
                added = args[1] if len(args) > 1 else UNKNOWN
            case "extend" | "update" | "extendleft":
                for a in args:
                    added = join(added, element_of(a) if not isinstance(a, Dict) else a.rest)
                for _, v in kwargs:
                    added = join(added, v)
                if all(empty_reasons(a) is not None for a in args) and not kwargs:
                    return True
            case "setdefault":
                added = args[1] if len(args) > 1 else UNKNOWN
            case _:
                return True  # clear/pop/remove/sort: nothing new in it
        if isinstance(current, Dict) and func.attr == "update" and all(isinstance(a, Dict) for a in args):
            # `d.update({"k": v}, k2=v2)`: constant keys are replaced, as a store `d["k"] = v` would.
            for other in args:
                assert isinstance(other, Dict)
                for k, v in other.entries:
                    current = _dict_store(current, Const(k), v)
                current = Dict(current.entries, join(current.rest, other.rest))
            for k, v in kwargs:
                current = _dict_store(current, Const(k) if k is not None else UNKNOWN, v)
            st.env[func.base.id] = current
        elif isinstance(current, Dict):
            st.env[func.base.id] = Dict(current.entries, join(current.rest, added))
        else:
            seq = as_seq(current) if isinstance(current, (Seq, Tup)) else Seq(BOTTOM, True, True)
            st.env[func.base.id] = Seq(join(seq.elem, added), False, False)
        return True

    def callee(self, func: ir.Expr, st: State, fn: ir.FunctionIR, summary: Summary,
               closure: dict[str, Value]) -> tuple[Value, Sequence[str]]:
        """The called value and its names, without applying the model to the callee itself."""
        match func:
            case ir.Attr():
                base = self.eval(func.base, st, fn, summary, closure)
                return (self.attribute(base, func, st, fn, summary, closure),
                        self.attr_names(func, base, st, fn, closure))
            case ir.Name(scope=ir.Scope.GLOBAL):
                value = self.global_value(fn.module, func.id)
                return value, [f"{fn.module}.{func.id}"]
            case ir.Name():
                return self.eval(func, st, fn, summary, closure), [func.id]
            case _:
                return self.eval(func, st, fn, summary, closure), []

    def call_value(self, callee: Value, expr: ir.Call, args: list[Value],  # noqa: C901
                   kwargs: list[tuple[str | None, Value]], st: State, fn: ir.FunctionIR,
                   summary: Summary, closure: dict[str, Value]) -> Value:
        match callee:
            case HandleMethod():
                if callee.method not in self.config.quiet_methods:
                    self.record_sink(expr, callee.method, args, kwargs, st, fn, summary)
                return UNKNOWN
            case Func():
                target = self.index.function(callee.qualname)
                if target is None:
                    return UNKNOWN
                return self.invoke(target, callee.bound, [*callee.partial, *args], kwargs,
                                   callee.closure, st, fn, summary, expr.site, expr.text, expr.span)
            case ClassRef():
                return self.construct(callee.qualname, args, kwargs, st, fn, summary, expr)
            case Ext():
                undefined = isinstance(expr.func, ir.Name) and (fn.module, expr.func.id) in self.undefined
                if undefined:
                    self.record_unresolved(expr, st, fn, summary)
                if self.calls is not None:
                    if undefined:
                        self.calls.unresolved(fn, expr.span, expr.text)
                    else:
                        self.calls.external(fn, expr.span, callee.name)
                if callee.name == "builtins.super" and not args and fn.class_qualname and fn.params:
                    inst = st.env.get(fn.params[0].name, UNKNOWN)
                    if isinstance(inst, Inst):
                        return _Super(fn.class_qualname, inst)  # type: ignore[return-value]
                return self.external(callee.name, expr, args, kwargs, st, fn, summary, closure)
            case _CollMethod():
                return _collection_call(callee.base, callee.method, args)
            case Inst():
                call = self.class_member(callee.cls, "__call__", callee, exact=callee.exact)
                if call is not None:
                    return self.call_value(call, expr, args, kwargs, st, fn, summary, closure)
                return UNKNOWN
            case _:
                self.callbacks(args, kwargs, expr, st, fn, summary)
                if self.is_unresolved(expr.func, callee, fn):
                    self.record_unresolved(expr, st, fn, summary)
                if self.calls is not None and isinstance(callee, (Unknown, Bottom)):
                    self.calls.unresolved(fn, expr.span, expr.text)
                return UNKNOWN

    def invoke(self, target: ir.FunctionIR, bound: Value | None, args: Sequence[Value],
               kwargs: Sequence[tuple[str | None, Value]], closure: tuple[tuple[str, Value], ...],
               st: State, fn: ir.FunctionIR, summary: Summary, site: int, text: str,
               span: Span | None = None, *, handed: bool = False) -> Value:
        if self.calls is not None:
            self.calls.resolved(fn, span, target.qualname, handed=handed)
        callee_summary = self.analyze(target, bound, args, kwargs, closure)
        call_line = span.line if span is not None else 0
        if self.sites:
            if span is not None:
                summary.site_text.setdefault(site, (span, text))
            summary.site_callees.setdefault(site, set()).add(
                (target.qualname, bound, tuple(args), tuple(kwargs), closure))
        if st.reach.level == LIVE and callee_summary.rearm:
            summary.rearm |= callee_summary.rearm
        if callee_summary.hits or callee_summary.unresolved:
            frame = ChainFrame(fn.qualname, self.index.path_of(fn.module), call_line)
            for hit in callee_summary.hits.values():
                self.lift(hit, frame, st, summary, site, summary.hits)
            for hit in callee_summary.unresolved.values():
                self.lift(hit, frame, st, summary, site, summary.unresolved)
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
            return _NEVER
        if not callee_summary.returns:
            return _NEVER
        return join(callee_summary.ret, callee_summary.ret_ghost)

    def lift(self, hit: Hit, frame: ChainFrame, st: State, summary: Summary, site: int,
             table: dict[tuple[str, int], Hit]) -> None:
        lifted = Hit(hit.key, hit.path, hit.span, hit.sink, hit.label, hit.detail,
                     combine(st.reach, hit.reach), Trail(frame, st.reach.gates, hit.trail),
                     lift_ghosts(st.reach, hit))
        keep_best(table, lifted)
        if table is summary.hits and self.sites:
            keep_best(_site_table(summary, st, site), lifted)

    def construct(self, cls: str, args: list[Value], kwargs: list[tuple[str | None, Value]],
                  st: State, fn: ir.FunctionIR, summary: Summary, expr: ir.Call) -> Value:
        if self.index.shape(cls) is None:
            return Inst(cls, True)
        init = self.class_member(cls, "__init__", Inst(cls, True), exact=True)
        if isinstance(init, Func):
            target = self.index.function(init.qualname)
            if target is not None:
                before = Inst(cls, True)
                callee_summary = self.analyze(target, before, args, kwargs, ())
                self.invoke(target, before, args, kwargs, (), st, fn, summary, expr.site, expr.text, expr.span)
                return Inst(cls, True, tuple(sorted(callee_summary.stores.items())))
        inherited = self.external_base(cls) if self.calls is not None else None
        if inherited is not None:
            self.calls.external(fn, expr.span, f"{inherited}.__init__")  # type: ignore[union-attr]
        shapes = [self.index.shape(klass) for klass in reversed(self.index.mro(cls, self))]
        fields = [f for info in shapes if info is not None for f in info.fields]
        values = dict(zip(fields, args))
        values.update((k, v) for k, v in kwargs if k is not None)
        return Inst(cls, True, tuple(sorted(values.items())))

    def record_sink(self, expr: ir.Call, label: str, args: list[Value],
                    kwargs: list[tuple[str | None, Value]], st: State, fn: ir.FunctionIR,
                    summary: Summary) -> None:
        path = self.index.path_of(fn.module)
        hit = Hit((path, expr.site), path, expr.span, expr.text, label, _detail(label, expr, args, kwargs),
                  st.reach, Trail(ChainFrame(fn.qualname, path, expr.span.line), st.reach.gates))
        keep_best(summary.hits, hit)
        if self.sites:
            keep_best(_site_table(summary, st, expr.site), hit)
            summary.site_text.setdefault(expr.site, (expr.span, expr.text))

    def record_unresolved(self, expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary) -> None:
        path = self.index.path_of(fn.module)
        hit = Hit((path, expr.site), path, expr.span, expr.text, expr.text, "", st.reach,
                  Trail(ChainFrame(fn.qualname, path, expr.span.line), st.reach.gates))
        keep_best(summary.unresolved, hit)

    def is_unresolved(self, func: ir.Expr, callee: Value, fn: ir.FunctionIR) -> bool:
        """Calls we could not follow that may be project code: unknown locals, missing names/methods."""
        if not isinstance(callee, (Unknown, Bottom)):
            return False
        match func:
            case ir.Name(scope=ir.Scope.GLOBAL):
                return (fn.module, func.id) in self.undefined
            case ir.Name():
                return True
            case ir.Attr(base=ir.Name(id=base_id, scope=ir.Scope.LOCAL)) if fn.params and base_id == fn.params[0].name:
                return fn.kind in (_METHOD, _PROPERTY)
            case _:
                return False

    def callbacks(self, args: Sequence[Value], kwargs: Sequence[tuple[str | None, Value]],
                  expr: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary) -> None:
        """Functions handed to code we cannot see may be called by it: follow them."""
        for value in [*args, *(v for _, v in kwargs)]:
            if type(value) not in _MAY_HOLD_FUNC:  # nearly every argument: no function in it
                continue
            for alt in alternatives(value):
                candidates = [alt] if isinstance(alt, Func) else [
                    e for e in alternatives(element_of(alt)) if isinstance(e, Func)
                ] if isinstance(alt, (Seq, Tup)) else []
                for f in candidates:
                    assert isinstance(f, Func)
                    target = self.index.function(f.qualname)
                    if target is not None:
                        self.invoke(target, f.bound, list(f.partial), [], f.closure, st, fn, summary,
                                    expr.site, expr.text, expr.span, handed=True)


@dataclass(frozen=True, slots=True)
class _Property:
    qualname: str


@dataclass(frozen=True, slots=True)
class _Super:
    cls: str  # the class whose method called super()
    inst: Inst


@dataclass(frozen=True, slots=True)
class _CollMethod:
    base: Value
    method: str


def _coll_method(base: Value, attr: str) -> Value:
    """A method of a known collection (`d.get`), as a value the call can dispatch on."""
    return cast(Value, _CollMethod(base, attr)) if attr in _COLLECTION_METHODS else UNKNOWN


def _collection_call(base: Value, method: str, args: list[Value]) -> Value:
    """`d.values()`, `xs.copy()`, `d.get(k)` and friends on a known collection."""
    if isinstance(base, Empty):
        return base if method in ("items", "keys", "values", "copy") else UNKNOWN
    match method:
        case "values" | "copy" if isinstance(base, Dict):
            values: Value = base.rest
            for _, v in base.entries:
                values = join(values, v)
            return Seq(values, True, False) if method == "values" else base
        case "items" if isinstance(base, Dict):
            return Seq(Tup((UNKNOWN, _collection_call(base, "get", []))), True, False)
        case "keys":
            return Seq(UNKNOWN, True, False)
        case "get" | "pop" | "setdefault" if isinstance(base, Dict):
            if args and isinstance(args[0], Const):
                for k, v in base.entries:
                    if k == args[0].value:
                        return v
            out: Value = join(base.rest, args[1] if len(args) > 1 else Const(None))
            for _, v in base.entries:
                out = join(out, v)
            return out
        case "copy":
            return base
        case "pop" | "index":
            return element_of(base) if method == "pop" else UNKNOWN
        case _:
            return UNKNOWN


_MAY_HOLD_FUNC = frozenset({Func, Seq, Tup, Union})  # what callbacks looks into
_MUTATORS = {"append", "add", "appendleft", "insert", "extend", "update", "extendleft",
             "setdefault", "clear", "pop", "remove", "sort", "discard", "popleft"}
_EMPTY_ATTRS = {"size", "length", "count", "items", "keys", "values", "copy", "rows"}
_COLLECTION_METHODS = {"append", "extend", "insert", "add", "update", "items", "keys", "values",
                       "get", "pop", "copy", "setdefault", "index", "count", "sort", "remove"}
_BUILTIN_NAMES = frozenset(dir(builtins))


def _param_shape(params: tuple[ir.Param, ...], skip: bool) -> tuple[
        tuple[ir.Param, ...], tuple[str, ...], str | None, frozenset[str]]:
    """What binding arguments to `params` needs, the first left out with `skip` (self bound):
    `params` itself, the positional names, the `*args` name, every name."""
    rest = params[1:] if skip else params
    var_positional = next((p.name for p in rest if p.kind is _VAR_POSITIONAL), None)
    return (params, tuple(p.name for p in rest if p.kind is _POSITIONAL), var_positional,
            frozenset(p.name for p in rest))


@functools.cache  # one per module: module-level expressions are evaluated often
def _module_function(module: str) -> ir.FunctionIR:
    from wakecheck.model import Span

    return ir.FunctionIR(f"{module}.<module>", "<module>", module, _FUNCTION, None, (),
                         False, Span(0, 0, 0, 0), (), (), ())


def _loosen(v: Value) -> Value:
    """An attribute fact holds whatever was stored, but the object may change after: keep only
    what no later mutation can undo on an idle town (handles, functions, objects, idle-model values)."""
    match v:
        case Handle() | Func() | ClassRef() | Inst() | ModuleVal() | Empty() | Bool() | Ext() | Clock():
            return v
        case Seq():
            return Seq(_loosen(v.elem) if not isinstance(v.elem, Bottom) else UNKNOWN, True, False)
        case Tup():
            return Tup(tuple(_loosen(i) for i in v.items))
        case Dict():
            return Dict(tuple((k, _loosen(x)) for k, x in v.entries), UNKNOWN)
        case Union():
            out: Value = BOTTOM
            for alt in v.alts:
                out = join(out, _loosen(alt))
            return out
        case _:
            return UNKNOWN


def _matched_name(names: Sequence[str], patterns: PatternSet) -> str:
    """The first of a call's names that the patterns match (the one a message should show)."""
    return next((n for n in names if patterns.match([n]) is not None), names[0])


def _join_members(a: Value, b: Value) -> Value:
    if isinstance(a, _Property) or isinstance(b, _Property):
        return a if a == b else Union(frozenset({a, b}))
    return join(a, b)


def _throttle(expr: ir.Compare, left: Value, right: Value, fn: ir.FunctionIR) -> Throttle | None:
    """`now - last < INTERVAL` (either way round, in any unit): the throttle it implements."""
    op = expr.ops[0]
    if op not in ("<", "<=", ">", ">="):
        return None
    for age, age_expr, limit, fires_when in ((left, expr.left, right, op in (">", ">=")),
                                             (right, expr.comparators[0], left, op in ("<", "<="))):
        if isinstance(age, Clock) and age.is_age:
            seconds = _duration_s(age, limit)
            if seconds is None or seconds <= 0:
                return None
            return Throttle(seconds, fires_when, _memory_source(age_expr, fn))
    return None


def _duration_s(age: Clock, limit: Value) -> float | None:
    if not isinstance(limit, Const):
        return None
    if isinstance(limit.value, datetime.timedelta):
        return limit.value.total_seconds() if age.unit == 0 else None
    if _number(limit.value) and age.unit != 0:
        return age.seconds(float(limit.value))  # type: ignore[arg-type]
    return None


def _memory_source(expr: ir.Expr, fn: ir.FunctionIR, depth: int = 0) -> str | None:
    """The in-memory state an age is measured from (`self.last_at`, a module global), if any."""
    if depth > 4:
        return None
    match expr:
        case ir.BinOp(op="-"):
            return _memory_source(expr.right, fn, depth + 1) if _is_time_source(expr.right) else \
                _memory_source(expr.left, fn, depth + 1)
        case ir.BinOp() | ir.UnaryOp():
            inner = expr.left if isinstance(expr, ir.BinOp) else expr.operand
            return _memory_source(inner, fn, depth + 1)
        case ir.Attr(base=ir.Name(id=base_id, scope=ir.Scope.LOCAL)) if fn.params and base_id == fn.params[0].name \
                and fn.kind in (_METHOD, _PROPERTY, _CLASSMETHOD):
            return expr.text
        case ir.Name(scope=ir.Scope.GLOBAL):
            return expr.id
        case ir.Name(scope=ir.Scope.LOCAL):
            for value in _local_assignments(fn, expr.id):
                found = _memory_source(value, fn, depth + 1)
                if found is not None:
                    return found
            return None
        case ir.BoolOp():
            return _memory_source(expr.left, fn, depth + 1) or _memory_source(expr.right, fn, depth + 1)
        case ir.Subscript():
            return _memory_source(expr.base, fn, depth + 1)
        case _:
            return None


def _is_time_source(expr: ir.Expr) -> bool:
    """Whether the subtrahend of `a - b` is where the earlier time comes from (not a constant)."""
    return not isinstance(expr, ir.Const)


def _local_assignments(fn: ir.FunctionIR, name: str) -> list[ir.Expr]:
    return [op.value for block in fn.blocks for op in block.ops
            if isinstance(op, ir.Assign) and any(isinstance(t, ir.NameT) and t.id == name for t in op.targets)]


def _clock_arith(op: str, a: Value, b: Value) -> Value:
    """Arithmetic on clock readings: unit changes, shifts, and ages (`now - last`)."""
    clock, other, clock_left = (a, b, True) if isinstance(a, Clock) else (b, a, False)
    assert isinstance(clock, Clock)
    k = other.value if isinstance(other, Const) else None
    number = _number(k)
    delta = k.total_seconds() if isinstance(k, datetime.timedelta) else None
    match op:
        case "*" if number and k:
            return Clock(clock.unit / k, None if clock.is_age else clock.shift * k)  # type: ignore[operator]
        case "/" | "//" if number and k and clock_left:
            return Clock(clock.unit * k, None if clock.is_age else clock.shift / k)  # type: ignore[operator]
        case "+" if not clock.is_age and (number or delta is not None):
            if clock.unit == 0:
                return Clock(0.0, clock.shift + delta) if delta is not None else UNKNOWN  # type: ignore[operator]
            return Clock(clock.unit, clock.shift + k) if number else UNKNOWN  # type: ignore[operator]
        case "-" if clock_left and not clock.is_age:
            if clock.unit == 0 and delta is not None:
                return Clock(0.0, clock.shift - delta)  # type: ignore[operator]
            if number and k and clock.unit != 0:
                return Clock(clock.unit, clock.shift - k)  # type: ignore[operator]
            # now minus an earlier time (or minus a "never" 0): how long ago it was
            return Clock(clock.unit, None)
        case _:
            return UNKNOWN


def _site_table(summary: Summary, st: State, site: int) -> dict[tuple[str, int], Hit]:
    tables = summary.site_hits if st.reach.level != GHOST else summary.site_ghost_hits
    return tables.setdefault(site, {})


def _site_of(expr: ir.Attr) -> int:
    """A stable id for a property read (not a call site): negative, so it never meets a call's."""
    return -(zlib.crc32(expr.text.encode()) + 1)


def _number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _compare(op: str, left: Value, right: Value) -> Truth:  # noqa: C901
    unknown = Truth(COMMON, COMMON)
    if op in ("is", "is not"):
        truth = _is(left, right)
        return truth.negate() if op == "is not" else truth
    if op in ("in", "not in"):
        reasons = empty_reasons(right)
        if reasons is not None:
            t = Truth(ABSENT, COMMON, reasons)
            return t.negate() if op == "not in" else t
        return unknown
    fn = _CMP.get(op)
    if fn is None:
        return unknown
    a, why_a = _numeric(left)
    b, why_b = _numeric(right)
    if a is not None and b is not None:
        try:
            ok = bool(fn(a, b))  # type: ignore[arg-type]  # numbers, strings or None, compared as Python would
        except TypeError:
            return unknown
        why = why_a | why_b
        return Truth(COMMON, ABSENT, why) if ok else Truth(ABSENT, COMMON, why)
    if isinstance(left, Bool) and isinstance(right, Const) and isinstance(right.value, bool) and op in ("==", "!="):
        t = left.truth if right.value else left.truth.negate()
        return t if op == "==" else t.negate()
    return unknown


def _numeric(v: Value) -> tuple[object | None, frozenset[str]]:
    match v:
        case Const() if isinstance(v.value, (int, float, str)) or v.value is None:
            return v.value, frozenset()
        case Empty():
            return 0, frozenset({v.reason})
        case Seq() if v.must_empty:
            return 0, v.empty_why
        case _:
            return None, frozenset()


def _is(left: Value, right: Value) -> Truth:
    def definitely_not_none(v: Value) -> bool:
        return isinstance(v, (Handle, Func, ClassRef, Inst, ModuleVal, Seq, Tup, Dict, Empty, Clock)) or (
            isinstance(v, Const) and v.value is not None)

    for a, b in ((left, right), (right, left)):
        if isinstance(b, Const) and b.value is None:
            if isinstance(a, Const) and a.value is None:
                return Truth(COMMON, ABSENT)
            if definitely_not_none(a):
                return Truth(ABSENT, COMMON)
            if isinstance(a, Union) and all(definitely_not_none(x) for x in a.alts):
                return Truth(ABSENT, COMMON)
    return Truth(COMMON, COMMON)


def _feasible_join(reach: Reach, truth: Truth, a: Value, b: Value) -> Value:
    if reach.level != GHOST:
        if truth.t == ABSENT:
            return b
        if truth.f == ABSENT:
            return a
    return join(a, b)


def _seq_of(items: list[Value], exprs: tuple[ir.Expr, ...]) -> Value:
    elem: Value = BOTTOM
    must_empty, may_empty = True, True
    empty_why: frozenset[str] = frozenset()
    for value, expr in zip(items, exprs):
        if isinstance(expr, ir.Starred):
            reasons = empty_reasons(value)
            if reasons is not None:
                empty_why |= reasons
                continue
            elem = join(elem, element_of(value))
            must_empty = False
        else:
            elem = join(elem, value)
            must_empty = may_empty = False
    return Seq(elem, may_empty, must_empty, empty_why if must_empty else frozenset())


def _concat(a: Value, b: Value) -> Value:
    if isinstance(a, Empty) and isinstance(b, Empty):
        return a
    sa = as_seq(a) if not isinstance(a, Empty) else Seq(BOTTOM, True, True, frozenset({a.reason}))
    sb = as_seq(b) if not isinstance(b, Empty) else Seq(BOTTOM, True, True, frozenset({b.reason}))
    return Seq(join(sa.elem, sb.elem), sa.may_empty and sb.may_empty, sa.must_empty and sb.must_empty,
               sa.empty_why | sb.empty_why)


def _dict_store(d: Dict, key: Value, value: Value) -> Dict:
    """`d[key] = value` on a dict held in a local: a constant key's entry is replaced."""
    if isinstance(key, Const):
        try:
            kept = tuple((k, v) for k, v in d.entries if k != key.value)
        except TypeError:  # an unhashable or incomparable constant: keep every entry
            return Dict(d.entries, join(d.rest, value))
        return Dict((*kept, (key.value, value)), d.rest)
    return Dict(d.entries, join(d.rest, value))


def _subscript(base: Value, index: Value) -> Value:
    match base:
        case Tup() if isinstance(index, Const) and isinstance(index.value, int):
            if -len(base.items) <= index.value < len(base.items):
                return base.items[index.value]
            return UNKNOWN
        case Dict():
            if isinstance(index, Const):
                for k, v in base.entries:
                    if k == index.value:
                        return v
            out: Value = base.rest
            for _, v in base.entries:
                out = join(out, v)
            return UNKNOWN if isinstance(out, Bottom) else out
        case Seq() | Tup():
            return element_of(base)
        case Union():
            result: Value = BOTTOM
            for alt in base.alts:
                result = join(result, _subscript(alt, index))
            return result
        case _:
            return UNKNOWN


def _spread(v: Value) -> list[Value]:
    if isinstance(v, Tup):
        return list(v.items)
    if empty_reasons(v) is not None:
        return []
    return [element_of(v)]


def _unpack(v: Value, n: int) -> list[Value]:
    if isinstance(v, Tup) and len(v.items) == n:
        return list(v.items)
    elem = element_of(v) if isinstance(v, (Seq, Tup, Union)) else UNKNOWN
    return [elem] * n


def _detail(label: str, expr: ir.Call, args: list[Value], kwargs: list[tuple[str | None, Value]]) -> str:
    """A short description of what the call does, e.g. `POST /refresh-token`."""
    first = next((a for a in expr.args if a.keyword is None and a.star == 0), None)
    target = ""
    if first is not None:
        if isinstance(first.value, ir.Const) and isinstance(first.value.value, str):
            target = first.value.value
        elif isinstance(first.value, ir.Opaque):
            target = first.value.text
    if not target:
        return ""
    target = _url_path(target)
    method = ""
    for key, value in kwargs:
        if key == "method" and isinstance(value, Const) and isinstance(value.value, str):
            method = value.value.upper()
    if label == "fetch" or target.startswith("/"):
        return f"{method or 'GET'} {target}"
    return target


def _url_path(text: str) -> str:
    import re

    text = text.strip()
    if text[:2] in ('f"', "f'"):
        text = text[2:-1]
    text = re.sub(r"\{([^{}]*)\}", lambda m: ":" + m.group(1).split(".")[-1].strip(), text)
    m = re.match(r"^[a-z]+://[^/]*(/.*)?$", text)
    if m:
        return m.group(1) or "/"
    return text
