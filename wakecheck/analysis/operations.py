"""What Python's operators, comparisons and literals do to abstract values.

Pure functions of values: arithmetic on numbers and clock readings (throttles are
`now - last < INTERVAL`), comparisons under the idle model (`len(rows) > 0` on an
empty-on-idle collection is False), subscripts, unpacking, and the short description
of what a container call does (`POST /refresh-token`).
"""

from __future__ import annotations

import datetime
import operator
import re

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.reach import GHOST, Reach
from wakecheck.analysis.values import (
    ABSENT, BOTTOM, COMMON, UNKNOWN, Bool, Bottom, ClassRef, Clock, Const, Dict, Empty, EnumMember, FlagSet, Func, Gen,
    Handle, PARAM, Inst, ModuleVal, Seq, Throttle, Truth, Tup, Union, Unknown, Value, alternatives, as_seq, element_of,
    empty_reasons, as_key, const_keys, dict_lookup, dict_values, join, truth_join, union,
)

CMP = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
       ">": operator.gt, ">=": operator.ge}
ARITH = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
         "//": operator.floordiv, "%": operator.mod}
_METHOD_KINDS = (ir.FuncKind.METHOD, ir.FuncKind.PROPERTY, ir.FuncKind.CLASSMETHOD)


def throttle_of(expr: ir.Compare, left: Value, right: Value, fn: ir.FunctionIR) -> Throttle | None:
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
            return Throttle(seconds, fires_when, memory_source(age_expr, fn))
    return None


def _duration_s(age: Clock, limit: Value) -> float | None:
    if not isinstance(limit, Const):
        return None
    if isinstance(limit.value, datetime.timedelta):
        return limit.value.total_seconds() if age.unit == 0 else None
    if is_number(limit.value) and age.unit != 0:
        return age.seconds(float(limit.value))  # type: ignore[arg-type]
    return None


def memory_source(expr: ir.Expr, fn: ir.FunctionIR, depth: int = 0) -> str | None:
    """The in-memory state an age is measured from (`self.last_at`, a module global), if any."""
    if depth > 4:
        return None
    match expr:
        case ir.BinOp(op="-"):
            return memory_source(expr.right, fn, depth + 1) if _is_time_source(expr.right) else \
                memory_source(expr.left, fn, depth + 1)
        case ir.BinOp() | ir.UnaryOp():
            inner = expr.left if isinstance(expr, ir.BinOp) else expr.operand
            return memory_source(inner, fn, depth + 1)
        case ir.Attr(base=ir.Name(id=base_id, scope=ir.Scope.LOCAL)) if fn.params and base_id == fn.params[0].name \
                and fn.kind in _METHOD_KINDS:
            return expr.text
        case ir.Name(scope=ir.Scope.GLOBAL):
            return expr.id
        case ir.Name(scope=ir.Scope.LOCAL):
            for value in _local_assignments(fn, expr.id):
                found = memory_source(value, fn, depth + 1)
                if found is not None:
                    return found
            return None
        case ir.BoolOp():
            return memory_source(expr.left, fn, depth + 1) or memory_source(expr.right, fn, depth + 1)
        case ir.Subscript():
            return memory_source(expr.base, fn, depth + 1)
        case _:
            return None


def _is_time_source(expr: ir.Expr) -> bool:
    """Whether the subtrahend of `a - b` is where the earlier time comes from (not a constant)."""
    return not isinstance(expr, ir.Const)


def _local_assignments(fn: ir.FunctionIR, name: str) -> list[ir.Expr]:
    return [op.value for block in fn.blocks for op in block.ops
            if isinstance(op, ir.Assign) and any(isinstance(t, ir.NameT) and t.id == name for t in op.targets)]


def clock_arith(op: str, a: Value, b: Value) -> Value:
    """Arithmetic on clock readings: unit changes, shifts, and ages (`now - last`)."""
    clock, other, clock_left = (a, b, True) if isinstance(a, Clock) else (b, a, False)
    assert isinstance(clock, Clock)
    k = other.value if isinstance(other, Const) else None
    number = is_number(k)
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


def is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def compare_values(op: str, left: Value, right: Value) -> Truth:  # noqa: C901
    unknown = Truth(COMMON, COMMON)
    if type(left) is Union or type(right) is Union:
        # One of a few values (`"cooling"` or `"idle"`): the comparison for each, joined.
        pairs = [(x, y) for x in alternatives(left) for y in alternatives(right)]
        if len(pairs) <= _PAIRS:
            result: Truth | None = None
            for x, y in pairs:
                t = compare_values(op, x, y)
                result = t if result is None else truth_join(result, t)
            if result is not None:
                return result
    if type(left) is Const and type(right) is Const and op in ("is", "is not", "==", "!=") and (
            isinstance(left.value, EnumMember) or isinstance(right.value, EnumMember)):
        same = left.value == right.value  # enum members: each is only itself
        return Truth(COMMON, ABSENT) if same == (op in ("is", "==")) else Truth(ABSENT, COMMON)
    if op in ("is", "is not"):
        truth = _is(left, right)
        return truth.negate() if op == "is not" else truth
    if op in ("in", "not in") and type(left) is Const and type(right) is Const and \
            (flags := _flag_names(right.value)) is not None and (wanted := _flag_names(left.value)) is not None:
        inside = wanted <= flags  # `Caps.A in wanted`: a flag's members
        return Truth(COMMON, ABSENT) if inside == (op == "in") else Truth(ABSENT, COMMON)
    if op in ("in", "not in") and type(left) is Const and type(right) is Tup and right.items and \
            all(type(i) is Const for i in right.items):
        # `stage in (Stage.SETTLED, Stage.SPOILED)`, `kind in ("a", "b")`: a few constants.
        values = [i.value for i in right.items if isinstance(i, Const)]
        kinds = {_const_kind(left.value), *(_const_kind(v) for v in values)}
        if len(kinds) != 1 or None in kinds:
            return unknown  # a `str` enum equals its text, a bool its number: not told apart here
        inside = left.value in values
        return Truth(COMMON, ABSENT) if inside == (op == "in") else Truth(ABSENT, COMMON)
    if op in ("in", "not in"):
        reasons = empty_reasons(right)
        if reasons is not None:
            t = Truth(ABSENT, COMMON, reasons)
            return t.negate() if op == "not in" else t
        return unknown
    fn = CMP.get(op)
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


def _const_kind(value: object) -> str | None:
    """The kind of constant `in` decides among its own: enum members, strings, whole numbers."""
    if isinstance(value, EnumMember):
        return "member"
    if isinstance(value, str):
        return "str"
    if isinstance(value, int) and not isinstance(value, bool):
        return "int"
    return None


_PAIRS = 16  # pairs of alternatives compared one by one, at most


def _flag_names(v: object) -> frozenset[str] | None:
    """The members an enum member or a combination of flags holds."""
    if isinstance(v, FlagSet):
        return v.names
    if isinstance(v, EnumMember):
        return frozenset({v.name})
    return None


def flag_op(op: str, a: Value, b: Value, cls: str, members: frozenset[str]) -> Value:
    """`a | b`, `a & b`, `a ^ b` over the members of the `enum.Flag` class `cls` (`members`: its nonzero ones)."""
    out: list[Value] = []
    pairs = [(x, y) for x in alternatives(a) for y in alternatives(b)]
    if len(pairs) > _PAIRS:
        return UNKNOWN
    for x, y in pairs:
        left = _flag_names(x.value) if type(x) is Const else None
        right = _flag_names(y.value) if type(y) is Const else None
        if left is None or right is None:
            return UNKNOWN
        names = left | right if op == "|" else left & right if op == "&" else left ^ right
        out.append(flag_value(cls, names & members))
    return union(out)


def flag_value(cls: str, names: frozenset[str]) -> Value:
    """One member as the member itself, any other combination as a FlagSet."""
    return Const(EnumMember(cls, next(iter(names)))) if len(names) == 1 else Const(FlagSet(cls, names))


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
        return isinstance(v, (Handle, Func, ClassRef, Inst, ModuleVal, Seq, Tup, Dict, Empty, Clock, Gen)) or (
            isinstance(v, Const) and v.value is not None)

    if isinstance(left, Const) and isinstance(right, Const) and all(
            v is None or isinstance(v, bool) for v in (left.value, right.value)):
        return Truth(COMMON, ABSENT) if left.value is right.value else Truth(ABSENT, COMMON)
    for a, b in ((left, right), (right, left)):
        # `guard() is False`, `flag is not True`: for a boolean, identity with True or False is equality.
        if isinstance(b, Const) and isinstance(b.value, bool) and isinstance(a, Bool):
            return a.truth if b.value else a.truth.negate()

    for a, b in ((left, right), (right, left)):
        if isinstance(b, Const) and b.value is None:
            if isinstance(a, Const) and a.value is None:
                return Truth(COMMON, ABSENT)
            if definitely_not_none(a):
                return Truth(ABSENT, COMMON)
            if isinstance(a, Union) and all(definitely_not_none(x) for x in a.alts):
                return Truth(ABSENT, COMMON)
    return Truth(COMMON, COMMON)


def feasible_join(reach: Reach, truth: Truth, a: Value, b: Value) -> Value:
    if reach.level != GHOST:
        if truth.t == ABSENT:
            return b
        if truth.f == ABSENT:
            return a
    return join(a, b)


def seq_of(items: list[Value], exprs: tuple[ir.Expr, ...]) -> Value:
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


def concat(a: Value, b: Value) -> Value:
    if isinstance(a, Empty) and isinstance(b, Empty):
        return a
    if type(a) is Tup and type(b) is Tup:
        return Tup(a.items + b.items)
    sa = as_seq(a) if not isinstance(a, Empty) else Seq(BOTTOM, True, True, frozenset({a.reason}))
    sb = as_seq(b) if not isinstance(b, Empty) else Seq(BOTTOM, True, True, frozenset({b.reason}))
    return Seq(join(sa.elem, sb.elem), sa.may_empty and sb.may_empty, sa.must_empty and sb.must_empty,
               sa.empty_why | sb.empty_why)


def dict_store(d: Dict, key: Value, value: Value) -> Dict:
    """`d[key] = value` on a dict held in a local: a constant key's entry is replaced."""
    # It still lives where it did: what is stored in it next goes there too.
    key = as_key(key)
    if isinstance(key, Const):
        try:
            kept = tuple((k, v) for k, v in d.entries if k != key.value)
        except TypeError:  # an unhashable or incomparable constant: keep every entry
            return Dict(d.entries, join(d.rest, value), d.home)
        return Dict((*kept, (key.value, value)), d.rest, d.home)
    return Dict(d.entries, join(d.rest, value), d.home)


def subscript(base: Value, index: Value) -> Value:
    match base:
        case Tup() if isinstance(index, Const) and isinstance(index.value, int):
            if -len(base.items) <= index.value < len(base.items):
                return base.items[index.value]
            return UNKNOWN
        case Dict() if isinstance(index, Bool) and any(isinstance(k, bool) for k, _ in base.entries):
            # `handlers[guard()]`: the entries under the keys the guard may be on an idle town.
            picked = [v for k, v in base.entries
                      if k is True and index.truth.t != ABSENT or k is False and index.truth.f != ABSENT]
            out_: Value = BOTTOM
            for v in picked:
                out_ = join(out_, v)
            return UNKNOWN if isinstance(out_, Bottom) else out_
        case Dict():
            keys = const_keys(index)
            found = dict_lookup(base, keys, BOTTOM) if keys is not None else dict_values(base)
            return UNKNOWN if isinstance(found, Bottom) else found
        case Seq() | Tup():
            return element_of(base)
        case Unknown() if base.why and not base.why.startswith(PARAM):
            return base  # what a lost value holds is lost too, for the call that meets it to say so
        case Union():
            result: Value = BOTTOM
            for alt in alternatives(base):
                result = join(result, subscript(alt, index))
            return result
        case _:
            return UNKNOWN


def spread(v: Value) -> list[Value]:
    if isinstance(v, Tup):
        return list(v.items)
    if empty_reasons(v) is not None:
        return []
    return [element_of(v)]


def unpack(v: Value, n: int) -> list[Value]:
    if isinstance(v, Tup) and len(v.items) == n:
        return list(v.items)
    elem = element_of(v) if isinstance(v, (Seq, Tup, Union)) else UNKNOWN
    return [elem] * n


def detail(label: str, expr: ir.Call, args: list[Value], kwargs: list[tuple[str | None, Value]]) -> str:
    """A short description of what the call does, e.g. `POST /refresh-token`."""
    first = next((a for a in expr.args if a.keyword is None and a.star == 0), None)
    target = ""
    if first is not None:
        if isinstance(first.value, ir.Const) and isinstance(first.value.value, str):
            target = first.value.value
        elif isinstance(first.value, (ir.Opaque, ir.FString)):
            target = first.value.text
    if not target:
        return ""
    target = _url_path(target)
    method = ""
    for key, value in kwargs:
        if key == "method" and isinstance(value, Const) and isinstance(value.value, str):
            method = value.value.upper()
    if label == "fetch":
        return f"{method or 'GET'} {target}"
    if label.upper() in _HTTP_VERBS:
        return f"{label.upper()} {target}"  # `client.post("/jobs")`
    if target.startswith("/"):
        # A path handed to a call named otherwise (`bench.run("/scan")`): its method, if one is given.
        return f"{method} {target}" if method else f"{label} {target}"
    return target


_HTTP_VERBS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


def _url_path(text: str) -> str:
    text = text.strip()
    if text[:2] in ('f"', "f'"):
        text = text[2:-1]
    text = re.sub(r"\{([^{}]*)\}", lambda m: ":" + m.group(1).split(".")[-1].strip(), text)
    m = re.match(r"^[a-z]+://[^/]*(/.*)?$", text)
    if m:
        return m.group(1) or "/"
    return text
