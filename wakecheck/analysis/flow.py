"""The worklist over one function's CFG: tracks of paths, joined at blocks, run op by op.

A block carries one *real* track (paths feasible under the idle model, LIVE or RARE,
with the unknown conditions that dominate them) and, when ghosts are followed (the
audit, the call graph), *ghost* tracks: paths the idle model rules out, kept apart by
the set of facts that cut them off, so a NO verdict names its own reasons. A check
follows real tracks alone: findings come from them.

What it does not follow: exceptions leave a block from its start and its end only,
not between its operations; a loop whose values keep growing is widened after a few
visits and its values given up on (made unknown, as a loss) after many.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from operator import is_not
from typing import Protocol

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.loops import LoopShape
from wakecheck.analysis.reach import (
    GHOST, NEGATED, ONCE, RARE, START, WEAK, Reach, Summary, gate_name, join_reach, refine, why_rank,
)
from wakecheck.analysis.values import (
    ABSENT, BOTTOM, Bool, Bottom, Const, Inst, Throttle, Union, Unknown, Value, alternatives, as_truth, element_of,
    empty_reasons, join, union, widen,
)
from wakecheck._speedups.frozen import all_built_fast
from wakecheck.model import Span

_WIDEN_AFTER = 6
_SPLIT = 4  # objects a branch's receiver may be, at most, for its edges to keep them apart
_GHOST_TRACKS = 6  # ghost tracks kept apart per block; more are folded together
_GIVE_UP_AFTER = 40
_NONE = Const(None)
_GIVEN_UP = Unknown("a loop's value that kept growing")
YIELDED = "$yielded"  # a generator's local: Const(True) once every path to here has yielded
_NOT_YIELDED = Const(False)
_RARE: frozenset[str] = frozenset({"\0rare"})  # the key of a block's track of rare-only paths
_ONCE = frozenset({ONCE})
# Read on every step, bound once (see values.ABSENT).
_PLAIN = ir.CondKind.PLAIN
_ASSIGN, _EVAL, _GOTO = ir.Assign, ir.Eval, ir.Goto  # compared by exact type (none has a subclass)


@dataclass(slots=True)
class Track:
    reach: Reach
    env: dict[str, Value]


@dataclass(slots=True)
class State:
    """The evaluator's view of one track while it runs through a block."""

    reach: Reach
    env: dict[str, Value]
    dead: bool = False


class Evaluator(Protocol):
    """What the worklist asks of the expression evaluator."""

    ghosts: bool
    op: object  # the operation running now
    reached: dict[str, set[int]]  # each function's blocks some track ran

    def eval(self, expr: ir.Expr, st: State, fn: ir.FunctionIR, summary: Summary,
             closure: dict[str, Value]) -> Value: ...

    def assign(self, target: ir.Target, value: Value, st: State, fn: ir.FunctionIR,
               summary: Summary, closure: dict[str, Value]) -> None: ...

    def augment(self, current: Value, op: str, value: Value) -> Value: ...

    def grow_in_place(self, current: Value, op: str, value: Value, st: State) -> None: ...

    def note_throttle(self, fn: ir.FunctionIR, gate: str, throttle: Throttle, line: int) -> None: ...

    def record_return(self, summary: Summary, st: State, value: Value, fn: ir.FunctionIR) -> None: ...

    def check_condition(self, cond: ir.Expr, value: Value, st: State, fn: ir.FunctionIR,
                        summary: Summary, line: int) -> None: ...

    def tested(self, value: Value, test: ir.Call, st: State, fn: ir.FunctionIR, summary: Summary,
               closure: dict[str, Value]) -> Value: ...


def yielded(st: State) -> bool:
    """Whether every path to here in a generator has yielded: what follows runs only when it is
    resumed, not when it is first advanced (a path that may not have yielded runs on `next()`)."""
    v = st.env.get(YIELDED)
    return type(v) is Const and v.value is True


def join_env(a: dict[str, Value], b: dict[str, Value]) -> dict[str, Value]:
    out = dict(a)
    for k, v in b.items():
        out[k] = join(out[k], v) if k in out else v
    return out


def grow(old: Track, track: Track, visits: int) -> Track | None:
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
                after = _GIVEN_UP
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


class Flow:
    """Runs one function's CFG to a fixpoint, handing each expression to the evaluator."""

    def __init__(self, ev: Evaluator) -> None:
        self.ev = ev

    def run_function(self, fn: ir.FunctionIR, env0: dict[str, Value], closure: dict[str, Value],
                     summary: Summary, loop: LoopShape | None = None) -> None:
        """Run `fn` to a fixpoint; with `loop` (a loop entry), paths outside the loop's blocks carry
        ONCE among their gates: they run once per start, not on a tick, and what they reach says so."""
        blocks = fn.blocks
        ghosts = self.ev.ghosts
        if fn.is_generator:
            env0 = {**env0, YIELDED: _NOT_YIELDED}  # joined with a path that yielded, it is "may have"
        ticks = loop.blocks if loop is not None else None
        # The loop's own test (`while not stopping:`) holds on every tick: it gates nothing.
        not_ticks = _ONCE | _loop_test(blocks, loop) if loop is not None else _ONCE
        start = START if ticks is None or 0 in ticks else Reach(START.level, START.why, START.gates | _ONCE)
        # One real track per block for paths of every tick (key None) and one for paths only
        # rare ticks take (_RARE: what they hold is kept apart, so a handle opened only under a
        # rare predicate stays rare where the two meet); ghost tracks are kept apart by the
        # set of facts that cut them off, so a sink's explanation is not blurred by unrelated cuts.
        tracks: dict[int, dict[frozenset[str] | None, Track]] = {0: {None: Track(start, env0)}}
        visits: dict[int, int] = {}
        queue: list[int] = [0]
        queued = {0}
        # Where each block's folded ghost tracks went: a cut set that arrives again
        # joins the track it was folded into, so tracks only grow and the fixpoint ends.
        folded: dict[int, dict[frozenset[str], frozenset[str]]] = {}

        def push(target: int, track: Track) -> None:
            if ticks is not None:
                # The loop's values flow in from the start-up code; its paths are ticks, the rest is not.
                reach = track.reach
                gates = reach.gates - not_ticks if target in ticks else reach.gates | _ONCE
                if gates != reach.gates:
                    track = Track(Reach(reach.level, reach.why, gates), track.env)
            key = None
            if track.reach.level == GHOST:
                if not ghosts:
                    return
                key = track.reach.why
            elif track.reach.level == RARE:
                key = _RARE
            at = tracks.setdefault(target, {})
            if key is not None and key is not _RARE and key not in at:
                moved = folded.get(target, {})
                while key not in at and key in moved:
                    key = moved[key]
                if key not in at and sum(1 for k in at if k is not None and k is not _RARE) >= _GHOST_TRACKS:
                    key, track = _fold_ghosts(at, track, folded.setdefault(target, {}))
            old = at.get(key)
            if old is None:
                # A kept track's environment is never changed in place (run_block copies it,
                # grow makes a new one), so tracks may share one: both edges of a branch do.
                at[key] = track
            else:
                grown = grow(old, track, visits.get(target, 0))
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
        # The blocks some track ran: what is left of the function, the analysis never saw (met.py).
        ran = self.ev.reached.get(fn.qualname)
        if ran is None:
            self.ev.reached[fn.qualname] = set(tracks)
        else:
            ran.update(tracks)

    def run_block(self, block: ir.Block, track: Track, fn: ir.FunctionIR, summary: Summary,
                  closure: dict[str, Value]) -> Iterable[tuple[int, Track]]:
        ev = self.ev
        st = State(track.reach, dict(track.env))
        out: list[tuple[int, Track]] = []
        if block.handler is not None:
            out.append((block.handler, track))  # from the block's start: the track it was given
        for op in block.ops:
            ev.op = op
            # The two commonest operations here; run_op has every kind.
            kind = type(op)
            if kind is _ASSIGN:
                value = ev.eval(op.value, st, fn, summary, closure)
                for target in op.targets:  # type: ignore[union-attr]
                    ev.assign(target, value, st, fn, summary, closure)
            elif kind is _EVAL:
                ev.eval(op.value, st, fn, summary, closure)
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
        ev = self.ev
        match op:
            case ir.Assign():
                value = ev.eval(op.value, st, fn, summary, closure)
                for target in op.targets:
                    ev.assign(target, value, st, fn, summary, closure)
            case ir.AugAssign():
                current = ev.eval(_target_expr(op.target), st, fn, summary, closure)
                value = ev.eval(op.value, st, fn, summary, closure)
                ev.grow_in_place(current, op.op, value, st)
                ev.assign(op.target, ev.augment(current, op.op, value), st, fn, summary, closure)
            case ir.Eval():
                ev.eval(op.value, st, fn, summary, closure)
            case _:
                # Every operation kind is listed above; a new one must be added here.
                raise AssertionError(f"unhandled operation {op!r}")

    def run_terminator(self, term: ir.Terminator, st: State, fn: ir.FunctionIR, summary: Summary,
                       closure: dict[str, Value]) -> list[tuple[int, Track]]:
        ev = self.ev
        match term:
            case ir.Goto():
                return [(term.target, Track(st.reach, st.env))]
            case ir.Branch():
                cond = ev.eval(term.cond, st, fn, summary, closure)
                if term.kind is _PLAIN:
                    test = ir.Call(term.cond, (), -(term.line * 4096 + term.true), Span(term.line, 0, term.line, 0),
                                   term.text)  # its own site: what `__bool__` / `__len__` wake is seen here
                    cond = ev.tested(cond, test, st, fn, summary, closure)
                truth = as_truth(cond)
                if st.dead:
                    return []
                gate = gate_name(term.text) if term.kind is _PLAIN else None
                if gate is not None:
                    ev.check_condition(term.cond, cond, st, fn, summary, term.line)
                    if isinstance(cond, Bool) and cond.throttle is not None:
                        ev.note_throttle(fn, gate, cond.throttle, term.line)
                true_env, false_env = self.split_receiver(term.cond, st, fn, summary, closure)
                # Both edges share one environment: no kept track's is changed in place (see push).
                return [(term.true, Track(refine(st.reach, truth, True, gate), true_env)),
                        (term.false, Track(refine(st.reach, truth, False, gate), false_env))]
            case ir.ForIter():
                iterable = st.env.get(term.iterator, BOTTOM)
                out = [(term.exit, Track(st.reach, st.env))]
                reasons = empty_reasons(iterable)
                body_reach = st.reach
                if reasons is not None:
                    cut = reasons or frozenset({WEAK + f"{term.text} is empty"})
                    body_reach = Reach(GHOST, (st.reach.why if st.reach.level == GHOST else frozenset()) | cut)
                body = State(body_reach, dict(st.env))
                elem = element_of(iterable)
                ev.assign(term.target, _GIVEN_UP if isinstance(elem, Bottom) else elem, body, fn, summary, closure)
                out.append((term.body, Track(body.reach, body.env)))
                return out
            case ir.Return():
                value = (ev.eval(term.value, st, fn, summary, closure) if term.value is not None
                         else _NONE)
                if not st.dead:
                    ev.record_return(summary, st, value, fn)
                return []
            case ir.Raise() | ir.Unreachable():
                return []
            case _:
                raise AssertionError(f"unhandled terminator {term!r}")

    def split_receiver(self, cond: ir.Expr, st: State, fn: ir.FunctionIR, summary: Summary,
                       closure: dict[str, Value]) -> tuple[dict[str, Value], dict[str, Value]]:
        """The environments of a branch's two edges. `if handler.can_handle(job):` over a local that
        may be one of a few objects: each edge keeps the objects whose method can answer that way, so
        the branch runs `handler.handle(job)` only on those (a chain of responsibility); likewise
        `isinstance(order, Call)` keeps on each edge the objects of the classes it admits there."""
        call = cond.operand if isinstance(cond, ir.UnaryOp) and cond.op == "not" else cond
        if not isinstance(call, ir.Call):
            return st.env, st.env
        if isinstance(call.func, ir.Attr) and isinstance(call.func.base, ir.Name) \
                and call.func.base.scope is ir.Scope.LOCAL:
            name = call.func.base.id
        elif isinstance(call.func, ir.Name) and call.func.id == "isinstance" and call.args \
                and isinstance(call.args[0].value, ir.Name) and call.args[0].value.scope is ir.Scope.LOCAL:
            name = call.args[0].value.id  # `isinstance(order, Call)`, a class pattern's test: the objects it admits
        else:
            return st.env, st.env
        held = st.env.get(name)
        if type(held) is not Union or not 2 <= len(held.alts) <= _SPLIT or not all(
                type(a) is Inst or type(a) is Unknown for a in held.alts):
            return st.env, st.env  # (an unknown one answers either way: both edges keep it)
        yes: list[Value] = []
        no: list[Value] = []
        for alt in alternatives(held):
            trial = State(st.reach, {**st.env, name: alt})
            truth = as_truth(self.ev.eval(cond, trial, fn, summary, closure))
            if trial.dead or truth.t != ABSENT:
                yes.append(alt)
            if trial.dead or truth.f != ABSENT:
                no.append(alt)
        if len(yes) == len(held.alts) and len(no) == len(held.alts):
            return st.env, st.env
        return ({**st.env, name: union(yes)} if yes else st.env), ({**st.env, name: union(no)} if no else st.env)


def _loop_test(blocks: tuple[ir.Block, ...], loop: LoopShape) -> frozenset[str]:
    """A loop entry's test as gates name it, passed either way."""
    term = blocks[loop.header].term
    if not isinstance(term, ir.Branch):
        return frozenset()
    gate = gate_name(term.text)
    return frozenset({gate, NEGATED + gate})


def _track_order(key: frozenset[str] | None) -> tuple[int, tuple[int, int, tuple[str, ...]]]:
    if key is None:
        return (0, (0, 0, ()))
    return (1, (0, 0, ())) if key is _RARE else (2, why_rank(key))


def _fold_ghosts(at: dict[frozenset[str] | None, Track], track: Track,
                 moved: dict[frozenset[str], frozenset[str]]) -> tuple[frozenset[str], Track]:
    """Too many ghost tracks at a block: the two worst explained ones become one.

    Returns the key and track to store (the newcomer, or the newcomer folded into
    the worst); `moved` learns where each folded key went. The block is queued
    again by the caller, so a track folded here is rerun too.
    """
    def worst() -> frozenset[str]:
        return max((k for k in at if k is not None and k is not _RARE), key=why_rank)

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


# Tracks and states are built on every step: without object.__setattr__ (see wakecheck.model).
all_built_fast(globals(), __name__)
