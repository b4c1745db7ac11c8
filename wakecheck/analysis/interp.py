"""The abstract interpreter: evaluates the IR under the idle model, one function context at a time.

It is composed of the parts a reader can take one at a time: `flow.Flow` runs a
function's CFG, this module evaluates expressions and assignments, `members.Members`
reads and stores attributes, `calling.Calls` resolves and runs calls, `library.Library`
models code outside the project, and `facts.Facts` holds what long-lived state may hold.
It resolves names with its own small pass over module bindings (imports, module and
class definitions) instead of LibCST's scope metadata, which costs several times the
parse itself.

What it does not follow: `exec`/`eval`, monkey-patching of classes, a metaclass's
`__call__` and `__getattribute__` (a metaclass's `__new__` and `__init__` run for each class
it makes, as `__init_subclass__` does); a decorator that is not a project function or class
is assumed to return a function that calls the decorated one (`functools.wraps` style);
calling an async function is taken to run it (a coroutine that is never awaited is still
counted: a possible false positive, never a miss).
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.bindings import stub_factory
from wakecheck.analysis.calling import DEEPER, Calls
from wakecheck.analysis.calls import CallObserver
from wakecheck.analysis.facts import Facts, writer_bound
from wakecheck.analysis.flow import YIELDED, Flow, State
from wakecheck.analysis.index import ProjectIndex
from wakecheck.analysis.library import NEVER, Library
from wakecheck.analysis.loops import LoopShape
from wakecheck.analysis.members import Members, field_of, with_field
from wakecheck.analysis.operations import (
    ARITH, clock_arith, compare_values, concat, dict_store, feasible_join, flag_op, is_number, seq_of, subscript,
    throttle_of,
)
from wakecheck.analysis.reach import GHOST, Hit, Reach, Summary, Trail, join_reach, keep_best, refine
from wakecheck.analysis.values import (
    _NESTING, ABSENT, BOTTOM, COMMON, PARAM, RARE, UNKNOWN, Bool, Bottom, ClassRef, Clock, Const, Dict, Empty, CellLoc,
    EnumMember, Ext, FlagSet, Func, Gen, GlobalLoc, Handle, Inst, Loc, ModuleVal, NewLoc, Seq, Throttle, Truth, Tup,
    Union, Unknown, Value, _interesting, alternatives, as_key, as_seq, as_truth, bounded, const_keys, element_of,
    empty_reasons, join, lost, union,
)
from wakecheck.analysis.wakes import LibEntry, Wakes, expr_text
from wakecheck.analysis.writes import BODY_NAME, assigned
from wakecheck.config import Config
from wakecheck.model import ChainFrame, Span
from wakecheck.patterns import PatternSet

_CONTEXT_LIMIT = 24
_ACTIVE_LIMIT = 3  # activations of one function (in different contexts) under way at once
_LOCAL, _GLOBAL = ir.Scope.LOCAL, ir.Scope.GLOBAL
_POSITIONAL, _VAR_POSITIONAL = ir.ParamKind.POSITIONAL, ir.ParamKind.VAR_POSITIONAL
_VAR_KEYWORD = ir.ParamKind.VAR_KEYWORD
_FUNCTION, _STATICMETHOD = ir.FuncKind.FUNCTION, ir.FuncKind.STATICMETHOD
_UNDER_WAY = Summary("<under way>")  # a context whose analysis has started and not ended
_MODULE_WHY = frozenset({"~module"})
_MODULE_REACH = Reach(GHOST, _MODULE_WHY)  # module-level code: no path of an alarm tick
_NAME, _CALL, _CONST, _ATTR = ir.Name, ir.Call, ir.Const, ir.Attr
_RECURSION = lost("the result of a recursive call")

_SUBCLASS_LOST = lost("a subclass among more than the analysis follows")
_BUILTIN_NAMES = frozenset(dir(builtins))
_BRANCH_SITES = 10_000_000
_DICT_KEYS = 8  # constants a dict comprehension iterates, at most, for an entry to be made for each


@dataclass(frozen=True, slots=True)
class Model:
    """What the idle model says a call or attribute read is, if anything."""

    value: Value | None = None
    sink: str | None = None
    resource: str = ""  # the key of the resource the sink wakes ("" the default one)
    lib: LibEntry | None = None  # a library model's call (wakes.py)
    blocks: str | None = None  # a call that waits for work (`blocks-on-idle`): the reason its path ends


def _attribute_chain(expr: ir.Expr) -> bool:
    """`self.studio`, `keeper`: names and attributes only, read again without running anything."""
    while isinstance(expr, ir.Attr):
        expr = expr.base
    return isinstance(expr, ir.Name)


_CONCAT_PAIRS = 16  # sequences concatenated pairwise, at most
_ORDERING = frozenset({"<", "<=", ">", ">="})


def _repeat(items: Value, times: Value) -> Value:
    """`[0] * n`, `(a, b) * 2`: the same elements, none when `n` may be zero."""
    count = times.value if type(times) is Const and type(times.value) is int else None
    if type(items) is Tup and count is not None and len(items.items) * max(count, 0) <= 16:
        return Tup(items.items * max(count, 0))
    seq = as_seq(items)
    if count is not None and count <= 0:
        return Seq(BOTTOM, True, True)
    if type(times) is Empty:
        return Seq(BOTTOM, True, True, frozenset({times.reason}))
    return Seq(seq.elem, seq.may_empty or count is None, seq.must_empty)


class Interpreter:
    def __init__(self, index: ProjectIndex, config: Config, *, ghosts: bool = True,
                 models: dict[tuple[tuple[str, ...], bool], Model] | None = None,
                 facts: Facts | None = None, rare_off: bool = False) -> None:
        self.index = index
        self.config = config
        # Every rare predicate false: the steady idle ticks alone (entries.py, _after_rare_ticks).
        self.rare_off = rare_off
        self.making_class: str | None = None  # the class a metaclass run as a writer makes (library._type_new)
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
        self.globals_memo: dict[tuple[str, str], tuple[int, Value]] = {}
        self._globals_busy: dict[tuple[str, str], Value] = {}  # globals being worked out: their value so far
        # id(module-level expression) → (the expression, its module, its value): see module_eval
        self.module_memo: dict[int, tuple[ir.Expr, str, Value]] = {}
        # (names, is a call) → what the idle model says: the configuration's answer alone, so
        # the caller may share one table among interpreters of the same configuration.
        self.models: dict[tuple[tuple[str, ...], bool], Model] = models if models is not None else {}
        self.namespaces = config.namespaces()  # Wrangler's container bindings: their stubs are handles
        # What this interpreter met by name, for telling which configured patterns match
        # nothing (analysis/met.py): the names it asked the model about (its own, while
        # `models` may be shared), the handle methods called, each function's blocks run.
        self.met: dict[tuple[tuple[str, ...], bool], Model] = {}
        self.handle_methods: set[str] = set()
        self.reached: dict[str, set[int]] = {}
        # (id(parameters), self bound) → (parameters, positional names, *args name, every name),
        # the first parameter left out when self is bound: see bind_params.
        self._shapes: dict[tuple[int, bool], tuple[tuple[ir.Param, ...], tuple[str, ...], str | None,
                                                    frozenset[str]]] = {}
        self._assigned: dict[tuple[str, ir.Scope], frozenset[str]] = {}  # (function, scope) → names it binds
        self._cell_owners: dict[tuple[str, str], str | None] = {}  # (function, free name) → its owner
        self._rebound_cells: dict[str, frozenset[str]] = {}  # function → locals its closures rebind
        self.undefined: set[tuple[str, str]] = set()
        # (function, gate text) -> the throttle that branch tests, and where
        self.throttles: dict[tuple[str, str], tuple[Throttle, str, int]] = {}
        self._discard = Summary("<facts>")
        # Told of every call the analysis resolves, or cannot (`wakecheck graph`); None: nobody asks.
        self.calls: CallObserver | None = None
        self.entries: set[str] = set()  # functions analysed as entries: the framework calls them
        # The object the entry runs on, as the path knows it now: (its class, the attributes the
        # tick stored on it). One object runs the tick, and what holds a reference back to it (a
        # collaborator built with `self`) sees those stores too. Part of every context's key.
        self.view: tuple[str, tuple[tuple[str, Value], ...]] | None = None
        self.entry_class: str | None = None  # the class of the object the entry being analysed runs on
        self._is_entry: dict[str, bool] = {}
        # Whether the idle model names any value (guards, empty collections, rare predicates): only
        # then are module-level names looked up in it.
        self._models_values = bool(config.active_guards.patterns or config.empty_on_idle.items
                                   or config.rare.items)
        # The operation the flow runs now (flow.run_block sets it): where a new list or dict is made.
        self.op: object = None
        self.ghostly = False  # analysing a callee called from a ruled-out path (ghost tracks run)
        self._op_places: dict[int, tuple[ir.FunctionIR, dict[int, int]]] = {}
        self.flow = Flow(self)
        self.members = Members(self)
        self.calling = Calls(self)
        self.library = Library(self)
        self.wakes = Wakes(self, config.resources())
        self.facts = facts if facts is not None else Facts(self)
        # Writers run in an interpreter of their own, sharing the facts: not under the calls of
        # the entry that asked (a function under way there would be cut short as a recursion).
        self._writer: Interpreter | None = None if facts is None else self

    # -- the idle model ---------------------------------------------------------------
    def model(self, names: Sequence[str], *, call: bool) -> Model:
        if not names:
            return Model()
        key = (tuple(names), call)
        found = self.met.get(key)
        if found is None:
            found = self.models.get(key)
            if found is None:
                found = self.models[key] = self._model(names, call=call)
            self.met[key] = found
        return found

    def _model(self, names: Sequence[str], *, call: bool) -> Model:
        cfg = self.config
        if call and cfg.sinks.match(names):
            return Model(sink=_matched_name(names, cfg.sinks).rsplit(".", 1)[-1])
        if call and cfg.container_factories.match(names):
            return Model(Handle(_matched_name(names, cfg.container_factories)))
        if call and self.namespaces:
            stub = stub_factory(names, self.namespaces)
            if stub is not None:
                return Model(Handle(stub))
        if call:
            for resource in cfg.named_resources:
                if resource.sinks.match(names):
                    return Model(sink=_matched_name(names, resource.sinks).rsplit(".", 1)[-1], resource=resource.key)
                if resource.factories.match(names):
                    return Model(Handle(_matched_name(names, resource.factories), resource.key))
            lib = self.wakes.lookup(names)
            if lib is not None:
                return Model(lib=lib)
        if cfg.active_guards.match(names) is not None:
            shown = _matched_name(names, cfg.active_guards).rsplit(".", 1)[-1]
            return Model(Bool(Truth(ABSENT, COMMON, frozenset({f"gated on {shown}"}))))
        empty = cfg.empty_on_idle.match(names)
        if empty is not None:
            return Model(Empty(empty[1]))
        rare = cfg.rare.match(names)
        if rare is not None:
            if self.rare_off:
                return Model(Bool(Truth(ABSENT, COMMON, frozenset({rare[1]}))))
            return Model(Bool(Truth(RARE, COMMON, rare_why=frozenset({rare[1]}))))
        if call and cfg.blocks_on_idle.match(names):
            shown = _matched_name(names, cfg.blocks_on_idle).rsplit(".", 1)[-1]
            return Model(blocks=f"waits for work first in {shown}")
        return Model()

    def guard_names(self, names: Sequence[str]) -> bool:
        """Whether the idle model names one of these (a guard, empty collection or rare predicate)."""
        cfg = self.config
        return any(p.match(names) is not None for p in (cfg.active_guards, cfg.empty_on_idle, cfg.rare))

    # -- entries and rounds -------------------------------------------------------------------
    def analyze_entry(self, fn: ir.FunctionIR, bound: Value | None, loop: LoopShape | None = None) -> Summary:
        """One entry, as the framework calls it: its parameters are the framework's values.

        A loop entry (`loop`) is analysed with a tick as one pass through its loop: what its
        code reaches outside the loop runs once per start (flow.ONCE).
        """
        self.entries.add(fn.qualname)
        saved, self.entry_class = self.view, bound.cls if isinstance(bound, Inst) else None
        self.view = None
        try:
            return self.analyze(fn, bound, [], [], (), loop, alone=True)
        finally:
            self.view = saved

    def analyze_call(self, fn: ir.FunctionIR, bound: Value | None, args: Sequence[Value],
                     kwargs: Sequence[tuple[str | None, Value]], closure: tuple[tuple[str, Value], ...],
                     st: State, caller: ir.FunctionIR) -> Summary:
        """A callee analysed from a call site: with the entry's object as the caller knows it there.
        Called from a ruled-out path (the audit runs them), nothing it stores happens on a tick."""
        saved, ghostly = self.view, self.ghostly
        self.view = self.view_at(st, caller)
        self.ghostly = ghostly or (st.reach.level == GHOST and st.reach.why != _MODULE_WHY)
        try:
            return self.analyze(fn, bound, args, kwargs, closure)
        finally:
            self.view, self.ghostly = saved, ghostly

    def view_at(self, st: State, fn: ir.FunctionIR) -> tuple[str, tuple[tuple[str, Value], ...]] | None:
        """The entry's object as known at this point: the caller's own `self`, when it is that object
        and the tick stored something on it (else the view it was called with, or none)."""
        view = self.view
        cls = self.entry_class
        if cls is None or not fn.params or fn.class_qualname is None:
            return view
        own = st.env.get(fn.params[0].name)
        if type(own) is not Inst or not own.fields or (view is not None and own.fields is view[1]) \
                or not self.related(own.cls, cls):
            return view
        told = _told(own)
        assert isinstance(told, Inst)
        if not told.fields:
            return view
        return (cls, told.fields)

    def same_object(self, cls: str) -> bool:
        """Whether an object of `cls` may be the one the entry runs on (its class or one related to it)."""
        view = self.view
        return view is not None and self.related(cls, view[0])

    def related(self, a: str, b: str) -> bool:
        return a == b or b in self.index.mro(a, self) or a in self.index.mro(b, self)

    def analyze_writer(self, qualname: str) -> None:
        """A function that may write long-lived state, run with no caller known (facts.py)."""
        implicit = self.facts.implicit.get(qualname)
        fn = self.index.function(implicit[0] if implicit is not None else qualname)
        if fn is None or (implicit is None and self.is_entry(fn)):
            return  # an entry's stores are recorded when it is analysed as one (the rounds see them)
        # A generator's body (a `lifespan` context manager, a worker's `async for`) runs as far as it is
        # iterated; with no caller known, all of it may: what it stores and calls counts.
        if implicit is None and fn.kind is ir.FuncKind.CLASSMETHOD and fn.name == "__init_subclass__":
            self.facts.run_subclass_hooks(qualname)  # no code calls it: making each subclass does
            return
        meta = fn.name in ("__new__", "__init__") and fn.class_qualname is not None and \
            self.members.external_base(fn.class_qualname) == "builtins.type"
        if implicit is None and meta:
            self.facts.run_metaclass_hooks(qualname)  # making each class it makes runs it
            return
        args: list[Value] = []
        kwargs: list[tuple[str | None, Value]] = []
        bound: Value | None
        making = None
        if implicit is not None and meta:
            # A metaclass making the class `implicit[1]`: `(mcls, name, bases, namespace)` for `__new__`,
            # the class itself and the rest for `__init__`.
            made = implicit[1]
            shape = self.index.shape(made) if made else None
            made_args: list[Value] = [Const(shape.name) if shape else UNKNOWN,
                                      Tup(tuple(self.module_eval(shape.module, b) for b in shape.bases))
                                      if shape else UNKNOWN,
                                      self.library.class_namespace(made) if made else UNKNOWN]
            bound = None if fn.name == "__new__" else ClassRef(made) if made else _SUBCLASS_LOST
            args = [ClassRef(fn.class_qualname or ""), *made_args] if fn.name == "__new__" else made_args
            making = made or None
        else:
            # A hook Python runs (`__init_subclass__`): `cls` is the subclass, handed the keywords of
            # its class statement (`class Ping(Plugin, kind="ping")`).
            shape = self.index.shape(implicit[1]) if implicit is not None and implicit[1] else None
            if implicit is None:
                bound = writer_bound(fn)
            elif shape is None:
                bound, kwargs = _SUBCLASS_LOST, [(None, Dict((), UNKNOWN))]
            else:
                bound = ClassRef(shape.qualname)
                kwargs = [(name, self.module_eval(shape.module, expr)) for name, expr in shape.keywords]
        if self._writer is None:
            self._writer = Interpreter(self.index, self.config, ghosts=False, models=self.models, facts=self.facts,
                                       rare_off=self.rare_off)
            self._writer.entries = self.entries
            self._writer.undefined = self.undefined
            self._writer.met, self._writer.handle_methods = self.met, self.handle_methods
            self._writer.reached = self.reached
        stack = self.facts.stack
        self.facts.stack = []  # a writer's result is no entry's: what it stores is in the facts
        saved, self._writer.making_class = self._writer.making_class, making
        try:
            self.facts.note_writer(qualname, self._writer.analyze(fn, bound, args, kwargs, (),
                                                                  alone=implicit is None))
        finally:
            self.facts.stack = stack
            self._writer.making_class = saved

    def is_entry(self, fn: ir.FunctionIR) -> bool:
        """Whether the configuration makes `fn` an entry (`entry = ["*"]` makes every function one)."""
        found = self._is_entry.get(fn.qualname)
        if found is None:
            found = self._is_entry[fn.qualname] = (
                fn.name != BODY_NAME and fn.kind is not ir.FuncKind.LAMBDA and ".<lambda" not in fn.qualname
                and self.config.entries.match([fn.qualname]) is not None)
        return found

    def settled(self) -> bool:
        """After the entries were analysed: True if what they read of long-lived state is all known.

        Otherwise a location they read has grown since (a writer found later stored to it),
        and the summaries are dropped for the entries to be analysed again.
        """
        grown = self.facts.grown
        if not grown:
            return True
        # Drop what read something that grew, and what used it; keep the rest for the next round.
        todo = [s for interp in (self, self._writer) if interp is not None
                for s in interp.summaries.values() if s is not _UNDER_WAY and s.reads & grown]
        while todo:
            summary = todo.pop()
            if summary.dropped:
                continue
            summary.dropped = True
            todo.extend(u for u in summary.users.values() if not u.dropped)
        for interp in (self, self._writer):
            if interp is not None:
                for key in [k for k, s in interp.summaries.items() if s.dropped]:
                    del interp.summaries[key]
                interp._same_calls.clear()
                interp.globals_memo.clear()
                interp.module_memo.clear()
        for writer in self.facts.new_round():
            self.analyze_writer(writer)  # at the top, before the entries read what it stores
        return False

    # -- function contexts -----------------------------------------------------------------
    def analyze(self, fn: ir.FunctionIR, bound: Value | None, args: Sequence[Value],
                kwargs: Sequence[tuple[str | None, Value]], closure: tuple[tuple[str, Value], ...],
                loop: LoopShape | None = None, alone: bool = False) -> Summary:
        # The same function called again with the very same values (a third of calls): the
        # summary found for them, without binding, bounding and hashing them again.
        same = None
        view = self.view
        if not kwargs and not closure and loop is None and not alone:
            same = (id(fn), id(bound), id(view[1]) if view is not None else 0, self.ghostly, *map(id, args))
            known = self._same_calls.get(same)
            if known is not None:
                if self.facts.stack:
                    known[1].users[id(self.facts.stack[-1])] = self.facts.stack[-1]
                return known[1]
        if closure:
            closure = tuple((name, bounded(v)) for name, v in closure)
        # Most values hold no other: `bounded` would give them back as they are.
        env = {name: v if type(v) not in _NESTING else _told(bounded(v))
               for name, v in self.bind_params(fn, bound, args, kwargs, dict(closure), alone).items()}
        count = self.contexts.get(fn.qualname, 0)
        key: tuple[object, ...] = (fn.qualname, tuple(sorted(env.items())), closure, view)
        if self.ghostly:
            key += (GHOST,)  # its stores do not count: not the summary of a call that runs
        if loop is not None:
            key += (loop,)  # a loop entry's own analysis: its start-up paths are marked, a caller's are not
        # Keys hold whole values, costly to hash: each is looked up once and stored twice.
        summaries = self.summaries
        done = summaries.get(key)
        if (done is None or done is _UNDER_WAY) and count >= _CONTEXT_LIMIT:
            # Too many contexts: keep what may wake or run project code, forget the rest.
            env = {k: _widened(v) for k, v in env.items()}
            key = (fn.qualname, tuple(sorted(env.items())), closure, view) + ((GHOST,) if self.ghostly else ()) + \
                ((loop,) if loop is not None else ())
            done = summaries.get(key)
        if done is not None and done is not _UNDER_WAY:
            if same is not None:
                self._same_calls[same] = ((fn, bound, view, *args), done)
            if self.facts.stack:
                done.users[id(self.facts.stack[-1])] = self.facts.stack[-1]
            return done
        active = self.active.get(fn.qualname, 0)
        if done is _UNDER_WAY:
            # Recursion: assume it returns something unknown; the outer activation
            # already covers the sinks of this function's own body.
            return Summary(fn.qualname, ret=_RECURSION, ret_reach=Reach(2), complete=False)
        if active >= _ACTIVE_LIMIT:
            # Recursion that changes its arguments on every round (a chain of handlers) is cut at
            # this depth, and says so where it is cut (WC003).
            return Summary(fn.qualname, ret=DEEPER, ret_reach=Reach(2), complete=False)
        summaries[key] = _UNDER_WAY
        self.active[fn.qualname] = active + 1
        self.contexts[fn.qualname] = count + 1
        summary = Summary(fn.qualname, key=key)
        summary.params0 = {k: v for k, v in env.items() if type(v) is Inst or type(v) is Union}
        rebound = self.assigned(fn, _LOCAL)
        summary.lists0 = {k: v for k, v in env.items() if (type(v) is Seq or type(v) is Dict) and k not in rebound}
        stack = self.facts.stack
        if stack:
            # The caller's result holds what this one finds: it goes when this one does.
            summary.users[id(stack[-1])] = stack[-1]
        stack.append(summary)
        try:
            self.flow.run_function(fn, env, dict(closure), summary, loop)
        except BaseException:
            del summaries[key]
            raise
        finally:
            stack.pop()
            self.active[fn.qualname] = active
        summary.params0 = {}
        summary.lists0 = {}
        summaries[key] = summary
        if same is not None:
            self._same_calls[same] = ((fn, bound, view, *args), summary)
        return summary

    def bind_params(self, fn: ir.FunctionIR, bound: Value | None, args: Sequence[Value],
                    kwargs: Sequence[tuple[str | None, Value]],
                    closure: dict[str, Value], alone: bool = False) -> dict[str, Value]:
        """The values of `fn`'s parameters for a call. Run `alone` (an entry, a writer: no caller
        known), each parameter is unknown, `*args` and `**kwargs` too, not empty."""
        params = fn.params
        env: dict[str, Value] = {}
        skip = bound is not None and len(params) > 0 and fn.kind is not _STATICMETHOD
        if skip and params[0].kind is _VAR_POSITIONAL:
            # `def wrapper(*args)` stored on a class and read from an instance: self is args[0].
            args = [bound, *args]  # type: ignore[list-item]
            skip = False
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
            env[var_positional] = Tup(tuple(args[len(positional):])) if not alone else \
                Seq(Unknown(f"{PARAM}`{var_positional}` of `{fn.qualname}`"), True, False)
        spread = False
        rests: list[Value] = []
        extra: list[tuple[object, Value]] = []
        for key, v in _spread_kwargs(kwargs):
            if key is None:
                spread = True
                rests.append(v)
            elif key in names and key not in env:
                env[key] = v
            else:
                extra.append((key, v))
        if len(env) == len(fn.params):
            return env  # every parameter has its value (every key is a parameter's name)
        for param in params:
            if param.name in env:
                continue
            if param.kind is _VAR_KEYWORD:
                env[param.name] = Dict(tuple(extra), Unknown(f"{PARAM}`{param.name}` of `{fn.qualname}`")) \
                    if alone else Dict(tuple(extra), _spread_rest(rests) if spread else BOTTOM)
            elif f"$default:{param.name}" in closure and not spread:
                env[param.name] = closure[f"$default:{param.name}"]
            elif spread and not alone:
                # What the spread dict holds under keys not known (`f(**opts)`; `opts` a parameter
                # of the caller: its own callers tell).
                env[param.name] = _spread_rest(rests)
            elif spread or param.default is None:
                env[param.name] = Unknown(f"{PARAM}`{param.name}` of `{fn.qualname}`")
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

    def module_level(self, st: State) -> bool:
        """Whether `st` runs module-level code (import time), which is no path of a tick but does happen."""
        return st.reach.level == GHOST and st.reach.why == _MODULE_WHY

    # -- expressions ---------------------------------------------------------------------
    def eval(self, expr: ir.Expr, st: State, fn: ir.FunctionIR, summary: Summary,  # noqa: C901
             closure: dict[str, Value]) -> Value:
        # The four commonest kinds first, by exact type (nine in ten of what is evaluated:
        # a local name alone is four in ten).
        kind = type(expr)
        if kind is _NAME:
            if expr.scope is _LOCAL and not self.facts.cells:  # type: ignore[union-attr]
                found = st.env.get(expr.id, BOTTOM)  # type: ignore[union-attr]
                return UNKNOWN if type(found) is Bottom else found
            return self.name_value(expr, st, fn, closure)  # type: ignore[arg-type]
        if kind is _CALL:
            return self.calling.call(expr, st, fn, summary, closure)  # type: ignore[arg-type]
        if kind is _CONST:
            return Const(expr.value)  # type: ignore[union-attr]
        if kind is _ATTR:
            return self.attribute(expr, st, fn, summary, closure)  # type: ignore[arg-type]
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
                if expr.op == "~" and (flag := self.members.flag_members(v)) is not None:
                    return flag_op("^", v, Const(FlagSet(flag[0], flag[1])), *flag)  # every other member
                return v if expr.op == "+" else UNKNOWN
            case ir.BoolOp():
                return self.boolop(expr, st, fn, summary, closure)
            case ir.Compare():
                return self.compare(expr, st, fn, summary, closure)
            case ir.IfExp():
                truth = as_truth(self.eval(expr.test, st, fn, summary, closure))
                a = self.under(refine(st.reach, truth, True, expr.test_text), expr.body, st, fn, summary, closure)
                b = self.under(refine(st.reach, truth, False, expr.test_text), expr.orelse, st, fn, summary, closure)
                return feasible_join(st.reach, truth, a, b)
            case ir.FuncRef():
                return self.closure_of(expr.qualname, st, fn, summary, closure)
            case ir.SeqLit():
                items = [self.eval(i, st, fn, summary, closure) for i in expr.items]
                if any(isinstance(i, ir.Starred) for i in expr.items):
                    items = [self.calling.materialize(v, _call_at(e), st, fn, summary)
                             if isinstance(e, ir.Starred) else v for v, e in zip(items, expr.items)]
                elif expr.kind == "tuple" or expr.kind == "list" and items:
                    # A list literal keeps its items apart too, so `fs[1]` is the second; storing
                    # into it (append, `fs[i] = f`) makes it a sequence of every element.
                    return Tup(tuple(items))
                if not items and expr.kind == "list":
                    return Seq(BOTTOM, True, True, frozenset(), self.made_here(fn))
                return seq_of(items, expr.items)
            case ir.DictLit():
                entries: list[tuple[object, Value]] = []
                rest: Value = BOTTOM
                for k, value_expr in zip(expr.keys, expr.values):
                    item = self.eval(value_expr, st, fn, summary, closure)
                    key = self.eval(k, st, fn, summary, closure) if k is not None else None
                    keys = const_keys(key) if key is not None else None
                    if keys is not None:
                        entries.extend((one, item) for one in keys)  # `("holding", "alarm"): handler`
                    elif k is None:
                        for alt in alternatives(item):
                            if isinstance(alt, Dict):
                                entries.extend(alt.entries)
                                rest = join(rest, alt.rest)
                            else:
                                rest = join(rest, UNKNOWN)
                    else:
                        rest = join(rest, item)
                if not entries and type(rest) is Bottom:
                    return Dict((), BOTTOM, self.made_here(fn))
                return Dict(tuple(entries), rest)
            case ir.Subscript():
                base = self.eval(expr.base, st, fn, summary, closure)
                index = self.eval(expr.index, st, fn, summary, closure)
                if expr.sliced:
                    return self.sliced(base, index, expr, st, fn, summary, closure)
                return self.subscript(base, index, expr, st, fn, summary, closure)
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
                    made = self.calling.construct(alt.qualname, [], [], st, fn, summary, call) \
                        if isinstance(alt, ClassRef) else alt
                    out = join(out, made)
                return out
            case ir.Decorate():
                decorated = self.eval(expr.value, st, fn, summary, closure)
                for decorator in expr.decorators:
                    decorated = self.calling.decorate(decorated, decorator, st, fn, summary, closure)
                return decorated
            case ir.Iter():
                return self.calling.iterate(self.eval(expr.value, st, fn, summary, closure), expr, st, fn, summary,
                                            closure)
            case ir.Yield():
                return self.yield_(expr, st, fn, summary, closure)
            case ir.Enter():
                return self.calling.enter(expr, st, fn, summary, closure)
            case ir.Exit():
                return self.calling.exit(expr, st, fn, summary, closure)
            case ir.FString():
                return self.fstring(expr, st, fn, summary, closure)
            case ir.Opaque():
                for part in expr.parts:
                    self.eval(part, st, fn, summary, closure)
                return UNKNOWN
            case _:
                raise AssertionError(f"unhandled expression {expr!r}")

    def attribute(self, expr: ir.Attr, st: State, fn: ir.FunctionIR, summary: Summary,
                  closure: dict[str, Value]) -> Value:
        """`base.attr` read as a value: the idle model's value when it names the attribute, unless
        the attribute is a method (read without a call it is a bound method, never the guard)."""
        base = self.eval(expr.base, st, fn, summary, closure)
        names = self.members.attr_names(expr, base, fn)
        modelled = self.model(names, call=False)
        if modelled.value is not None and not self.members.is_method(base, expr.attr):
            return modelled.value
        return self.members.attribute(base, expr, st, fn, summary, closure)

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
            from wakecheck.analysis.values import truth_and, truth_or

            return Bool(truth_and(ta, tb) if polarity else truth_or(ta, tb))
        return join(a, b)

    def compare(self, expr: ir.Compare, st: State, fn: ir.FunctionIR, summary: Summary,
                closure: dict[str, Value]) -> Value:
        from wakecheck.analysis.values import truth_and

        left = self.eval(expr.left, st, fn, summary, closure)
        first = left
        result: Truth | None = None
        for op, comp in zip(expr.ops, expr.comparators):
            right = self.eval(comp, st, fn, summary, closure)
            if op in _ORDERING:
                left, right = self.enum_numbers(left), self.enum_numbers(right)
            t = compare_values(op, left, right)
            result = t if result is None else truth_and(result, t)
            left = right
        assert result is not None
        if result.t == ABSENT and not result.why:
            return Const(False)
        if result.f == ABSENT and not result.why:
            return Const(True)
        throttle = throttle_of(expr, first, left, fn) if len(expr.ops) == 1 else None
        return Bool(result, throttle)

    def enum_numbers(self, v: Value) -> Value:
        """`Severity.CRITICAL` ordered against another (an `IntEnum`): its number."""
        if not any(type(a) is Const and isinstance(a.value, EnumMember) for a in alternatives(v)):
            return v
        out: list[Value] = []
        for alt in alternatives(v):
            if type(alt) is Const and isinstance(alt.value, EnumMember):
                number = self.members.member_attribute(alt, alt.value, "value")
                alt = number if type(number) is Const and is_number(number.value) else UNKNOWN
            out.append(alt)
        return union(out)

    def tested(self, value: Value, test: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,
               closure: dict[str, Value]) -> Value:
        """`value` as `if` sees it (an object's `__bool__` or `__len__` answers)."""
        return self.calling.truth_protocol(value, test, st, fn, summary, closure)

    def binop(self, op: str, a: Value, b: Value) -> Value:
        if isinstance(a, Clock) or isinstance(b, Clock):
            return clock_arith(op, a, b)
        if op in ("|", "&", "^") and (flag := self.members.flag_members(union([a, b]))) is not None:
            return flag_op(op, a, b, *flag)
        if op == "+" and (isinstance(a, Empty) or isinstance(b, Empty)):
            # `len(a) + len(b)`: zero plus zero is zero, on an idle town.
            other = b if isinstance(a, Empty) else a
            if isinstance(other, Empty) or (isinstance(other, Const) and other.value == 0):
                return a if isinstance(a, Empty) else b
        if isinstance(a, Const) and isinstance(b, Const) and op in ARITH:
            if is_number(a.value) and is_number(b.value):
                try:
                    return Const(ARITH[op](a.value, b.value))
                except (ArithmeticError, ValueError):
                    return UNKNOWN
            if op == "+" and isinstance(a.value, str) and isinstance(b.value, str):
                return Const(a.value + b.value)
        if op in ("+", "%") and (type(a) is Union or type(b) is Union) and _strings(a) and _strings(b):
            return _each_string(a, b, op)
        if op == "+" and isinstance(a, (Seq, Tup, Empty)) and isinstance(b, (Seq, Tup, Empty)):
            return concat(a, b)
        if op == "+" and (type(a) is Union or type(b) is Union) and \
                len(alternatives(a)) * len(alternatives(b)) <= _CONCAT_PAIRS and \
                all(isinstance(x, (Seq, Tup, Empty)) for x in (*alternatives(a), *alternatives(b))):
            # `queue + more` where the queue is one of a few sequences (along two paths): each joined
            return union([concat(x, y) for x in alternatives(a) for y in alternatives(b)])
        if op == "*" and (type(a) in (Seq, Tup) or type(b) in (Seq, Tup)):
            return _repeat(a, b) if type(a) in (Seq, Tup) else _repeat(b, a)
        return UNKNOWN

    def augment(self, current: Value, op: str, value: Value) -> Value:
        return self.binop(op, current, value)

    def grow_in_place(self, current: Value, op: str, value: Value, st: State) -> None:
        """`xs += more`, `seen |= more`: a list or set grows in place, so every name it is known by
        (its homes: `q = self.pending; q += batch`) holds what was added."""
        if op not in ("+", "|") or not self.stores_count(st) or empty_reasons(value) is not None:
            return
        added = Seq(element_of(value) if not isinstance(value, Dict) else value.rest, False, False)
        self.facts.store_in_homes(union([a for a in alternatives(current) if type(a) is Seq]), added)

    def fstring(self, expr: ir.FString, st: State, fn: ir.FunctionIR, summary: Summary,
                closure: dict[str, Value]) -> Value:
        """An f-string's value when each of its pieces is one of a few known strings."""
        out: Value = Const("")
        for part in expr.parts:
            value = self.eval(part, st, fn, summary, closure)
            if isinstance(value, Const) and not isinstance(value.value, str) and value.value is not None \
                    and not isinstance(value.value, bytes):
                value = Const(str(value.value))
            out = self.binop("+", out, value) if _strings(out) and _strings(value) else UNKNOWN
        return out

    def subscript(self, base: Value, index: Value, expr: ir.Subscript, st: State, fn: ir.FunctionIR,
                  summary: Summary, closure: dict[str, Value]) -> Value:
        """`base[index]`: a known item, a list's element, a named tuple's field, or `__getitem__`."""
        defaults = [alt.default for alt in alternatives(base) if type(alt) is Dict and type(alt.default) is not Bottom]
        if defaults and not expr.sliced:
            # `groups[key]` on a `defaultdict` holds the key from then on, with what its factory made.
            self.store_item(ir.SubscriptT(expr.base, expr.index), base, index, union(defaults), st, fn, summary,
                            closure)
        if type(base) is Handle or type(base) is Union:
            lazy = self.wakes.lazy(base)
            if lazy:
                # `qs[:50]` is still a lazy query; `qs[0]` runs it for one row.
                at = _call_in(expr.base)
                if isinstance(index, Const) and isinstance(index.value, int) and at is not None:
                    return self.wakes.evaluated(lazy, f"{at.text}(…)[{index.value}]", at, st, fn, summary)
                return base
        if not any(type(alt) is Inst or type(alt) is Gen or type(alt) is ClassRef for alt in alternatives(base)):
            return subscript(base, index)
        out: list[Value] = []
        for alt in alternatives(base):
            if type(alt) is ClassRef:
                if self.members.is_enum(alt.qualname):
                    # `State["PENNED"]`: the member of that name.
                    names = [x.value for x in alternatives(index) if type(x) is Const and isinstance(x.value, str)]
                    out.extend([Const(EnumMember(alt.qualname, n)) for n in names] if names and len(names) ==
                               len(alternatives(index)) else [element_of(self.calling.enum_members(alt))])
                elif self.index.member(alt.qualname, "__class_getitem__")[0] is not None:
                    out.append(UNKNOWN)  # the class's own lookup (a registry by key)
                else:
                    out.append(alt)  # `Keeper[T]`, `Queue[Job]`: a generic alias, made and subclassed as the class
                continue
            if type(alt) is not Inst:
                out.append(subscript(alt, index))
                continue
            if isinstance(index, Const) and isinstance(index.value, int) and index.value >= 0:
                positional = ir.Attr(expr.base, f"$match{index.value}", f"[{index.value}]")
                got = self.members.instance_attribute(alt, positional.attr, positional, st, fn, summary, closure)
                if not isinstance(got, Unknown) or not got.why:
                    out.append(got)
                    continue
            method = self.calling.protocol(alt, "__getitem__")
            if method is not None:
                got = self.calling.call_values(method, _call_at(expr), [index], [], st, fn, summary, closure)
                out.append(UNKNOWN if got is NEVER else got)
            else:
                out.append(UNKNOWN)
        return union(out)

    def sliced(self, base: Value, index: Value, expr: ir.Subscript, st: State, fn: ir.FunctionIR,
               summary: Summary, closure: dict[str, Value]) -> Value:
        """`base[a:b]`: a new list (or tuple) of some of the elements, maybe none; a lazy query stays lazy."""
        out: list[Value] = []
        for alt in alternatives(base):
            match alt:
                case Seq():
                    out.append(Seq(alt.elem, True, alt.must_empty, alt.empty_why))
                case Tup():
                    out.append(Seq(element_of(alt), True, not alt.items))
                case Empty():
                    out.append(alt)
                case Inst() | Handle():
                    out.append(self.subscript(alt, index, expr, st, fn, summary, closure))
                case Unknown() if alt.why:
                    out.append(alt)
                case _:
                    out.append(UNKNOWN)
        return union(out) if out else UNKNOWN

    def comprehension(self, expr: ir.Comp, st: State, fn: ir.FunctionIR, summary: Summary,
                      closure: dict[str, Value]) -> Value:
        saved_env, saved_reach = st.env, st.reach
        st.env = dict(st.env)
        why: frozenset[str] | None = None
        key: Value = BOTTOM
        try:
            for gen in expr.generators:
                iterable = self.eval(gen.iter, st, fn, summary, closure)
                reasons = empty_reasons(iterable)
                if reasons is not None and why is None:
                    why = reasons
                    if st.reach.level != GHOST:
                        st.reach = Reach(GHOST, reasons or frozenset({f"~{gen.iter_text} is empty"}))
                elem = element_of(iterable)
                if expr.kind == "dict" and len(expr.generators) == 1 and not gen.ifs and why is None:
                    # `{state: make(state) for state in State}`, `{f.__name__: f for f in (a, b)}`: one
                    # entry per item, its key and value made for it.
                    keys = const_keys(elem)
                    items: list[Value] | None = (
                        list(iterable.items) if type(iterable) is Tup and 1 < len(iterable.items) <= _DICT_KEYS
                        else [Const(k) for k in keys] if keys is not None and 1 < len(keys) <= _DICT_KEYS
                        else None)
                    if items is not None:
                        return self.dict_per_key(expr, gen.target, items, st, fn, summary, closure)
                self.assign(gen.target, UNKNOWN if isinstance(elem, Bottom) else elem, st, fn, summary, closure)
                for cond, text in zip(gen.ifs, gen.if_texts):
                    st.reach = refine(st.reach, as_truth(self.eval(cond, st, fn, summary, closure)), True, text)
                if why is None and st.reach.level == GHOST and saved_reach.level != GHOST:
                    why = st.reach.why  # `[a for s in sensors if (a := s.poll()) is not None]`: none passes
            elem = self.eval(expr.elt, st, fn, summary, closure)
            if expr.value is not None:
                key = elem
                elem = self.eval(expr.value, st, fn, summary, closure)
        finally:
            st.env, st.reach = saved_env, saved_reach
            st.dead = False
        if why is not None:
            return Seq(BOTTOM, True, True, why) if expr.kind != "dict" else Dict((), BOTTOM)
        if expr.kind == "dict":
            if isinstance(key, Const):
                return Dict(((key.value, elem),), BOTTOM)
            return Dict((), elem)
        return Seq(elem, True, False)

    def dict_per_key(self, expr: ir.Comp, target: ir.Target, items: list[Value], st: State, fn: ir.FunctionIR,
                     summary: Summary, closure: dict[str, Value]) -> Value:
        """A dict comprehension over a few known items, its key and value worked out for each."""
        entries: list[tuple[object, Value]] = []
        rest: Value = BOTTOM
        for one in items:
            self.assign(target, one, st, fn, summary, closure)
            key = self.eval(expr.elt, st, fn, summary, closure)
            value = self.eval(expr.value, st, fn, summary, closure) if expr.value is not None else UNKNOWN
            found = const_keys(key)
            if found is not None and len(found) == 1:
                entries.append((found[0], value))
            else:
                rest = join(rest, value)
        return Dict(tuple(entries), rest)

    def yield_(self, expr: ir.Yield, st: State, fn: ir.FunctionIR, summary: Summary,
               closure: dict[str, Value]) -> Value:
        """`yield value`: one more thing the generator hands out, on this path."""
        if expr.value is None:
            value: Value = Const(None)
        else:
            value = self.eval(expr.value, st, fn, summary, closure)
            if expr.delegate:
                inner = self.calling.materialize(value, _call_at(expr.value), st, fn, summary)
                if empty_reasons(inner) is not None:
                    return UNKNOWN  # `yield from` a generator that yields nothing on an idle tick
                value = element_of(inner)
        if st.dead:
            return BOTTOM
        if st.reach.level == GHOST:
            summary.yield_ghost_why |= st.reach.why
        else:
            summary.yields = bounded(join(summary.yields, value))
            reach = Reach(st.reach.level, st.reach.why)
            summary.yield_reach = reach if summary.yield_reach is None else join_reach(summary.yield_reach, reach)
        st.env[YIELDED] = Const(True)  # what comes after runs only when the generator is resumed
        # What it handed out, the code it was handed to may change before it resumes (a unit of work
        # a `with` body adds to): after the yield, it is read as that code left it.
        handed = set(alternatives(value))
        for name, held in list(st.env.items()):
            if name != YIELDED and handed.intersection(alternatives(held)):
                st.env[name] = self.facts.as_left(held)
        return UNKNOWN

    # -- names, closures, assignment --------------------------------------------------------
    def name_value(self, expr: ir.Name, st: State, fn: ir.FunctionIR, closure: dict[str, Value]) -> Value:
        match expr.scope:
            case ir.Scope.LOCAL:
                v = st.env.get(expr.id, BOTTOM)
                if self.facts.cells and expr.id in self.rebound_cells(fn):
                    v = join(v, self.facts.cell(fn.qualname, expr.id) or BOTTOM)
                return UNKNOWN if isinstance(v, Bottom) else v
            case ir.Scope.FREE:
                v = closure.get(expr.id, UNKNOWN)
                if self.facts.cells:
                    owner = self.cell_owner(fn, expr.id)
                    stored = self.facts.cell(owner, expr.id) if owner is not None else None
                    if stored is not None:
                        v = join(v, stored)
                return v
            case _:
                if expr.id in self.global_targets(fn):
                    stored = st.env.get("$global:" + expr.id)
                    if stored is not None:
                        return stored
                value = self.global_value(fn.module, expr.id)
                if self._models_values:
                    # A module-level name the idle model names (`"*.batch_client._pending"`), unless it
                    # is a function, a class or a module: read without a call, that is always true.
                    modelled = self.model(self.global_names(fn.module, expr.id), call=False)
                    if modelled.value is not None and not any(
                            type(a) in (Func, ClassRef, ModuleVal) for a in alternatives(value)):
                        return modelled.value
                return value

    def assigned(self, fn: ir.FunctionIR, scope: ir.Scope) -> frozenset[str]:
        """The names of `scope` that `fn` binds (writes.assigned), worked out once per function."""
        key = (fn.qualname, scope)
        found = self._assigned.get(key)
        if found is None:
            found = self._assigned[key] = assigned(fn, scope)
        return found

    def cell_owner(self, fn: ir.FunctionIR, name: str) -> str | None:
        """The enclosing function whose local `name` is (the nearest that does not capture it too)."""
        key = (fn.qualname, name)
        if key in self._cell_owners:
            return self._cell_owners[key]
        found: str | None = None
        outer = fn.qualname.rpartition(".")[0]
        while outer:
            enclosing = self.index.function(outer)
            if enclosing is not None and name not in enclosing.free_vars:
                found = enclosing.qualname
                break
            outer = outer.rpartition(".")[0]
        self._cell_owners[key] = found
        return found

    def rebound_cells(self, fn: ir.FunctionIR) -> frozenset[str]:
        """`fn`'s locals that a function nested in it rebinds (`nonlocal`)."""
        found = self._rebound_cells.get(fn.qualname)
        if found is None:
            module = self.index.module(fn.module)
            prefix = fn.qualname + "."
            found = self._rebound_cells[fn.qualname] = frozenset(
                name for inner in (module.functions if module is not None else ()) if inner.qualname.startswith(prefix)
                for name in self.assigned(inner, ir.Scope.FREE) if self.cell_owner(inner, name) == fn.qualname)
        return found

    def made_here(self, fn: ir.FunctionIR) -> frozenset[Loc]:
        """The home of an empty list, dict, set, queue or event made by the operation running now
        in `fn`: one per operation, so that what is added to it under any name reaches every
        other name it is known by (NewLoc)."""
        known = self._op_places.get(id(fn))
        if known is None:
            places = {id(op): i for i, op in enumerate(op for block in fn.blocks for op in block.ops)}
            known = self._op_places[id(fn)] = (fn, places)
        return frozenset({NewLoc(fn.qualname, known[1].get(id(self.op), -1))})

    def global_names(self, module: str, name: str) -> tuple[str, ...]:
        """The dotted names a module-level name is known by: where it is read, and where it is defined."""
        names = [f"{module}.{name}"]
        for binding in self.index.bindings(module, name):
            if binding.kind is ir.BindingKind.IMPORT_FROM and binding.member:
                home = self.index.resolve_module(binding.target) or binding.target
                names.append(f"{home}.{binding.member}")
        return tuple(names)

    def global_targets(self, fn: ir.FunctionIR) -> frozenset[str]:
        """The globals a function assigns (`global x; x = ...`): their values along its paths are its own."""
        return self.assigned(fn, _GLOBAL)

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
                elif target.scope is _GLOBAL:
                    st.env["$global:" + target.id] = value
                    if self.stores_count(st):
                        self.facts.store(GlobalLoc(fn.module, target.id), value)
                else:
                    # `nonlocal name; name = v`: the enclosing function's local, which its other
                    # closures and later calls of this one read (joined: flow-insensitive).
                    closure[target.id] = join(closure.get(target.id, BOTTOM), value)
                    owner = self.cell_owner(fn, target.id)
                    if owner is not None and self.stores_count(st):
                        self.facts.cells = True
                        self.facts.store(CellLoc(owner, target.id), value)
            case ir.AttrT():
                base = self.eval(target.base, st, fn, summary, closure)
                if self.members.set_property(base, target, value, st, fn, summary):
                    return
                if self.stores_count(st):
                    self.members.store(base, target.attr, value)
                if any(type(alt) is Inst for alt in alternatives(base)):
                    self.write_path(target.base, with_field(base, target.attr, value), st, fn, summary, closure)
            case ir.SubscriptT():
                base_v = self.eval(target.base, st, fn, summary, closure)
                index_v = self.eval(target.index, st, fn, summary, closure)
                self.store_item(target, base_v, index_v, value, st, fn, summary, closure)
            case ir.TupleT():
                self.unpack(target, value, st, fn, summary, closure)
            case ir.StarT():
                self.assign(target.target, as_seq(value) if not isinstance(value, Unknown) else value,
                            st, fn, summary, closure)
            case _:
                raise AssertionError(f"unhandled target {target!r}")

    def stores_count(self, st: State) -> bool:
        """Whether a store on this path happens on some tick or at start-up (not on a ruled-out path)."""
        if st.reach.level == RARE:
            self.facts.rare_leaks.update(st.reach.why)  # what a rare tick leaves, later ticks read
        return (st.reach.level != GHOST and not self.ghostly) or st.reach.why == _MODULE_WHY

    def facts_store(self, obj: Value, attr: str, value: Value, st: State) -> None:
        if self.stores_count(st):
            self.members.store(obj, attr, value)

    def store_item(self, target: ir.SubscriptT, base: Value, index: Value, value: Value, st: State,
                   fn: ir.FunctionIR, summary: Summary, closure: dict[str, Value]) -> None:
        """`base[index] = value`: the dict or list grows where it lives, and along the path."""
        if any(type(alt) is Inst for alt in alternatives(base)):
            method = next((m for alt in alternatives(base) if (m := self.calling.protocol(alt, "__setitem__"))), None)
            if method is not None:
                self.calling.call_values(method, _call_at(target.base), [index, value], [], st, fn, summary, closure)
                return
        is_dict = any(type(alt) is Dict for alt in alternatives(base)) or not any(
            type(alt) in (Seq, Tup) for alt in alternatives(base))
        index = as_key(index) if is_dict else index
        added: Value = (Dict(((index.value, value),), BOTTOM) if isinstance(index, Const) else Dict((), value)) \
            if is_dict else Seq(value, False, False)
        if self.stores_count(st):
            self.facts.store_in_homes(base, added)
            self.store_through(target.base, added, st, fn, summary, closure)
        current = self.read_path(target.base, st, fn, closure)
        if current is None:
            return
        grown: list[Value] = []
        for alt in alternatives(current):
            if isinstance(alt, Dict):
                grown.append(dict_store(alt, index, value))
            elif isinstance(alt, (Seq, Tup)):
                seq = as_seq(alt)
                grown.append(Seq(join(seq.elem, value), False, False, frozenset(), seq.home))
            elif isinstance(alt, Bottom):
                grown.append(added)
            else:
                grown.append(alt)
        self.write_path(target.base, union(grown), st, fn, summary, closure)

    def unpack(self, target: ir.TupleT, value: Value, st: State, fn: ir.FunctionIR, summary: Summary,
               closure: dict[str, Value]) -> None:
        """`a, *rest, b = value`: a tuple's items where it has them, else its elements."""
        items = target.items
        star = next((i for i, t in enumerate(items) if isinstance(t, ir.StarT)), None)
        value = self.calling.materialize(value, _call_at(ir.Const(None)), st, fn, summary)
        fixed = [a for a in alternatives(value) if isinstance(a, Tup)]
        parts: list[list[Value]] = [[] for _ in items]
        for alt in alternatives(value):
            if isinstance(alt, Inst) and star is not None and self.calling.protocol(alt, "__iter__") is None \
                    and len(names := self.members.match_names(alt.cls)) >= len(items) - 1:
                # A named tuple unpacked with a star (`first, *rest = snapshot`): its fields in order.
                alt = Tup(tuple(self.members.instance_attribute(
                    alt, name, ir.Attr(ir.Const(None), name, f"[{i}]"), st, fn, summary, closure)
                    for i, name in enumerate(names)))
            if isinstance(alt, Tup) and star is None and len(alt.items) == len(items):
                for i, item in enumerate(alt.items):
                    parts[i].append(item)
            elif isinstance(alt, Tup) and star is not None and len(alt.items) >= len(items) - 1:
                after = len(items) - star - 1
                for i in range(star):
                    parts[i].append(alt.items[i])
                parts[star].append(Tup(alt.items[star:len(alt.items) - after]))
                for j in range(after):
                    parts[star + 1 + j].append(alt.items[len(alt.items) - after + j])
            elif isinstance(alt, Inst) and star is None and self.calling.protocol(alt, "__iter__") is None:
                # A named tuple (or a record with `__match_args__`): its fields in order.
                for i in range(len(items)):
                    at = ir.Attr(ir.Const(None), f"$match{i}", f"[{i}]")
                    parts[i].append(self.members.instance_attribute(alt, at.attr, at, st, fn, summary, closure))
            else:
                if isinstance(alt, Inst):
                    alt = self.calling.iterate_object(alt, _call_at(ir.Const(None)), st, fn, summary, closure)
                elem = element_of(alt) if isinstance(alt, (Seq, Tup, Dict, Empty)) else (
                    alt if isinstance(alt, Unknown) else UNKNOWN)
                for i in range(len(items)):
                    parts[i].append(Seq(elem, True, False) if i == star else elem)
        del fixed
        for item_target, found in zip(items, parts):
            got = union(found) if found else UNKNOWN
            if isinstance(item_target, ir.StarT):
                self.assign(item_target.target, got, st, fn, summary, closure)
            else:
                self.assign(item_target, got, st, fn, summary, closure)

    # -- paths: a local and the attributes reached from it ---------------------------------------
    def read_path(self, expr: ir.Expr, st: State, fn: ir.FunctionIR, closure: dict[str, Value]) -> Value | None:
        """The value at a local name or an attribute chain from one, if the path knows it, with no side effect;
        an item of a container there too (`groups[kind]`, `groups.setdefault(kind, [])`)."""
        match expr:
            case ir.Name(scope=ir.Scope.LOCAL):
                found = st.env.get(expr.id)
                return None if found is None or type(found) is Bottom else found
            case ir.Attr():
                base = self.read_path(expr.base, st, fn, closure)
                return None if base is None else field_of(base, expr.attr)
            case _:
                item = _item_path(expr)
                if item is None:
                    return None
                holder, key_expr = item
                base = self.read_path(holder, st, fn, closure)
                key = _path_key(key_expr, st)
                return None if base is None or key is None else subscript(base, key)

    def write_path(self, expr: ir.Expr, value: Value, st: State, fn: ir.FunctionIR, summary: Summary,
                   closure: dict[str, Value]) -> None:
        """Make the path at `expr` hold `value` from here on: the local, the field of the object it is
        on, or the item of the list or dict it is in (a list's item: one of its elements may)."""
        match expr:
            case ir.Name(scope=ir.Scope.LOCAL):
                st.env[expr.id] = value
            case ir.Attr():
                base = self.read_path(expr.base, st, fn, closure)
                if base is not None and any(type(alt) is Inst for alt in alternatives(base)):
                    self.write_path(expr.base, with_field(base, expr.attr, value), st, fn, summary, closure)
            case _:
                item = _item_path(expr)
                if item is None:
                    return
                holder, key_expr = item
                base = self.read_path(holder, st, fn, closure)
                key = _path_key(key_expr, st)
                if base is None or key is None:
                    return
                out: list[Value] = []
                for alt in alternatives(base):
                    match alt:
                        case Dict():
                            out.append(dict_store(alt, key, value))
                        case Seq():
                            out.append(Seq(join(alt.elem, value), alt.may_empty, alt.must_empty, alt.empty_why,
                                           alt.home))
                        case _:
                            out.append(alt)
                self.write_path(holder, union(out), st, fn, summary, closure)

    def locations_of(self, expr: ir.Expr, st: State, fn: ir.FunctionIR, closure: dict[str, Value]) -> frozenset[Loc]:
        """The long-lived locations the value at a path lives in (`self.items`: the attribute of self's objects)."""
        match expr:
            case ir.Attr():
                holder = self.read_path(expr.base, st, fn, closure)
                if holder is None and isinstance(expr.base, ir.Name):
                    holder = self.eval(expr.base, State(st.reach, st.env), fn, self._discard, closure)
                return frozenset(self.members.locations(holder, expr.attr)) if holder is not None else frozenset()
            case ir.Name(scope=ir.Scope.GLOBAL):
                return frozenset({GlobalLoc(fn.module, expr.id)})
            case ir.Name(scope=ir.Scope.LOCAL) if fn.name == BODY_NAME:
                return frozenset({GlobalLoc(fn.module, expr.id)})
            case _:
                return frozenset()

    def store_through(self, base_expr: ir.Expr, added: Value, st: State, fn: ir.FunctionIR, summary: Summary,
                      closure: dict[str, Value]) -> None:
        """A list or dict at `base_expr` grew by `added`: the long-lived location it lives in grows too."""
        match base_expr:
            case ir.Attr():
                holder = self.read_path(base_expr.base, st, fn, closure)
                if holder is None and _attribute_chain(base_expr.base):
                    # `self.studio.tools[0] = tool`: read again, nothing is called
                    holder = self.eval(base_expr.base, st, fn, summary, closure)
                if holder is not None:
                    self.members.store(holder, base_expr.attr, added)
            case ir.Name(scope=ir.Scope.GLOBAL):
                self.facts.store(GlobalLoc(fn.module, base_expr.id), added)
            case ir.Name(scope=ir.Scope.LOCAL) if fn.name == BODY_NAME:
                self.facts.store(GlobalLoc(fn.module, base_expr.id), added)
            case _:
                pass

    # -- returns -----------------------------------------------------------------------------------
    def record_return(self, summary: Summary, st: State, value: Value, fn: ir.FunctionIR) -> None:
        if st.reach.level == GHOST:
            summary.ret_ghost = join(summary.ret_ghost, value)
            summary.ghost_why = (summary.ghost_why or frozenset()) | st.reach.why
            return
        summary.ret = bounded(join(summary.ret, value))
        if st.reach.level == RARE:
            self.facts.rare_leaks.update(st.reach.why)  # returned only on a rare path, joined with the rest
        reach = Reach(st.reach.level, st.reach.why)
        summary.ret_reach = reach if summary.ret_reach is None else join_reach(summary.ret_reach, reach)
        if summary.params0 or summary.stores:
            self.note_stores(summary, st)
        for param, before in summary.lists0.items():
            after = st.env.get(param, before)
            summary.grown[param] = bounded(join(summary.grown.get(param, BOTTOM), after))
        summary.returned = True

    def note_stores(self, summary: Summary, st: State) -> None:
        """What this return path leaves stored on the objects the parameters held (Summary.stores)."""
        for param, before in summary.params0.items():
            after = st.env.get(param)
            if after is before or after is None:
                changed: dict[str, Value] = {}
            else:
                old = _fields(before)
                changed = {k: v for k, v in _fields(after).items() if old.get(k) is not v}
                changed.update((k, BOTTOM) for k in old if k not in _fields(after))
            stored = summary.stores.setdefault(param, {})
            for attr in stored:
                if attr not in changed:
                    summary.weak.add((param, attr))
            for attr, v in changed.items():
                if attr not in stored and summary.returned:
                    summary.weak.add((param, attr))
                if type(v) is Bottom:
                    summary.weak.add((param, attr))
                stored[attr] = bounded(join(stored.get(attr, BOTTOM), v))
            if not stored:
                del summary.stores[param]

    # -- conditions -------------------------------------------------------------------------------
    def check_condition(self, cond: ir.Expr, value: Value, st: State, fn: ir.FunctionIR,
                        summary: Summary, line: int) -> None:
        """A branch on `obj.guard` with no call: a bound method, always true — the guard never ran (WC004).
        And a branch on a lazy query (`if not jobs:`, a Django QuerySet): it runs the query."""
        test = cond.operand if isinstance(cond, ir.UnaryOp) and cond.op == "not" else cond
        if self.wakes.catalogue.kinds:
            self.truth_tested(test, value if test is cond else None, st, fn, summary, line)
        if type(test) is not _ATTR or st.reach.level == GHOST:
            return
        tested = self.eval(test, State(st.reach, st.env), fn, self._discard, {}) if test is not cond else value
        if not any(isinstance(alt, Func) and alt.bound is not None for alt in alternatives(tested)):
            return
        base = self.eval(test.base, State(st.reach, st.env), fn, self._discard, {})
        names = self.members.attr_names(test, base, fn)
        if not self.guard_names(names):
            return
        path = self.index.path_of(fn.module)
        span = Span(line, 1, line, 1)
        hit = Hit((path, -line), path, span, test.text, test.text, "", st.reach,
                  Trail(ChainFrame(fn.qualname, path, line), st.reach.gates))
        keep_best(summary.misread, hit)

    def truth_tested(self, test: ir.Expr, value: Value | None, st: State, fn: ir.FunctionIR, summary: Summary,
                     line: int) -> None:
        if value is None:
            if not isinstance(test, ir.Name) or test.scope is not _LOCAL:
                return
            value = st.env.get(test.id, BOTTOM)
        lazy = self.wakes.lazy(value)
        if lazy:
            text = expr_text(test)
            # A branch is no call site: its sites are numbered apart from the calls' (and WC004's).
            at = ir.Call(test, (), -line - _BRANCH_SITES, Span(line, 1, line, 1), text)
            self.wakes.evaluated(lazy, f"bool({text})", at, st, fn, summary)

    def note_throttle(self, fn: ir.FunctionIR, gate: str, throttle: Throttle, line: int) -> None:
        self.throttles[(fn.qualname, gate)] = (throttle, self.index.path_of(fn.module), line)

    # -- globals and modules ----------------------------------------------------------------
    def global_value(self, module: str, name: str) -> Value:
        key = (module, name)
        busy = self._globals_busy.get(key)
        if busy is not None:
            # Cycles (module aliases, a writer of the global reading it) end here, with what is
            # known so far: its module-level value, and what code run so far stored to it.
            stored = self.facts.partial(module, name)
            return busy if type(stored) is Bottom else join(busy, stored)
        version = self.facts.version
        known = self.globals_memo.get(key)
        if known is not None and known[0] == version:
            return known[1]
        self._globals_busy[key] = UNKNOWN
        try:
            value = self._global_value(module, name)
        finally:
            del self._globals_busy[key]
        self.globals_memo[key] = (self.facts.version, value)
        return value

    def _global_value(self, module: str, name: str) -> Value:
        mod = self.index.module(module)
        bindings = self.index.bindings(module, name) if mod is not None else ()
        bound: Value = BOTTOM
        for binding in bindings:
            bound = join(bound, self.binding_value(module, binding))
        if any(binding.kind is ir.BindingKind.ASSIGN for binding in bindings):
            bound = _housed(bound, GlobalLoc(module, name))
        self._globals_busy[(module, name)] = UNKNOWN if type(bound) is Bottom else bound
        stored = self.facts.global_(module, name) if mod is not None else BOTTOM
        if not bindings and type(stored) is Bottom and mod is not None and name in ("__name__", "__package__"):
            # The module's own names: `importlib.import_module(f"{__package__}.stalls.{name}")`.
            return Const(module if name == "__name__" or mod.is_package else module.rpartition(".")[0])
        if not bindings and type(stored) is Bottom:
            for star in self.index.bindings(module, "*") if mod is not None else ():
                if self.index.bindings(star.target, name):
                    return self.global_value(star.target, name)
            if name in _BUILTIN_NAMES:
                return Ext(f"builtins.{name}")
            self.undefined.add((module, name))
            return Ext(f"{module}.{name}")
        return join(bound, stored)

    def binding_value(self, module: str, binding: ir.Binding) -> Value:
        match binding.kind:
            case ir.BindingKind.FUNCTION if binding.value is not None:
                return self.module_eval(module, binding.value)  # a decorated function
            case ir.BindingKind.FUNCTION:
                return Func(binding.target)
            case ir.BindingKind.CLASS if isinstance(binding.value, ir.Decorate) and self.wakes.catalogue.decorators:
                # Only a library model's class decorator changes what the name is (`@app.cls()`).
                for decorator in binding.value.decorators:
                    for alt in alternatives(self.module_eval(module, decorator.func)):
                        made = self.wakes.decorated(alt)
                        if made is not None:
                            return made
                return ClassRef(binding.target)
            case ir.BindingKind.CLASS:
                return ClassRef(binding.target)
            case ir.BindingKind.IMPORT_MODULE:
                return self.module_value(binding.target)
            case ir.BindingKind.IMPORT_FROM:
                return self.member(binding.target, binding.member or "")
            case ir.BindingKind.ASSIGN:
                assert binding.value is not None
                return _unfielded(self.module_eval(module, binding.value), 0)
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


def _told(v: Value) -> Value:
    """An object handed to a call, with what the path knows of its attributes that can change what
    the callee reaches (handles, functions, objects, guards, empty collections, None); the rest
    (numbers, strings, plain data) the callee reads from the facts, so that calls that differ only
    in such data share one analysis."""
    if type(v) is not Inst or not v.fields:
        return v
    kept = tuple((k, x) for k, x in v.fields if _tells(x))
    return v if len(kept) == len(v.fields) else Inst(v.cls, v.exact, kept, v.alloc)


def _tells(v: Value, depth: int = 0) -> bool:
    """Whether a value can change what a callee reaches: see `_told`."""
    alts = alternatives(v)
    for alt in alts:
        match alt:
            case Const() if alt.value is None:
                # A sentinel: it tells beside something that can wake or run code (`box is None`).
                if len(alts) == 1 or any(_interesting(a) for a in alts):
                    return True
            case Const() if depth == 0:
                return True  # a count or a name the callee tests (`if snap.topped:`)
            case Const() | Bottom() | Clock():
                continue
            case Unknown() if not alt.why or alt.why.startswith(PARAM):
                continue
            case Bool() if alt.truth.t != ABSENT and alt.truth.f != ABSENT and alt.throttle is None:
                continue
            case Seq():
                if depth < 2 and (alt.must_empty or _tells(alt.elem, depth + 1)):
                    return True
            case Tup():
                if depth < 2 and any(_tells(i, depth + 1) for i in alt.items):
                    return True
            case Dict():
                if depth < 2 and (_tells(alt.rest, depth + 1) or any(_tells(x, depth + 1) for _, x in alt.entries)):
                    return True
            case _:
                return True
    return False


def _unfielded(v: Value, depth: int) -> Value:
    """A module global as a tick finds it: an object made at import keeps no attribute its
    `__init__` set along that path (start-up code may have changed it since: `keeper.configure(box)`);
    they are read from the facts, which hold every store."""
    match v:
        case Inst() if v.fields:
            return Inst(v.cls, v.exact, (), v.alloc)
        case Union():
            return union([_unfielded(a, depth) for a in v.alts])
        case Seq() if depth < 2 and type(v.elem) in (Inst, Union):
            return Seq(_unfielded(v.elem, depth + 1), v.may_empty, v.must_empty, v.empty_why, v.home)
        case Tup() if depth < 2:
            items = tuple(_unfielded(i, depth + 1) for i in v.items)
            return v if all(a is b for a, b in zip(items, v.items)) else Tup(items)
        case Dict() if depth < 2:
            entries = tuple((k, _unfielded(x, depth + 1)) for k, x in v.entries)
            rest = _unfielded(v.rest, depth + 1)
            if rest is v.rest and all(a is b for (_, a), (_, b) in zip(entries, v.entries)):
                return v
            return Dict(entries, rest, v.home)
        case _:
            return v


def _widened(v: Value) -> Value:
    """An argument of a function met in too many contexts: what may wake or run project code is
    kept, but not what the path knew of an object's attributes (they are read from the facts)."""
    if type(v) is Inst:
        return Inst(v.cls, v.exact, (), v.alloc) if v.fields else v
    if _interesting(v) or isinstance(v, (Empty, Unknown)):
        return v
    return UNKNOWN


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
    return ir.FunctionIR(f"{module}.<module>", "<module>", module, _FUNCTION, None, (),
                         False, Span(0, 0, 0, 0), (), (), ())


def _matched_name(names: Sequence[str], patterns: PatternSet) -> str:
    """The first of a call's names that the patterns match (the one a message should show)."""
    return next((n for n in names if patterns.match([n]) is not None), names[0])


def _call_at(expr: ir.Expr) -> ir.Call:
    """A call made by the language where `expr` stands (a protocol method, a generator run)."""
    span = getattr(expr, "span", None) or Span(0, 0, 0, 0)
    site = getattr(expr, "site", 0)
    text = getattr(expr, "text", "") or ""
    return ir.Call(expr, (), site, span, text)


def _call_in(expr: ir.Expr) -> ir.Call | None:
    """The call a subscript's base is made of (`Job.objects.filter(...)[0]`), to locate what it runs."""
    while True:
        match expr:
            case ir.Call():
                return expr
            case ir.Attr():
                expr = expr.base
            case _:
                return None


def _fields(value: Value) -> dict[str, Value]:
    return dict(value.fields) if type(value) is Inst else {}


def _strings(v: Value) -> bool:
    return all(isinstance(a, Const) and isinstance(a.value, str) for a in alternatives(v))


def _each_string(a: Value, b: Value, op: str) -> Value:
    """`"handle_" + kind` (or `%`) for each string each side may be: a few known strings."""
    out: list[Value] = []
    for x in alternatives(a):
        for y in alternatives(b):
            assert isinstance(x, Const) and isinstance(y, Const)
            try:
                out.append(Const(x.value + y.value if op == "+" else x.value % y.value))  # type: ignore[operator]
            except (TypeError, ValueError):
                return UNKNOWN
    return union(out)


def _item_path(expr: ir.Expr) -> tuple[ir.Expr, ir.Expr] | None:
    """`holder[key]` or `holder.setdefault(key, ...)`: the container's path and the key's expression."""
    match expr:
        case ir.Subscript(sliced=False):
            return expr.base, expr.index
        case ir.Call(func=ir.Attr(attr="setdefault") as method) if expr.args and expr.args[0].keyword is None \
                and expr.args[0].star == 0:
            return method.base, expr.args[0].value
        case _:
            return None


def _path_key(expr: ir.Expr, st: State) -> Value | None:
    """A key read with no side effect: a constant, or a local's value."""
    match expr:
        case ir.Const():
            return Const(expr.value)
        case ir.Name(scope=ir.Scope.LOCAL):
            found = st.env.get(expr.id)
            return None if found is None or type(found) is Bottom else found
        case _:
            return None


def _spread_rest(rests: list[Value]) -> Value:
    """What `**d` spreads hold under keys not known: the rests of the dicts, or an unknown."""
    out = union(rests)
    return UNKNOWN if type(out) is Bottom else out


def _spread_kwargs(kwargs: Sequence[tuple[str | None, Value]]) -> Sequence[tuple[str | None, Value]]:
    """Keyword arguments with each `**d` of a known dict spread into its keys (`super().__init__(**kw)`
    forwards what the caller passed by name); `(None, v)` stays for a spread whose keys are not known."""
    if all(key is not None for key, _ in kwargs):
        return kwargs
    out: list[tuple[str | None, Value]] = []
    for key, v in kwargs:
        dicts = [d for d in alternatives(v) if type(d) is Dict]
        if key is not None or not dicts or len(dicts) < len(alternatives(v)):
            out.append((key, v))
            continue
        keys = dict.fromkeys(k for d in dicts for k, _ in d.entries if isinstance(k, str))
        for name in keys:
            found = [x for d in dicts for k, x in d.entries if k == name]
            if len(found) < len(dicts):
                out.append((None, UNKNOWN))  # in some of the dicts only: the parameter's default elsewhere
            out.append((name, union(found)))
        rest = union([d.rest for d in dicts])
        if type(rest) is not Bottom:
            out.append((None, rest))
    return out


def _housed(value: Value, loc: GlobalLoc) -> Value:
    """A global's list or dict lives in the global: what is added to it (anywhere) goes there."""
    if not any(type(a) is Seq or type(a) is Dict for a in alternatives(value)):
        return value
    out: list[Value] = []
    for alt in alternatives(value):
        if type(alt) is Seq and loc not in alt.home:
            alt = Seq(alt.elem, alt.may_empty, alt.must_empty, alt.empty_why, alt.home | {loc})
        elif type(alt) is Dict and loc not in alt.home:
            alt = Dict(alt.entries, alt.rest, alt.home | {loc})
        out.append(alt)
    return union(out)
