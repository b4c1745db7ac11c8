"""Interprocedural idle reachability: which sinks a function reaches, and how, on an idle town.

Each function is analysed once per calling context (its bound `self`, argument and
closure values) by a forward pass over its CFG. A block carries up to two tracks:

* the *real* track: paths feasible under the idle model, LIVE (every tick) or RARE
  (only when a rare predicate is True), with the unknown conditions that dominate it;
* the *ghost* track: paths the idle model rules out, with the reasons (the guard or
  empty collection that cut them off). Ghost paths are followed only to explain NO
  verdicts: a sink reached only by ghosts is "gated on <reason>".

What it does not follow: values of object attributes across calls are facts joined
over every `self.x = ...` in the class (flow-insensitive); a recursive call in
progress (or a third activation of a function already running twice) returns an
unknown value and adds no sinks beyond those of the function's own body; exceptions leave a block from its start and its end only; at most
`_CONTEXT_LIMIT` contexts per function are kept apart, later ones are widened.
"""

from __future__ import annotations

import functools
import heapq
from itertools import compress
from operator import is_not
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.values import (
    ABSENT, BOTTOM, UNKNOWN, Bool, Bottom, Const, Lvl, Throttle, Truth, Value, as_truth, bounded, element_of,
    empty_reasons, join, widen,
)
from wakecheck._speedups.frozen import all_built_fast
from wakecheck.model import ChainFrame, Span

LIVE, RARE, GHOST = 2, 1, 0
NEGATED = "!"  # prefix of a gate the path passes with the condition False
WEAK = "~"  # prefix of a fallback reason, used only when no real reason is known
_WIDEN_AFTER = 6
_GHOST_TRACKS = 6  # ghost tracks kept apart per block; more are folded together
_GHOST_PATHS = 12  # cut sets remembered per ghost hit
_GIVE_UP_AFTER = 40
_NONE = Const(None)
# Enum members read on every step, bound once (see values.ABSENT). RARE here is a reach level.
_PLAIN, _RARE_SIDE = ir.CondKind.PLAIN, Lvl.RARE
_ASSIGN, _EVAL, _GOTO = ir.Assign, ir.Eval, ir.Goto  # compared by exact type (none has a subclass)


@dataclass(frozen=True, slots=True)
class Reach:
    level: int
    why: frozenset[str] = frozenset()  # RARE: rare reasons; GHOST: what cut the path off
    gates: frozenset[str] = frozenset()  # unknown conditions dominating (real tracks)


START = Reach(LIVE)


def combine(outer: Reach, inner: Reach) -> Reach:
    """The reach of something the callee reaches with `inner` when the call is reached with `outer`."""
    if outer.level == GHOST:
        # A path cut off twice needs both facts to fail before it fires.
        return Reach(GHOST, outer.why | inner.why) if inner.level == GHOST else outer
    if inner.level == GHOST:
        return inner
    level = min(outer.level, inner.level)
    why = (outer.why if outer.level == RARE else frozenset()) | (inner.why if inner.level == RARE else frozenset())
    return Reach(level, why, outer.gates)


def join_reach(a: Reach, b: Reach) -> Reach:
    if a is b:
        return a
    if a.level == GHOST and b.level == GHOST:
        return Reach(GHOST, a.why | b.why)
    if a.level != b.level:
        hi = a if a.level > b.level else b
        return Reach(hi.level, hi.why, a.gates & b.gates)
    return Reach(a.level, a.why | b.why, a.gates & b.gates)


def refine(reach: Reach, truth: Truth, polarity: bool, gate: str | None) -> Reach:
    """The reach after taking the `polarity` edge of a condition with this truth."""
    side = truth.side(polarity)
    if side == ABSENT:
        cut = truth.why or frozenset({WEAK + (gate or "condition")})
        # A ghost path collects every fact that cuts it off: its explanation is the
        # whole set, and the smallest set reaching a sink is the one worth naming.
        return Reach(GHOST, (reach.why if reach.level == GHOST else frozenset()) | cut)
    if reach.level == GHOST:
        return reach
    if side == _RARE_SIDE:
        why = (reach.why if reach.level == RARE else frozenset()) | truth.rare_why
        return Reach(RARE, why, reach.gates)
    if gate and truth.unknown:
        # A path that needs the condition False (an early exit it survived) is
        # recorded as "!cond"; verdicts name the conditions it needs True first.
        return Reach(reach.level, reach.why, reach.gates | {gate if polarity else NEGATED + gate})
    return reach


class Trail:
    """A call chain from the analysed function down to a sink, one frame per call.

    Lifting a hit to a caller puts one frame in front of the callee's trail and
    shares the rest, so a chain 1,000 calls deep costs one step per caller, not a
    copy of the whole chain. Trails compare as the sequences of (function, line)
    they hold, and only as far as they differ.
    """

    __slots__ = ("frame", "gates", "rest", "length", "_hash")

    def __init__(self, frame: ChainFrame, gates: frozenset[str], rest: Trail | None = None) -> None:
        self.frame = frame
        self.gates = gates  # the unknown conditions dominating this frame's call (or the sink)
        self.rest = rest
        self.length: int = 1 if rest is None else rest.length + 1
        self._hash = hash((self.length, frame.function, frame.line))

    def steps(self) -> Iterator[Trail]:
        """This trail's nodes, from the analysed function down to the sink."""
        node: Trail | None = self
        while node is not None:
            yield node
            node = node.rest

    def frames(self) -> tuple[ChainFrame, ...]:
        return tuple(node.frame for node in self.steps())

    def all_gates(self) -> tuple[frozenset[str], ...]:
        return tuple(node.gates for node in self.steps())

    def _order(self, other: Trail) -> int:
        """-1, 0 or 1 as (function, line) sequences compare: only as far as they differ."""
        a: Trail | None = self
        b: Trail | None = other
        while a is not None and b is not None:
            if a is b:
                return 0
            left, right = (a.frame.function, a.frame.line), (b.frame.function, b.frame.line)
            if left != right:
                return -1 if left < right else 1
            a, b = a.rest, b.rest
        return 0 if a is b else -1 if a is None else 1

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Trail) and self.length == other.length and self._order(other) == 0

    def __lt__(self, other: Trail) -> bool:
        return self._order(other) < 0

    def __hash__(self) -> int:
        return self._hash


@dataclass(frozen=True, slots=True)
class Hit:
    """A sink (or an unresolved call) reached from the analysed function."""

    key: tuple[str, int]  # (path, call site id)
    path: str
    span: Span
    sink: str  # the callee as written
    label: str  # what wakes: a method name or a callable's name
    detail: str  # e.g. "POST /refresh-token"
    reach: Reach
    trail: Trail  # the calls from the analysed function to the sink, with their gates
    # GHOST: the cut sets of the ghost paths seen reaching it (each path is stopped by
    # any one fact of its set failing to hold); a sink is NO because all of them are cut.
    ghosts: frozenset[frozenset[str]] = frozenset()

    @property
    def chain(self) -> tuple[ChainFrame, ...]:
        return self.trail.frames()

    @property
    def gates(self) -> tuple[frozenset[str], ...]:
        """Per chain frame, the unknown conditions dominating it."""
        return self.trail.all_gates()

    def ghost_paths(self) -> frozenset[frozenset[str]]:
        return self.ghosts or frozenset({self.reach.why})

    def rank(self) -> tuple[int, tuple[int, int, tuple[str, ...]], int, Trail]:
        return (-self.reach.level, why_rank(self.reach.why) if self.reach.level == GHOST else (0, 0, ()),
                self.trail.length, self.trail)


def lift_ghosts(outer: Reach, hit: Hit) -> frozenset[frozenset[str]]:
    """The ghost paths of a callee's hit, seen from a call reached with `outer`."""
    if outer.level != GHOST:
        return hit.ghosts
    if hit.reach.level != GHOST:
        return frozenset({outer.why})
    return _fewest(frozenset(outer.why | p for p in hit.ghost_paths()))


def _fewest(paths: frozenset[frozenset[str]]) -> frozenset[frozenset[str]]:
    """At most `_GHOST_PATHS` cut sets, the best explained ones."""
    if len(paths) <= _GHOST_PATHS:
        return paths
    return frozenset(sorted(paths, key=why_rank)[:_GHOST_PATHS])


def why_rank(why: frozenset[str]) -> tuple[int, int, tuple[str, ...]]:
    """Explanations of ghost paths, best first: real reasons before fallbacks, fewer before more."""
    return (sum(1 for w in why if w.startswith(WEAK)), len(why), tuple(sorted(why)))


def keep_best(table: dict[tuple[str, int], Hit], hit: Hit) -> bool:
    """Record `hit` if it beats what is known for its site; returns whether anything changed."""
    old = table.get(hit.key)
    if old is None:
        table[hit.key] = hit
        return True
    if old.reach.level == GHOST and hit.reach.level == GHOST:
        paths = _fewest(old.ghost_paths() | hit.ghost_paths())
        best = hit if hit.rank() < old.rank() else old
        if paths == old.ghost_paths() and best is old:
            return False
        table[hit.key] = replace(best, ghosts=paths)
        return True
    if hit.rank() < old.rank():
        table[hit.key] = hit
        return True
    return False


@dataclass(frozen=True, slots=True)
class Rearm:
    """`set_alarm(now + period)` reached on an idle tick: the loop's idle period."""

    period_s: float
    path: str
    line: int


@dataclass(slots=True)
class Summary:
    """What one analysed function context reaches and returns."""

    qualname: str
    ret: Value = BOTTOM  # joined over returns on real tracks
    ret_reach: Reach | None = None  # best reach of a real return; None if it never returns for real
    ret_ghost: Value = BOTTOM
    ghost_why: frozenset[str] | None = None  # set when some ghost path returns
    hits: dict[tuple[str, int], Hit] = field(default_factory=dict)
    unresolved: dict[tuple[str, int], Hit] = field(default_factory=dict)
    # Per call site, what it reaches: from the real tracks through the site, and from
    # the ghost tracks through it (a site only ghosts reach is explained by their cuts).
    site_hits: dict[int, dict[tuple[str, int], Hit]] = field(default_factory=dict)
    site_ghost_hits: dict[int, dict[tuple[str, int], Hit]] = field(default_factory=dict)
    site_callees: dict[int, set[tuple[object, ...]]] = field(default_factory=dict)
    site_text: dict[int, tuple[Span, str]] = field(default_factory=dict)
    rearm: frozenset[Rearm] = frozenset()  # alarm re-arms seen on live idle tracks
    stores: dict[str, Value] = field(default_factory=dict)  # self.attr values at a real return
    complete: bool = True

    @property
    def returns(self) -> bool:
        return self.ret_reach is not None or self.ghost_why is not None


@dataclass(slots=True)
class Track:
    reach: Reach
    env: dict[str, Value]


def join_env(a: dict[str, Value], b: dict[str, Value]) -> dict[str, Value]:
    out = dict(a)
    for k, v in b.items():
        out[k] = join(out[k], v) if k in out else v
    return out


def _grow(old: Track, track: Track, visits: int) -> Track | None:
    """`old` joined with `track`, or None when that adds nothing.

    Only the variables whose value changes are joined again, widened, or given up
    on: most of an environment is the same object on every visit.
    """
    reach = join_reach(old.reach, track.reach)
    env = old.env
    incoming = track.env
    changed: list[tuple[str, Value]] = []
    names = list(env)
    arriving = list(incoming)
    if arriving[:len(names)] == names:
        # Nearly always the same names in the same order, and a new name or two after
        # them: the names whose values are other objects are found without a Python step
        # per variable.
        which: Iterable[str] = [*compress(arriving, map(is_not, env.values(), incoming.values())),
                                *arriving[len(names):]]
    else:
        which = arriving
    for name in which:
        value = incoming[name]
        before = env.get(name, _ABSENT)
        if before is value:
            continue
        after = value if before is _ABSENT else join(before, value)  # type: ignore[arg-type]
        if after is before or after == before:
            continue
        if visits > _WIDEN_AFTER:
            # Loops that keep growing values are widened so the fixpoint ends.
            after = widen(after)
            if after == before:
                continue
            if visits > _GIVE_UP_AFTER:
                after = UNKNOWN
        changed.append((name, after))
    if not changed:
        return None if reach == old.reach else Track(reach, env)
    new_env = dict(env)
    new_env.update(changed)
    return Track(reach, new_env)


_ABSENT = object()


def join_track(a: Track | None, b: Track) -> Track:
    if a is None:
        return Track(b.reach, dict(b.env))
    return Track(join_reach(a.reach, b.reach), join_env(a.env, b.env))


@dataclass(slots=True)
class State:
    """The evaluator's view of one track while it runs through a block."""

    reach: Reach
    env: dict[str, Value]
    dead: bool = False


class FlowMixin:
    """The worklist over one function's CFG; expression evaluation comes from the evaluator."""

    ghosts: bool = True  # whether ghost tracks are followed at all

    def eval(self, expr: ir.Expr, st: State, fn: ir.FunctionIR, summary: Summary,
             closure: dict[str, Value]) -> Value:
        raise NotImplementedError

    def assign(self, target: ir.Target, value: Value, st: State, fn: ir.FunctionIR,
               summary: Summary, closure: dict[str, Value]) -> None:
        raise NotImplementedError

    def run_function(self, fn: ir.FunctionIR, env0: dict[str, Value], closure: dict[str, Value],
                     summary: Summary) -> None:
        if not self.ghosts:
            self._run_real(fn, env0, closure, summary)
            return
        blocks = fn.blocks
        # One real track per block; ghost tracks are kept apart by the set of facts
        # that cut them off, so a sink's explanation is not blurred by unrelated cuts.
        tracks: dict[int, dict[frozenset[str] | None, Track]] = {0: {None: Track(START, env0)}}
        visits: dict[int, int] = {}
        queue: list[int] = [0]
        queued = {0}

        # Where each block's folded ghost tracks went: a cut set that arrives again
        # joins the track it was folded into, so tracks only grow and the fixpoint ends.
        folded: dict[int, dict[frozenset[str], frozenset[str]]] = {}

        ghosts = self.ghosts

        def push(target: int, track: Track) -> None:
            if track.reach.level == GHOST and not ghosts:
                return
            at = tracks.setdefault(target, {})
            key = track.reach.why if track.reach.level == GHOST else None
            if key is not None and key not in at:
                moved = folded.get(target, {})
                while key not in at and key in moved:
                    key = moved[key]
                if key not in at and sum(1 for k in at if k is not None) >= _GHOST_TRACKS:
                    key, track = _fold_ghosts(at, track, folded.setdefault(target, {}))
            old = at.get(key)
            if old is None:
                # A kept track's environment is never changed in place (run_block copies it,
                # _grow makes a new one), so tracks may share one: both edges of a branch do.
                at[key] = track
            else:
                grown = _grow(old, track, visits.get(target, 0))
                if grown is None:
                    return
                at[key] = grown
            if target not in queued:
                queued.add(target)
                heapq.heappush(queue, target)

        while queue:
            bid = heapq.heappop(queue)
            queued.discard(bid)
            visits[bid] = visits.get(bid, 0) + 1
            block = blocks[bid]
            at = tracks.get(bid, {})
            # Nearly always the real track alone; ghost tracks run best explained first.
            for key in ((*at,) if len(at) == 1 else sorted(at, key=_track_order)):
                for target, out in self.run_block(block, at[key], fn, summary, closure):
                    push(target, out)

    def _run_real(self, fn: ir.FunctionIR, env0: dict[str, Value], closure: dict[str, Value],
                  summary: Summary) -> None:
        """run_function without ghost tracks (a check): one track per block, nothing to fold or order.

        The same worklist as run_function's with its ghost tables left out; a change to how
        tracks are pushed or grown belongs in both.
        """
        blocks = fn.blocks
        tracks: dict[int, Track] = {0: Track(START, env0)}
        visits: dict[int, int] = {}
        queue: list[int] = [0]
        queued = {0}
        while queue:
            bid = heapq.heappop(queue)
            queued.discard(bid)
            visits[bid] = visits.get(bid, 0) + 1
            for target, track in self.run_block(blocks[bid], tracks[bid], fn, summary, closure):
                if track.reach.level == GHOST:
                    continue
                old = tracks.get(target)
                if old is not None:
                    grown = _grow(old, track, visits.get(target, 0))
                    if grown is None:
                        continue
                    track = grown
                tracks[target] = track
                if target not in queued:
                    queued.add(target)
                    heapq.heappush(queue, target)

    def run_block(self, block: ir.Block, track: Track, fn: ir.FunctionIR, summary: Summary,
                  closure: dict[str, Value]) -> Iterable[tuple[int, Track]]:
        st = State(track.reach, dict(track.env))
        out: list[tuple[int, Track]] = []
        if block.handler is not None:
            out.append((block.handler, track))  # from the block's start: the track it was given
        for op in block.ops:
            # The two commonest operations here; run_op has every kind.
            kind = type(op)
            if kind is _ASSIGN:
                value = self.eval(op.value, st, fn, summary, closure)
                for target in op.targets:  # type: ignore[union-attr]
                    self.assign(target, value, st, fn, summary, closure)
            elif kind is _EVAL:
                self.eval(op.value, st, fn, summary, closure)
            else:
                self.run_op(op, st, fn, summary, closure)
            if st.dead:
                break
        if block.handler is not None and block.ops:
            out.append((block.handler, Track(st.reach, dict(st.env))))
        if st.dead:
            return out
        term = block.term
        if type(term) is _GOTO:
            out.append((term.target, Track(st.reach, st.env)))
            return out
        out.extend(self.run_terminator(term, st, fn, summary, closure))
        return out

    def run_op(self, op: ir.Op, st: State, fn: ir.FunctionIR, summary: Summary,
               closure: dict[str, Value]) -> None:
        match op:
            case ir.Assign():
                value = self.eval(op.value, st, fn, summary, closure)
                for target in op.targets:
                    self.assign(target, value, st, fn, summary, closure)
            case ir.AugAssign():
                current = self.eval(_target_expr(op.target), st, fn, summary, closure)
                value = self.eval(op.value, st, fn, summary, closure)
                self.assign(op.target, self.augment(current, op.op, value), st, fn, summary, closure)
            case ir.Eval():
                self.eval(op.value, st, fn, summary, closure)
            case _:
                # Every operation kind is listed above; a new one must be added here.
                raise AssertionError(f"unhandled operation {op!r}")

    def augment(self, current: Value, op: str, value: Value) -> Value:
        raise NotImplementedError

    def note_throttle(self, fn: ir.FunctionIR, gate: str, throttle: Throttle, line: int) -> None:
        """A branch tests a time throttle; the audit reads its interval from here."""

    def run_terminator(self, term: ir.Terminator, st: State, fn: ir.FunctionIR, summary: Summary,
                       closure: dict[str, Value]) -> list[tuple[int, Track]]:
        match term:
            case ir.Goto():
                return [(term.target, Track(st.reach, st.env))]
            case ir.Branch():
                cond = self.eval(term.cond, st, fn, summary, closure)
                truth = as_truth(cond)
                if st.dead:
                    return []
                gate = gate_name(term.text) if term.kind is _PLAIN else None
                if gate and isinstance(cond, Bool) and cond.throttle is not None:
                    self.note_throttle(fn, gate, cond.throttle, term.line)
                # Both edges share one environment: no kept track's is changed in place (see push).
                return [(term.true, Track(refine(st.reach, truth, True, gate), st.env)),
                        (term.false, Track(refine(st.reach, truth, False, gate), st.env))]
            case ir.ForIter():
                iterable = st.env.get(term.iterator, UNKNOWN)
                out = [(term.exit, Track(st.reach, st.env))]
                reasons = empty_reasons(iterable)
                body_reach = st.reach
                if reasons is not None:
                    cut = reasons or frozenset({WEAK + f"{term.text} is empty"})
                    body_reach = Reach(GHOST, (st.reach.why if st.reach.level == GHOST else frozenset()) | cut)
                body = State(body_reach, dict(st.env))
                elem = element_of(iterable)
                self.assign(term.target, UNKNOWN if isinstance(elem, Bottom) else elem,
                            body, fn, summary, closure)
                out.append((term.body, Track(body.reach, body.env)))
                return out
            case ir.Return():
                value = (self.eval(term.value, st, fn, summary, closure) if term.value is not None
                         else _NONE)
                if not st.dead:
                    self.record_return(summary, st, value, fn)
                return []
            case ir.Raise() | ir.Unreachable():
                return []
            case _:
                raise AssertionError(f"unhandled terminator {term!r}")

    def record_return(self, summary: Summary, st: State, value: Value, fn: ir.FunctionIR) -> None:
        if st.reach.level == GHOST:
            summary.ret_ghost = join(summary.ret_ghost, value)
            summary.ghost_why = (summary.ghost_why or frozenset()) | st.reach.why
            return
        summary.ret = bounded(join(summary.ret, value))
        reach = Reach(st.reach.level, st.reach.why)
        summary.ret_reach = reach if summary.ret_reach is None else join_reach(summary.ret_reach, reach)
        if fn.params and fn.params[0].name in fn.attr_stores:
            prefix = f"@{fn.params[0].name}."
            for key, v in st.env.items():
                if key.startswith(prefix):
                    attr = key[len(prefix):]
                    summary.stores[attr] = join(summary.stores.get(attr, BOTTOM), v)


def _track_order(key: frozenset[str] | None) -> tuple[int, tuple[int, int, tuple[str, ...]]]:
    return (0, (0, 0, ())) if key is None else (1, why_rank(key))


def _fold_ghosts(at: dict[frozenset[str] | None, Track], track: Track,
                 moved: dict[frozenset[str], frozenset[str]]) -> tuple[frozenset[str], Track]:
    """Too many ghost tracks at a block: the two worst explained ones become one.

    Returns the key and track to store (the newcomer, or the newcomer folded into
    the worst); `moved` learns where each folded key went. The block is queued
    again by the caller, so a track folded here is rerun too.
    """
    def worst() -> frozenset[str]:
        return max((k for k in at if k is not None), key=why_rank)

    def fold(keys: tuple[frozenset[str], ...], into: frozenset[str]) -> None:
        for key in keys:
            if key != into:  # a union is a strict superset: no cycles
                moved[key] = into

    newcomer = track.reach.why
    if why_rank(newcomer) >= why_rank(worst()):
        old = worst()
        merged = join_track(at.pop(old), track)
        fold((old, newcomer), merged.reach.why)
        return merged.reach.why, merged
    first = worst()
    folded = at.pop(first)
    second = worst()
    merged = join_track(at.pop(second), folded)
    fold((first, second), merged.reach.why)
    at[merged.reach.why] = join_track(at.get(merged.reach.why), merged)
    return newcomer, track


@functools.lru_cache(maxsize=1 << 16)  # a branch's condition is named on every pass over it
def gate_name(text: str) -> str:
    """How a condition is named in "gated only on ...": as written, without `self.` and `await`."""
    return text.replace("await ", "").replace("self.", "").strip()


def _target_expr(target: ir.Target) -> ir.Expr:
    match target:
        case ir.NameT():
            return ir.Name(target.id, target.scope)
        case ir.AttrT():
            return ir.Attr(target.base, target.attr, target.attr)
        case ir.SubscriptT():
            return ir.Subscript(target.base, target.index)
        case _:
            return ir.Opaque((), "target")


# Reaches and hits are built on every branch and call: without object.__setattr__ (see wakecheck.model).
all_built_fast(globals(), __name__)
