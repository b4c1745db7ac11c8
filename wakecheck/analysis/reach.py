"""Interprocedural idle reachability: the reach of a path, what a function reaches, and how.

A path's *reach* is LIVE (possible on every idle tick), RARE (only when a rare
predicate is True) or GHOST (ruled out by the idle model, with the facts that cut it
off). A function's Summary holds the sinks it reaches (Hit), each with the call chain
down to it (Trail) and the conditions dominating each step; `flow.Flow` computes it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from wakecheck._speedups.frozen import all_built_fast
from wakecheck.analysis.values import ABSENT, BOTTOM, Lvl, Truth, Value
from wakecheck.model import ChainFrame, Span

LIVE, RARE, GHOST = 2, 1, 0
NEGATED = "!"  # prefix of a gate the path passes with the condition False
WEAK = "~"  # prefix of a fallback reason, used only when no real reason is known
# Among a path's gates: it runs once per start of a loop entry (before or after its loop), not on a tick.
ONCE = "\0once"
_GHOST_PATHS = 12  # cut sets remembered per ghost hit
# Read on every step, bound once (see values.ABSENT). RARE here is a reach level.
_RARE_SIDE = Lvl.RARE


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
    resource: str = ""  # the key of the resource it wakes ("" the default one)

    @property
    def chain(self) -> tuple[ChainFrame, ...]:
        return self.trail.frames()

    @property
    def gates(self) -> tuple[frozenset[str], ...]:
        """Per chain frame, the unknown conditions dominating it."""
        return self.trail.all_gates()

    def ghost_paths(self) -> frozenset[frozenset[str]]:
        return self.ghosts or frozenset({self.reach.why})

    def rank(self) -> tuple[bool, int, tuple[int, int, tuple[str, ...]], int, Trail]:
        # A sink a tick reaches beats the same sink reached only at start-up (a loop entry's ONCE).
        return (ONCE in self.trail.gates, -self.reach.level,
                why_rank(self.reach.why) if self.reach.level == GHOST else (0, 0, ()), self.trail.length, self.trail)


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
    # A generator's sinks reached before its first `yield` (all a single `next()` runs).
    first_hits: dict[tuple[str, int], Hit] = field(default_factory=dict)
    unresolved: dict[tuple[str, int], Hit] = field(default_factory=dict)
    misread: dict[tuple[str, int], Hit] = field(default_factory=dict)  # guards read without a call (WC004)
    # Per call site, what it reaches: from the real tracks through the site, and from
    # the ghost tracks through it (a site only ghosts reach is explained by their cuts).
    site_hits: dict[int, dict[tuple[str, int], Hit]] = field(default_factory=dict)
    site_ghost_hits: dict[int, dict[tuple[str, int], Hit]] = field(default_factory=dict)
    site_callees: dict[int, set[tuple[object, ...]]] = field(default_factory=dict)
    site_text: dict[int, tuple[Span, str]] = field(default_factory=dict)
    rearm: frozenset[Rearm] = frozenset()  # alarm re-arms seen on live idle tracks
    # A generator's yields: joined over real tracks, the best reach of one, and the cuts
    # of the ghost paths that yield (a generator that yields only on them yields nothing).
    yields: Value = BOTTOM
    yield_reach: Reach | None = None
    yield_ghost_why: frozenset[str] = frozenset()
    # What the function stored on the objects its parameters hold, as seen at its real
    # returns: parameter → attribute → value; `weak` the ones some return did not store.
    stores: dict[str, dict[str, Value]] = field(default_factory=dict)
    weak: set[tuple[str, str]] = field(default_factory=set)
    returned: bool = False  # some real return was seen (a store first seen later is weak)
    params0: dict[str, Value] = field(default_factory=dict)  # the objects its parameters held at the start
    lists0: dict[str, Value] = field(default_factory=dict)  # the lists and dicts they held, while it runs
    # What a list or dict passed in holds when the function returns (`fill(q)` appends to the
    # caller's `q`): parameter → its value at the real returns, joined.
    grown: dict[str, Value] = field(default_factory=dict)
    complete: bool = True
    # What it depends on beyond its arguments, for dropping it when that changes between the
    # rounds of an analysis (Interpreter.settled): the long-lived state it read itself, and
    # the summaries that used it (whose results hold what it found).
    reads: set[object] = field(default_factory=set)
    users: dict[int, Summary] = field(default_factory=dict)  # by id
    key: tuple[object, ...] = ()
    dropped: bool = False

    @property
    def returns(self) -> bool:
        return self.ret_reach is not None or self.ghost_why is not None


@functools.lru_cache(maxsize=1 << 16)  # a branch's condition is named on every pass over it
def gate_name(text: str) -> str:
    """How a condition is named in "gated only on ...": as written, without `self.` and `await`."""
    return text.replace("await ", "").replace("self.", "").strip()


# Reaches and hits are built on every branch and call: without object.__setattr__ (see wakecheck.model).
all_built_fast(globals(), __name__)


def only_after_rare(summary: Summary, live: frozenset[tuple[str, int]], why: frozenset[str]) -> Summary:
    """`summary` with the sinks it reaches live that a steady idle run (every rare predicate false)
    does not reach (`live`: the keys it does) made RARE: only a rare tick's state leads there."""
    def fix(table: dict[tuple[str, int], Hit]) -> dict[tuple[str, int], Hit]:
        if all(hit.reach.level != LIVE or key in live for key, hit in table.items()):
            return table
        return {key: hit if hit.reach.level != LIVE or key in live else
                replace(hit, reach=Reach(RARE, why, hit.reach.gates)) for key, hit in table.items()}

    return replace(summary, hits=fix(summary.hits), first_hits=fix(summary.first_hits),
                   site_hits={site: fix(table) for site, table in summary.site_hits.items()})
