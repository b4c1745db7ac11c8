"""Abstract values the interpreter computes, and the three-level truth logic of the idle model.

A truth value says, for each of True and False, whether it is impossible (ABSENT),
possible only in rare ticks (RARE), or possible in common ticks (COMMON) on an idle
town. An active guard is {True: ABSENT, False: COMMON}; a rare predicate is
{True: RARE, False: COMMON}; anything else is COMMON both ways.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from wakecheck._speedups.frozen import all_built_fast

_UNION_LIMIT = 12


class Lvl(enum.IntEnum):
    ABSENT = 0
    RARE = 1
    COMMON = 2


# The members, bound once: the truth logic reads them on every step, and on Python 3.11
# reading a member through its class costs about 70 ns against 10 (EnumType's
# __getattr__ sends every attribute read on an enum class through Python code).
ABSENT, RARE, COMMON = Lvl.ABSENT, Lvl.RARE, Lvl.COMMON


@dataclass(frozen=True, slots=True)
class Truth:
    t: Lvl
    f: Lvl
    why: frozenset[str] = frozenset()  # why a side is ABSENT (guard reasons)
    rare_why: frozenset[str] = frozenset()  # why a side is RARE

    def negate(self) -> Truth:
        return Truth(self.f, self.t, self.why, self.rare_why)

    def side(self, polarity: bool) -> Lvl:
        return self.t if polarity else self.f

    @property
    def unknown(self) -> bool:
        return self.t == COMMON and self.f == COMMON


UNKNOWN_TRUTH = Truth(COMMON, COMMON)


def truth_and(a: Truth, b: Truth) -> Truth:
    return Truth(min(a.t, b.t), max(a.f, min(a.t, b.f)), a.why | b.why, a.rare_why | b.rare_why)


def truth_or(a: Truth, b: Truth) -> Truth:
    return Truth(max(a.t, min(a.f, b.t)), min(a.f, b.f), a.why | b.why, a.rare_why | b.rare_why)


def truth_join(a: Truth, b: Truth) -> Truth:
    return Truth(max(a.t, b.t), max(a.f, b.f), a.why | b.why, a.rare_why | b.rare_why)


# ---------------------------------------------------------------------------
# Values

# The values that hold others are hashed again and again (every calling context's key
# holds them, each nested value hashing its own in Python): each keeps its hash once
# worked out, in a field no comparison, repr or constructor sees.
_HASH_SLOT: int = field(default=0, init=False, repr=False, compare=False)


def _keep_hash(value: object, parts: object) -> int:
    """Hash `parts` (a value's compared fields), keep it in the value's `_hash` and return it (never 0)."""
    found = hash(parts) or 1
    object.__setattr__(value, "_hash", found)
    return found


@dataclass(frozen=True, slots=True)
class Unknown:
    pass


@dataclass(frozen=True, slots=True)
class Bottom:
    """No value: nothing assigned on any path seen so far."""


UNKNOWN = Unknown()
BOTTOM = Bottom()


@dataclass(frozen=True, slots=True)
class Const:
    value: object


@dataclass(frozen=True, slots=True)
class Throttle:
    """A time-throttle test (`now - last < INTERVAL`): how often it lets a path through.

    `fires_when` is the test's value once INTERVAL has passed; `memory` names the
    in-memory state the last time is kept in (`self.last_refresh_at`), which an
    evicted object loses, or is None when it is read from elsewhere (storage, a row).
    """

    interval_s: float
    fires_when: bool
    memory: str | None


@dataclass(frozen=True, slots=True)
class Bool:
    """A boolean known through the idle model (guards, rare predicates, their combinations)."""

    truth: Truth
    throttle: Throttle | None = None


@dataclass(frozen=True, slots=True)
class Empty:
    """A collection that is empty, or a count that is zero, on an idle town."""

    reason: str


@dataclass(frozen=True, slots=True)
class Seq:
    """A list/tuple/set/iterator: `elem` joins every element; `must_empty` when none was added."""

    elem: Value
    may_empty: bool
    must_empty: bool
    empty_why: frozenset[str] = frozenset()
    _hash: int = _HASH_SLOT

    def __hash__(self) -> int:
        return self._hash or _keep_hash(self, (self.elem, self.may_empty, self.must_empty, self.empty_why))


@dataclass(frozen=True, slots=True)
class Tup:
    items: tuple[Value, ...]
    _hash: int = _HASH_SLOT

    def __hash__(self) -> int:
        return self._hash or _keep_hash(self, self.items)


@dataclass(frozen=True, slots=True)
class Dict:
    entries: tuple[tuple[object, Value], ...]  # constant keys
    rest: Value  # values under keys that are not constants
    _hash: int = _HASH_SLOT

    def __hash__(self) -> int:
        return self._hash or _keep_hash(self, (self.entries, self.rest))


@dataclass(frozen=True, slots=True)
class Handle:
    """A container handle: what a container factory returned."""

    factory: str


@dataclass(frozen=True, slots=True)
class HandleMethod:
    handle: Handle
    method: str


@dataclass(frozen=True, slots=True)
class Func:
    qualname: str
    bound: Value | None = None  # self (or cls) for bound methods
    closure: tuple[tuple[str, Value], ...] = ()
    partial: tuple[Value, ...] = ()
    _hash: int = _HASH_SLOT

    def __hash__(self) -> int:
        return self._hash or _keep_hash(self, (self.qualname, self.bound, self.closure, self.partial))


@dataclass(frozen=True, slots=True)
class ClassRef:
    qualname: str


@dataclass(frozen=True, slots=True)
class Inst:
    cls: str
    exact: bool  # False: this class or any subclass (e.g. `self` in an inherited entry)
    fields: tuple[tuple[str, Value], ...] = ()
    _hash: int = _HASH_SLOT

    def __hash__(self) -> int:
        return self._hash or _keep_hash(self, (self.cls, self.exact, self.fields))


@dataclass(frozen=True, slots=True)
class ModuleVal:
    name: str


@dataclass(frozen=True, slots=True)
class Ext:
    """Something outside the project, known by its dotted name (`asyncio.gather`)."""

    name: str


@dataclass(frozen=True, slots=True)
class Clock:
    """A time read from the clock: now, now shifted (`now_ms() + 300_000`), or an age (`now - last`).

    `unit` is seconds per unit (0.001 for `int(time.time() * 1000)`), or 0 for
    `datetime` values, whose shifts are in seconds and whose ages are timedeltas.
    `shift` is None for an age: now minus an earlier time we cannot know.
    """

    unit: float = 1.0
    shift: float | None = 0.0

    @property
    def is_age(self) -> bool:
        return self.shift is None

    def seconds(self, amount: float) -> float:
        """`amount` of this clock's units, in seconds."""
        return amount if self.unit == 0 else amount * self.unit


@dataclass(frozen=True, slots=True)
class Union:
    alts: frozenset[Value]


Value = (Unknown | Bottom | Const | Bool | Empty | Seq | Tup | Dict | Handle | HandleMethod | Func
         | ClassRef | Inst | ModuleVal | Ext | Clock | Union)

_NESTING = frozenset({Seq, Tup, Dict, Func, Inst, Union})  # the values that hold other values


def alternatives(v: Value) -> tuple[Value, ...]:
    """A union's alternatives in a fixed order (by their text), or the value itself."""
    if isinstance(v, Union):
        found = _ORDERED.get(v)
        if found is None:
            if len(_ORDERED) >= _ORDERED_LIMIT:
                _ORDERED.clear()
            found = _ORDERED[v] = tuple(sorted(v.alts, key=repr))
        return found
    return (v,)


# Unions are met again and again (a variable's value on every visit of a loop): their
# order is worked out once. Bounded, so a long run does not keep every union alive.
_ORDERED: dict[Union, tuple[Value, ...]] = {}
_ORDERED_LIMIT = 50_000


def join(a: Value, b: Value) -> Value:  # noqa: C901 - one rule per pair of kinds
    # Values of different kinds are never equal: not asking saves two Python calls.
    if a is b or type(b) is Bottom or (type(a) is type(b) and a == b):
        return a
    if type(a) is Bottom:
        return b
    if isinstance(a, Unknown) or isinstance(b, Unknown):
        # Unknown does not swallow what can wake a container: a handle on one path
        # and something unknown on another is still possibly a handle.
        other = b if isinstance(a, Unknown) else a
        if _interesting(other):
            alts = set(alternatives(other)) | {UNKNOWN}
            return Union(frozenset(alts)) if len(alts) <= _UNION_LIMIT else UNKNOWN
        return UNKNOWN
    match a, b:
        case Bool(), Bool():
            return Bool(truth_join(a.truth, b.truth), a.throttle if a.throttle == b.throttle else None)
        case (Bool(), Const()) | (Const(), Bool()) if _is_bool_const(a) or _is_bool_const(b):
            return Bool(truth_join(as_truth(a), as_truth(b)))
        case Const(), Const() if isinstance(a.value, bool) and isinstance(b.value, bool):
            return Bool(UNKNOWN_TRUTH)
        case Empty(), Empty():
            return a
        case (Empty(), Seq()) | (Seq(), Empty()):
            seq = b if isinstance(b, Seq) else a
            empty = a if isinstance(a, Empty) else b
            assert isinstance(seq, Seq) and isinstance(empty, Empty)
            return Seq(seq.elem, True, seq.must_empty, seq.empty_why | {empty.reason})
        case Seq(), Seq():
            return Seq(join(a.elem, b.elem), a.may_empty or b.may_empty,
                       a.must_empty and b.must_empty, a.empty_why | b.empty_why)
        case Tup(), Tup() if len(a.items) == len(b.items):
            return Tup(tuple(join(x, y) for x, y in zip(a.items, b.items)))
        case (Tup(), Seq()) | (Seq(), Tup()) | (Tup(), Tup()):
            return join(as_seq(a), as_seq(b))
        case Inst(), Inst() if a.cls == b.cls:
            return Inst(a.cls, a.exact and b.exact, _join_fields(a.fields, b.fields))
        case _:
            alts = set(alternatives(a)) | set(alternatives(b))
            if len(alts) > _UNION_LIMIT:
                return UNKNOWN
            return Union(frozenset(alts))


def _interesting(v: Value) -> bool:
    match v:
        case Handle() | HandleMethod() | Func() | Inst() | ClassRef():
            return True
        case Union():
            return any(_interesting(a) for a in v.alts)
        case Seq():
            return _interesting(v.elem)
        case Tup():
            return any(_interesting(i) for i in v.items)
        case Dict():
            return _interesting(v.rest) or any(_interesting(x) for _, x in v.entries)
        case _:
            return False


def _is_bool_const(v: Value) -> bool:
    return isinstance(v, Const) and isinstance(v.value, bool)


def _join_fields(a: tuple[tuple[str, Value], ...],
                 b: tuple[tuple[str, Value], ...]) -> tuple[tuple[str, Value], ...]:
    da, db = dict(a), dict(b)
    return tuple((k, join(da.get(k, UNKNOWN), db.get(k, UNKNOWN))) for k in sorted(da.keys() | db.keys()))


def as_seq(v: Value) -> Seq:
    match v:
        case Seq():
            return v
        case Tup():
            elem: Value = BOTTOM
            for item in v.items:
                elem = join(elem, item)
            return Seq(elem, not v.items, not v.items)
        case _:
            return Seq(UNKNOWN, True, False)


def as_truth(v: Value) -> Truth:  # noqa: C901
    """What `bool(v)` can be on an idle town, with the reasons that make a side impossible."""
    match v:
        case Bool():
            return v.truth
        case Const():
            return Truth(COMMON, ABSENT) if v.value else Truth(ABSENT, COMMON)
        case Empty():
            return Truth(ABSENT, COMMON, frozenset({v.reason}))
        case Seq() if v.must_empty:
            return Truth(ABSENT, COMMON, v.empty_why)
        case Seq() if not v.may_empty:
            return Truth(COMMON, ABSENT)
        case Tup():
            return Truth(COMMON, ABSENT) if v.items else Truth(ABSENT, COMMON)
        case Handle() | HandleMethod() | Func() | ClassRef() | ModuleVal() | Clock():
            return Truth(COMMON, ABSENT)
        case Union():
            result: Truth | None = None
            for alt in v.alts:
                t = as_truth(alt)
                result = t if result is None else truth_join(result, t)
            return result or UNKNOWN_TRUTH
        case Bottom():
            return Truth(ABSENT, ABSENT)
        case _:
            return UNKNOWN_TRUTH


def element_of(v: Value) -> Value:
    """What iterating `v` yields."""
    match v:
        case Seq():
            return v.elem if not isinstance(v.elem, Bottom) else UNKNOWN
        case Tup():
            return as_seq(v).elem
        case Dict():
            return UNKNOWN
        case Union():
            out: Value = BOTTOM
            for alt in v.alts:
                out = join(out, element_of(alt))
            return out
        case _:
            return UNKNOWN


def empty_reasons(v: Value) -> frozenset[str] | None:
    """Reasons `v` has no elements on an idle town, or None if it may have some."""
    match v:
        case Empty():
            return frozenset({v.reason})
        case Seq() if v.must_empty:
            return v.empty_why
        case Tup() if not v.items:
            return frozenset()
        case Union():
            reasons: frozenset[str] = frozenset()
            for alt in v.alts:
                r = empty_reasons(alt)
                if r is None:
                    return None
                reasons |= r
            return reasons
        case _:
            return None


_MAX_DEPTH = 6  # nesting kept in values that cross a call


def bounded(v: Value, depth: int = 0) -> Value:
    """`v` itself when its containers nest at most `_MAX_DEPTH` deep; deeper containers become UNKNOWN.

    Values passed into a call or returned from one can otherwise grow without end
    (a method that wraps its argument, called on its own result), and every
    context key holding them would cost more to hash and to compare. Called on every
    value that crosses a call: nothing is built unless something was cut.
    """
    if type(v) not in _NESTING:  # nearly every value holds no other
        return v
    if depth >= _MAX_DEPTH:
        return UNKNOWN
    deeper = depth + 1
    match v:
        case Seq():
            elem = _bounded(v.elem, deeper)
            return v if elem is v.elem else Seq(elem, v.may_empty, v.must_empty, v.empty_why)
        case Tup():
            items = _bounded_all(v.items, deeper)
            return v if items is None else Tup(items)
        case Dict():
            values = _bounded_all(tuple(x for _, x in v.entries), deeper)
            rest = _bounded(v.rest, deeper)
            if values is None and rest is v.rest:
                return v
            keys = [k for k, _ in v.entries]
            return Dict(tuple(zip(keys, values if values is not None else (x for _, x in v.entries))), rest)
        case Func():
            bound = None if v.bound is None else _bounded(v.bound, deeper)
            closure = _bounded_all(tuple(x for _, x in v.closure), deeper) if v.closure else None
            partial = _bounded_all(v.partial, deeper) if v.partial else None
            if bound is v.bound and closure is None and partial is None:
                return v
            names = [k for k, _ in v.closure]
            return Func(v.qualname, bound,
                        tuple(zip(names, closure)) if closure is not None else v.closure,
                        partial if partial is not None else v.partial)
        case Inst():
            if not v.fields:
                return v
            values = _bounded_all(tuple(x for _, x in v.fields), deeper)
            if values is None:
                return v
            return Inst(v.cls, v.exact, tuple(zip((k for k, _ in v.fields), values)))
        case Union():
            alts = _bounded_all(tuple(v.alts), deeper)
            return v if alts is None else Union(frozenset(alts))
        case _:
            return v


def _bounded(v: Value, depth: int) -> Value:
    return v if type(v) not in _NESTING else bounded(v, depth)


def _bounded_all(values: tuple[Value, ...], depth: int) -> tuple[Value, ...] | None:
    """Each of `values` bounded, or None when none of them changed (the common case)."""
    out: list[Value] | None = None
    for i, x in enumerate(values):
        if type(x) not in _NESTING:
            if out is not None:
                out.append(x)
            continue
        y = bounded(x, depth)
        if out is None:
            if y is x:
                continue
            out = list(values[:i])
        out.append(y)
    return tuple(out) if out is not None else None


def widen(v: Value, depth: int = 0) -> Value:
    """Bound a value's size so fixpoints terminate (deep nesting becomes UNKNOWN)."""
    if depth > 4:
        return UNKNOWN
    match v:
        case Seq():
            return Seq(widen(v.elem, depth + 1), v.may_empty, v.must_empty, v.empty_why)
        case Tup():
            return Tup(tuple(widen(i, depth + 1) for i in v.items)) if len(v.items) < 16 else as_seq(v)
        case Func():
            return Func(v.qualname, None if v.bound is None else widen(v.bound, depth + 1),
                        tuple((k, widen(x, depth + 1)) for k, x in v.closure),
                        tuple(widen(x, depth + 1) for x in v.partial))
        case Inst():
            return Inst(v.cls, v.exact, tuple((k, widen(x, depth + 1)) for k, x in v.fields))
        case Union():
            return Union(frozenset(widen(a, depth + 1) for a in v.alts))
        case _:
            return v


# The interpreter builds values on every step: without object.__setattr__ (see wakecheck.model).
all_built_fast(globals(), __name__)
