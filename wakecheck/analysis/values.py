"""Abstract values the interpreter computes, and the three-level truth logic of the idle model.

A truth value says, for each of True and False, whether it is impossible (ABSENT),
possible only in rare ticks (RARE), or possible in common ticks (COMMON) on an idle
town. An active guard is {True: ABSENT, False: COMMON}; a rare predicate is
{True: RARE, False: COMMON}; anything else is COMMON both ways.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wakecheck._speedups.frozen import all_built_fast

if TYPE_CHECKING:
    from wakecheck.analysis import cfg as ir

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

    def __repr__(self) -> str:
        return f"Truth({self.t!r}, {self.f!r}, {_set_repr(self.why)}, {_set_repr(self.rare_why)})"

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


def _set_repr(items: frozenset[object]) -> str:
    """A set's items in text order: a set's own repr follows string hashes, which differ per process."""
    return "{" + ", ".join(sorted(map(repr, items))) + "}"


def _keep_hash(value: object, parts: object) -> int:
    """Hash `parts` (a value's compared fields), keep it in the value's `_hash` and return it (never 0)."""
    found = hash(parts) or 1
    object.__setattr__(value, "_hash", found)
    return found


@dataclass(frozen=True, slots=True)
class Unknown:
    """A value the analysis does not know.

    `why` is empty for plain data it need not know (a number from a query, a library's
    result); otherwise it says where a value was lost that may have been the project's
    own (a recursive call's result, a computed attribute name) or, for a function analysed
    with no caller known, which parameter it is (`PARAM` and the function): calling such
    a value, or reading what it holds, is where the analysis loses track (WC003).
    """

    why: str = ""


@dataclass(frozen=True, slots=True)
class Bottom:
    """No value: nothing assigned on any path seen so far."""


UNKNOWN = Unknown()
BOTTOM = Bottom()
PARAM = "parameter "  # the prefix of an unknown parameter's `why`: "parameter `x` of `pkg.f`"
NEW = "<new>"  # Inst.alloc of the object an `__init__` runs on: its caller says where it was made


def lost(why: str) -> Unknown:
    """An unknown value that may have been the project's own, and why it is not known."""
    return Unknown(why)


# ---------------------------------------------------------------------------
# Where long-lived values live (see facts.py): an attribute of a project class's
# instances (or of the class itself), a module global, an attribute of an object from
# outside the project known by its dotted name.


@dataclass(frozen=True, slots=True, order=True)
class FieldLoc:
    cls: str
    attr: str


@dataclass(frozen=True, slots=True, order=True)
class GlobalLoc:
    module: str
    name: str


@dataclass(frozen=True, slots=True, order=True)
class ExtLoc:
    base: str
    attr: str


def UNKNOWN_OBJECT(attr: str) -> ExtLoc:  # noqa: N802
    """Where `attr` of objects the analysis does not know lives: one place for them all."""
    return ExtLoc("?", attr)


@dataclass(frozen=True, slots=True, order=True)
class AllocLoc:
    """An attribute of the objects made at one place (`Inst.alloc`)."""

    alloc: str
    attr: str


@dataclass(frozen=True, slots=True, order=True)
class CellLoc:
    """A local of `owner` that a function nested in it rebinds (`nonlocal name; name = v`)."""

    owner: str
    name: str


@dataclass(frozen=True, slots=True, order=True)
class NewLoc:
    """The empty list, dict, set, queue or event one operation of a function makes (`self.pending = []`):
    what is added to it through any name it is known by goes here, and every read of it sees it."""

    fn: str
    op: int  # the operation's place among the function's, or -1: one of them


@dataclass(frozen=True, slots=True, order=True)
class ItemLoc:
    """The lists and dicts held as items of the container at `base` (`d.setdefault(k, []).append(x)`):
    under one constant key (`key`, its repr), or under any ("")."""

    base: FieldLoc | GlobalLoc | ExtLoc | AllocLoc | CellLoc | NewLoc
    key: str = ""
    key_value: object = field(default=None, compare=False)  # the key itself (its repr orders and compares)


Loc = FieldLoc | GlobalLoc | ExtLoc | AllocLoc | ItemLoc | CellLoc | NewLoc


@dataclass(frozen=True, slots=True)
class Const:
    value: object


@dataclass(frozen=True, slots=True, order=True)
class EnumMember:
    """A member of a project `enum.Enum` class (`State.BUSY`): the value of a Const, equal only to itself."""

    cls: str
    name: str

    def __repr__(self) -> str:
        return f"{self.cls}.{self.name}"


@dataclass(frozen=True, slots=True, order=True)
class ClassKey:
    """A project class used as a dict key (`listeners[(Model, "after_insert")]`): equal only to itself."""

    qualname: str

    def __repr__(self) -> str:
        return f"<class {self.qualname}>"


@dataclass(frozen=True, slots=True)
class FlagSet:
    """Several members of a project `enum.Flag` class at once (`Caps.A | Caps.B`), or none: the
    value of a Const; false when it holds none, as the flag is."""

    cls: str
    names: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.names)

    def __repr__(self) -> str:
        return f"{self.cls}[{'|'.join(sorted(self.names))}]"


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
    home: frozenset[Loc] = frozenset()  # where this list lives, when it was read from one: what it adds goes there
    _hash: int = _HASH_SLOT

    def __hash__(self) -> int:
        return self._hash or _keep_hash(self, (self.elem, self.may_empty, self.must_empty, self.empty_why,
                                               self.home))

    def __repr__(self) -> str:
        return (f"Seq({self.elem!r}, {self.may_empty}, {self.must_empty}, {_set_repr(self.empty_why)}, "
                f"{_set_repr(self.home)})")


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
    home: frozenset[Loc] = frozenset()  # where this dict lives, when it was read from one (see Seq)
    # Keys among `entries` a dict it was joined from did not have (`get(k, default)` may give the default).
    maybe: frozenset[object] = frozenset()
    # A `defaultdict`'s factory value: while `rest` is still it, `rest` is only what a key it does
    # not hold reads as, and the dict holds no key.
    default: Value = BOTTOM
    _hash: int = _HASH_SLOT

    def __hash__(self) -> int:
        return self._hash or _keep_hash(self, (self.entries, self.rest, self.home, self.maybe, self.default))

    def __repr__(self) -> str:
        maybe = f", maybe={sorted(map(repr, self.maybe))}" if self.maybe else ""
        default = f", default={self.default!r}" if type(self.default) is not Bottom else ""
        return f"Dict({self.entries!r}, {self.rest!r}, {_set_repr(self.home)}{maybe}{default})"

    @property
    def holds_nothing(self) -> bool:
        return not self.entries and (type(self.rest) is Bottom or
                                     (type(self.default) is not Bottom and self.rest == self.default))


@dataclass(frozen=True, slots=True)
class Handle:
    """A handle on a resource that sleeps: what a factory returned.

    `resource` is the key of the resource it wakes ("" the default one, the container);
    `kind` names a library model's object (`asyncpg.Pool`), whose methods the model tells
    apart (libmodels.py): "" is a configured factory's handle, every method of which wakes
    but the quiet ones. `target` is what the object was made towards, when it says (an
    HTTP client's base URL).
    """

    factory: str
    resource: str = ""
    kind: str = ""
    target: str = ""


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
    # What this object's attributes are known to hold along the path (stores seen since it
    # was made or since the tick began); any other attribute is read from the facts (facts.py).
    fields: tuple[tuple[str, Value], ...] = ()
    alloc: str | None = None  # where it was made (`module:call site`); None: not known
    _hash: int = _HASH_SLOT

    def __hash__(self) -> int:
        return self._hash or _keep_hash(self, (self.cls, self.exact, self.fields, self.alloc))


@dataclass(frozen=True, slots=True)
class Gen:
    """A generator (or async generator) object: a call of a generator function, not yet run.

    Its body runs where it is iterated (`for`, `list()`, `next()`, a comprehension), and
    what it yields is what the iteration gets.
    """

    func: Func
    args: tuple[Value, ...]
    kwargs: tuple[tuple[str | None, Value], ...] = ()
    _hash: int = _HASH_SLOT

    def __hash__(self) -> int:
        return self._hash or _keep_hash(self, (self.func, self.args, self.kwargs))


@dataclass(frozen=True, slots=True)
class Getter:
    """`operator.attrgetter(*names)`, `itemgetter(*keys)` or `methodcaller(name, *args)` with constants."""

    kind: str  # "attr" | "item" | "method"
    names: tuple[object, ...]
    args: tuple[Value, ...] = ()


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

    def __repr__(self) -> str:
        return f"Union({_set_repr(self.alts)})"  # alternatives() sorts by it: the same in every process


Value = (Unknown | Bottom | Const | Bool | Empty | Seq | Tup | Dict | Handle | HandleMethod | Func
         | ClassRef | Inst | ModuleVal | Ext | Clock | Gen | Getter | Union)

_NESTING = frozenset({Seq, Tup, Dict, Func, Inst, Gen, Getter, Union})  # the values that hold other values
_TOO_DEEP = Unknown("a value nested too deep to follow")
_TOO_MANY = Unknown("a value with too many possible kinds to follow")


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
    if type(a) is Unknown or type(b) is Unknown:
        return _join_unknown(a, b)
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
            return Seq(seq.elem, True, seq.must_empty, seq.empty_why | {empty.reason}, seq.home)
        case Seq(), Seq():
            return Seq(join(a.elem, b.elem), a.may_empty or b.may_empty,
                       a.must_empty and b.must_empty, a.empty_why | b.empty_why, a.home | b.home)
        case Tup(), Tup() if len(a.items) == len(b.items):
            return Tup(tuple(join(x, y) for x, y in zip(a.items, b.items)))
        case (Tup(), Seq()) | (Seq(), Tup()) | (Tup(), Tup()):
            return join(as_seq(a), as_seq(b))
        case Dict(), Dict():
            return _join_dicts(a, b)
        case Inst(), Inst() if a.cls == b.cls and a.alloc == b.alloc:
            return Inst(a.cls, a.exact and b.exact, _join_fields(a.fields, b.fields), a.alloc)
        case _:
            return union((*alternatives(a), *alternatives(b)))


def _join_unknown(a: Value, b: Value) -> Value:
    """A join with an unknown: a plain unknown gives way to one that says why it is not known,
    and neither swallows what may wake a container (a handle on one path and something
    unknown on another is still possibly a handle)."""
    if type(a) is Unknown and type(b) is Unknown:
        if not b.why:
            return a
        if not a.why:
            return b
        return union((a, b))
    unknown, other = (a, b) if type(a) is Unknown else (b, a)
    if _interesting(other):
        return union((*alternatives(other), unknown))
    if unknown.why:  # type: ignore[union-attr]
        return unknown
    if type(other) is Union:
        lost_alts: list[Value] = [x for x in other.alts if type(x) is Unknown and x.why]
        if lost_alts:
            return union(lost_alts)
    return UNKNOWN


def union(values: tuple[Value, ...] | list[Value]) -> Value:
    """The value that may be any of `values` (flattening unions), kept small.

    A plain unknown is dropped beside one that says why it is not known. Past
    `_UNION_LIMIT` alternatives, the ones that cannot wake anything (numbers, strings,
    booleans) are folded into one unknown first; only if what may wake a container is
    itself too varied does the value become an unknown that says so.
    """
    alts: set[Value] = set()
    for v in values:
        if type(v) is Union:
            alts.update(v.alts)
        elif type(v) is not Bottom:
            alts.add(v)
    # (beside a parameter's, it stays: once the callers are analysed, the parameter is left out)
    if UNKNOWN in alts and any(type(x) is Unknown and x.why and not x.why.startswith(PARAM) for x in alts):
        alts.discard(UNKNOWN)
    if len(alts) > 1:
        alts = _one_per_object(alts)
    if len(alts) > _UNION_LIMIT:
        kept = {x for x in alts if _interesting(x) or (type(x) is Unknown and x.why)}
        if len(kept) < len(alts):
            kept.add(UNKNOWN)
        alts = kept if len(kept) <= _UNION_LIMIT else {_TOO_MANY}
    if not alts:
        return BOTTOM
    if len(alts) == 1:
        return next(iter(alts))
    return Union(frozenset(alts))


def _one_per_object(alts: set[Value]) -> set[Value]:
    """The objects made at one place, one object (as `join` makes them): what each path knows
    of its attributes, joined. Without it a state threaded through a few steps in a loop would
    be a new alternative for every combination of what the steps stored."""
    seen: dict[tuple[str, str | None, tuple[str, ...]], Inst] = {}
    merged = False
    for alt in alts:
        if type(alt) is Inst and alt.alloc is not None:
            # With the same attributes known: one known on one path only would be lost on the other.
            key = (alt.cls, alt.alloc, tuple(k for k, _ in alt.fields))
            known = seen.get(key)
            if known is None:
                seen[key] = alt
            else:
                seen[key] = Inst(alt.cls, alt.exact and known.exact, _join_fields(known.fields, alt.fields), alt.alloc)
                merged = True
    if not merged:
        return alts
    return {a for a in alts if not (type(a) is Inst and a.alloc is not None)} | set(seen.values())


def _join_dicts(a: Dict, b: Dict) -> Dict:
    """Two dicts from two paths: a key either has may hold either value; the rest likewise."""
    try:
        entries: dict[object, Value] = dict(a.entries)
        for k, v in b.entries:
            entries[k] = join(entries[k], v) if k in entries else v
        # A key one of them lacks (holding nothing else either) may be missing from the dict.
        maybe = a.maybe | b.maybe | frozenset(
            k for k in entries if (k not in dict(a.entries) and type(a.rest) is Bottom)
            or (k not in dict(b.entries) and type(b.rest) is Bottom))
    except TypeError:  # an unhashable constant key: every value under the other keys
        rest: Value = join(a.rest, b.rest)
        for _, v in (*a.entries, *b.entries):
            rest = join(rest, v)
        return Dict((), rest, a.home | b.home)
    return Dict(tuple(entries.items()), join(a.rest, b.rest), a.home | b.home, maybe)


def _interesting(v: Value) -> bool:
    """Whether `v` may hold something that can wake a container or run project code."""
    match v:
        case Handle() | HandleMethod() | Func() | Inst() | ClassRef() | Gen() | Getter():
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
    """Attributes known on either path, joined; one known on one path only may hold anything
    on the other (its class's default, or what was stored to it before)."""
    if a == b:
        return a
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
        case Dict() if v.holds_nothing:
            return Truth(ABSENT, COMMON)
        case Handle() | HandleMethod() | Func() | ClassRef() | ModuleVal() | Clock() | Gen() | Getter():
            return Truth(COMMON, ABSENT)
        case Union():
            result: Truth | None = None
            for alt in alternatives(v):
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
            for alt in alternatives(v):
                out = join(out, element_of(alt))
            return out
        case Unknown() if v.why and not v.why.startswith(PARAM):
            return v  # what a lost value holds is lost too, for the call that meets it to say so
        case _:
            return UNKNOWN


_KEYS = 16  # constant keys a value may be, at most, for a dict lookup to pick entries by


def const_keys(v: Value) -> list[object] | None:
    """The constant dict keys `v` may be (`"busy"`, `("holding", "alarm")`, one of a few), or None."""
    match v:
        case Const():
            return [v.value]
        case ClassRef():
            return [ClassKey(v.qualname)]
        case Tup():
            keys: list[tuple[object, ...]] = [()]
            for item in v.items:
                found = const_keys(item)
                if found is None or len(keys) * len(found) > _KEYS:
                    return None
                keys = [k + (f,) for k in keys for f in found]
            return list(keys)
        case Union():
            out: list[object] = []
            for alt in v.alts:
                found = const_keys(alt)
                if found is None:
                    return None
                out.extend(found)
            return sorted(set(out), key=repr) if len(out) <= _KEYS else None
        case _:
            return None


def alloc_at(module: str, expr: ir.Call) -> str:
    """The name of the objects a call makes (`module:line:col`): the module's top-level code and its
    globals' values are lowered apart, with sites of their own, but build the very same object."""
    return f"{module}:{expr.span.line}:{expr.span.column}" if expr.span.line else f"{module}:{expr.site}"


def as_key(v: Value) -> Value:
    """A dict key as a constant when it can be one key only (`(Model, "after_insert")`: a tuple of a
    class and a string), so that it keeps its entry apart from the others; else `v`."""
    if type(v) is Const:
        return v
    keys = const_keys(v) if type(v) in (Tup, ClassRef) else None
    return Const(keys[0]) if keys is not None and len(keys) == 1 else v


def dict_values(d: Dict) -> Value:
    """Any value the dict may hold: under its known keys or the rest."""
    out: Value = d.rest
    for _, v in d.entries:
        out = join(out, v)
    return out


def dict_lookup(d: Dict, keys: list[object], missing: Value) -> Value:
    """What `d[k]` / `d.get(k, missing)` may be for `k` one of `keys`: the entries under them, or, for
    a key not among the known ones, what else the dict holds and `missing`."""
    out: Value = BOTTOM
    for key in keys:
        found = [x for k, x in d.entries if k == key]
        if found:
            for x in found:
                out = join(out, x)
            if key in d.maybe:
                out = join(out, missing)
        else:
            out = join(join(out, d.rest), missing)
    return out


def empty_reasons(v: Value) -> frozenset[str] | None:
    """Reasons `v` has no elements on an idle town, or None if it may have some."""
    match v:
        case Empty():
            return frozenset({v.reason})
        case Seq() if v.must_empty:
            return v.empty_why
        case Tup() if not v.items:
            return frozenset()
        case Dict() if v.holds_nothing:
            return frozenset()
        case Union():
            reasons: frozenset[str] = frozenset()
            for alt in alternatives(v):
                r = empty_reasons(alt)
                if r is None:
                    return None
                reasons |= r
            return reasons
        case _:
            return None


_MAX_DEPTH = 6  # nesting kept in values that cross a call


def bounded(v: Value, depth: int = 0) -> Value:
    """`v` itself when its containers nest at most `_MAX_DEPTH` deep; deeper containers become an unknown that says so.

    Values passed into a call or returned from one can otherwise grow without end
    (a method that wraps its argument, called on its own result), and every
    context key holding them would cost more to hash and to compare. Called on every
    value that crosses a call: nothing is built unless something was cut.
    """
    if type(v) not in _NESTING:  # nearly every value holds no other
        return v
    if depth >= _MAX_DEPTH:
        return _TOO_DEEP
    deeper = depth + 1
    match v:
        case Seq():
            elem = _bounded(v.elem, deeper)
            return v if elem is v.elem else Seq(elem, v.may_empty, v.must_empty, v.empty_why, v.home)
        case Tup():
            items = _bounded_all(v.items, deeper)
            return v if items is None else Tup(items)
        case Dict():
            values = _bounded_all(tuple(x for _, x in v.entries), deeper)
            rest = _bounded(v.rest, deeper)
            if values is None and rest is v.rest:
                return v
            keys = [k for k, _ in v.entries]
            return Dict(tuple(zip(keys, values if values is not None else (x for _, x in v.entries))), rest,
                        v.home)
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
            return Inst(v.cls, v.exact, tuple(zip((k for k, _ in v.fields), values)), v.alloc)
        case Gen():
            func = _bounded(v.func, deeper)
            args = _bounded_all(v.args, deeper)
            kwargs = _bounded_all(tuple(x for _, x in v.kwargs), deeper) if v.kwargs else None
            if func is v.func and args is None and kwargs is None:
                return v
            return Gen(func if isinstance(func, Func) else v.func, args if args is not None else v.args,
                       tuple(zip((k for k, _ in v.kwargs), kwargs)) if kwargs is not None else v.kwargs)
        case Getter():
            args = _bounded_all(v.args, deeper)
            return v if args is None else Getter(v.kind, v.names, args)
        case Union():
            alts = _bounded_all(tuple(v.alts), deeper)
            return v if alts is None else union(alts)
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
    """Bound a value's size so fixpoints terminate (deep nesting becomes an unknown that says so)."""
    if depth > 4:
        return _TOO_DEEP if type(v) in _NESTING else v
    match v:
        case Seq():
            return Seq(widen(v.elem, depth + 1), v.may_empty, v.must_empty, v.empty_why, v.home)
        case Tup():
            return Tup(tuple(widen(i, depth + 1) for i in v.items)) if len(v.items) < 16 else as_seq(v)
        case Func():
            return Func(v.qualname, None if v.bound is None else widen(v.bound, depth + 1),
                        tuple((k, widen(x, depth + 1)) for k, x in v.closure),
                        tuple(widen(x, depth + 1) for x in v.partial))
        case Inst():
            return Inst(v.cls, v.exact, tuple((k, widen(x, depth + 1)) for k, x in v.fields), v.alloc)
        case Dict():
            return Dict(tuple((k, widen(x, depth + 1)) for k, x in v.entries), widen(v.rest, depth + 1), v.home)
        case Union():
            return union([widen(a, depth + 1) for a in v.alts])
        case _:
            return v


# The interpreter builds values on every step: without object.__setattr__ (see wakecheck.model).
all_built_fast(globals(), __name__)
