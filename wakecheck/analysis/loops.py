"""Loop entries: a function whose body runs a loop that does not end on its own and sleeps or waits in it.

For such an entry a tick is one pass through the loop's body; what runs before the loop
(and after it, once it is stopped) runs once per start. `loop_shape` finds the loop on
the lowered CFG: a `while` whose test does not change with the loop's own work (`True`,
`not stopping`, `not stop.is_set()`, `stop.wait(5)` …) and whose blocks call a sleep or
a wait; every way out of it (`break`, a bare `return`) must be under such a flag's test
or in an `except` (a loop that leaves once its work succeeds only retries, and one that
returns a value polls until it has it). Its period is the sleep's duration, when that is
a constant: the sleep on every pass if there is one, else the shortest.

What it does not recognise: a loop written with `for _ in itertools.count()`, a sleep
in a function the loop calls, a generator's loop (its consumer drives it), and a
`while` nested in another statement's loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from wakecheck.analysis import cfg as ir
from wakecheck.analysis.naming import Naming, arg

# Library sleeps: (dotted name, the position and keywords of the duration).
_SLEEPS: dict[str, tuple[int | None, tuple[str, ...]]] = {
    "asyncio.sleep": (0, ("delay",)), "asyncio.tasks.sleep": (0, ("delay",)), "time.sleep": (0, ("secs",)),
    "trio.sleep": (0, ("seconds",)), "anyio.sleep": (0, ("delay",)), "gevent.sleep": (0, ("seconds",)),
    "eventlet.sleep": (0, ("seconds",)), "curio.sleep": (0, ("seconds",)),
    "asyncio.wait_for": (1, ("timeout",)), "asyncio.tasks.wait_for": (1, ("timeout",)),
}
_FLAG_METHODS = frozenset({"is_set", "wait", "is_closing", "is_closed", "done"})
_RUN_FLAGS = frozenset({"running", "alive", "active", "enabled", "serving", "started", "run", "keep_running",
                        "keep_going", "should_run", "is_running"})


@dataclass(frozen=True, slots=True)
class Sleep:
    """A sleep or wait in a loop's body: where, as written, and its duration when constant."""

    text: str
    line: int
    seconds: float | None


@dataclass(frozen=True, slots=True)
class LoopShape:
    """The forever loop of a loop entry: its header block, its blocks (a tick), and its sleep."""

    header: int
    blocks: frozenset[int]
    sleep: Sleep


def loop_shape(fn: ir.FunctionIR, naming: Naming) -> LoopShape | None:
    """The loop that makes `fn` a loop entry, or None (see the module's docstring)."""
    if fn.is_generator or fn.kind is ir.FuncKind.LAMBDA or fn.name == "<module>":
        return None
    blocks = fn.blocks
    preds: dict[int, set[int]] = {}
    for block in blocks:
        for succ in _successors(block):
            preds.setdefault(succ, set()).add(block.id)
    for block in blocks:
        term = block.term
        if not isinstance(term, ir.Branch) or term.kind is not ir.CondKind.PLAIN:
            continue
        back = [p for p in preds.get(block.id, ()) if p > block.id]
        if not back:
            continue
        body = _natural_loop(block.id, back, preds)
        inside = term.true if term.true in body else term.false if term.false in body else None
        if inside is None or not _forever(term, inside, body, blocks, naming, fn):
            continue
        sleep = _sleep(fn, body, inside, blocks, naming)
        if sleep is None or not _ends_only_on_flags(block.id, body, blocks, preds, fn):
            continue
        return LoopShape(block.id, frozenset(body), sleep)
    return None


def _successors(block: ir.Block) -> Iterator[int]:
    match block.term:
        case ir.Goto():
            yield block.term.target
        case ir.Branch():
            yield block.term.true
            yield block.term.false
        case ir.ForIter():
            yield block.term.body
            yield block.term.exit
        case _:
            pass  # return, raise, unreachable: out of the function
    if block.handler is not None:
        yield block.handler


def _natural_loop(header: int, back: list[int], preds: dict[int, set[int]]) -> set[int]:
    body = {header}
    todo = list(back)
    while todo:
        b = todo.pop()
        if b in body:
            continue
        body.add(b)
        todo.extend(preds.get(b, ()))
    return body


def _forever(term: ir.Branch, inside: int, body: set[int], blocks: tuple[ir.Block, ...], naming: Naming,
             fn: ir.FunctionIR) -> bool:
    """A test that does not change with the loop's own work: a constant, or a stop or run flag."""
    cond = term.cond
    if isinstance(cond, ir.Const):
        return bool(cond.value) == (inside == term.true)
    if not _flag(cond, negated=inside == term.false):
        return False
    # A local flag the loop assigns itself (`while not done: done = poll()`) ends it on its own.
    names = {e.id for e in _walk(cond) if isinstance(e, ir.Name) and e.scope is ir.Scope.LOCAL}
    return not any(isinstance(t, ir.NameT) and t.id in names
                   for b in body for op in blocks[b].ops if isinstance(op, (ir.Assign, ir.AugAssign))
                   for t in (op.targets if isinstance(op, ir.Assign) else (op.target,)))


def _flag(cond: ir.Expr, negated: bool) -> bool:
    """`while not <flag>` (the loop runs while it is False) or `while <run flag>`."""
    match cond:
        case ir.Call(func=ir.Attr(attr=attr)) if attr in _FLAG_METHODS:
            return negated
        case ir.Name() | ir.Attr():
            last = cond.id if isinstance(cond, ir.Name) else cond.attr
            return negated or last.strip("_").lower() in _RUN_FLAGS
        case _:
            return False


def _walk(expr: ir.Expr) -> Iterator[ir.Expr]:
    """An expression and every expression inside it (not into nested functions)."""
    todo: list[object] = [expr]
    while todo:
        node = todo.pop()
        if isinstance(node, (tuple, list)):
            todo.extend(node)
            continue
        if isinstance(node, ir.Arg):
            todo.append(node.value)
            continue
        if isinstance(node, ir.Generator):
            todo.extend((node.iter, *node.ifs))
            continue
        if not hasattr(node, "__dataclass_fields__") or isinstance(node, ir.FuncRef):
            continue
        yield node  # type: ignore[misc]  # a dataclass of the IR: an expression
        for name in node.__dataclass_fields__:
            child = getattr(node, name)
            if isinstance(child, (tuple, list)) or hasattr(child, "__dataclass_fields__"):
                todo.append(child)


def calls_in(block: ir.Block) -> Iterator[ir.Call]:
    """Every call a block's operations and terminator make, as written."""
    for op in block.ops:
        for expr in _walk(op.value):
            if isinstance(expr, ir.Call):
                yield expr
    if isinstance(block.term, (ir.Branch, ir.Return, ir.Raise)):
        test = block.term.cond if isinstance(block.term, ir.Branch) else block.term.value
        if test is not None:
            for expr in _walk(test):
                if isinstance(expr, ir.Call):
                    yield expr


def _sleep(fn: ir.FunctionIR, body: set[int], inside: int, blocks: tuple[ir.Block, ...],
           naming: Naming) -> Sleep | None:
    """The loop's sleep: the one on every pass (straight on from the loop's test), else the shortest."""
    straight = set()
    at: int | None = inside
    while at is not None and at in body and at not in straight:
        straight.add(at)
        term = blocks[at].term
        at = term.target if isinstance(term, ir.Goto) else None
    found: list[tuple[bool, float, Sleep]] = []
    for b in sorted(body):
        for call in calls_in(blocks[b]):
            sleep = _as_sleep(call, fn, naming)
            if sleep is not None:
                rank = sleep.seconds if sleep.seconds is not None else float("inf")
                found.append((b not in straight, rank, sleep))
    return min(found, key=lambda f: (f[0], f[1], f[2].line))[2] if found else None


def _as_sleep(call: ir.Call, fn: ir.FunctionIR, naming: Naming) -> Sleep | None:
    name = naming.name_of(call.func, fn)
    if name in _SLEEPS:
        position, keywords = _SLEEPS[name]
        duration = arg(call, position, *keywords)
    elif isinstance(call.func, ir.Attr) and call.func.attr == "wait" and call.args:
        duration = arg(call, 0, "timeout")  # an event's or a condition's wait, with a timeout
    else:
        return None
    seconds = naming.number(duration, fn) if duration is not None else None
    return Sleep(call.text, call.span.line, seconds if seconds is not None and seconds > 0 else None)


def _ends_only_on_flags(header: int, body: set[int], blocks: tuple[ir.Block, ...], preds: dict[int, set[int]],
                        fn: ir.FunctionIR) -> bool:
    """Every way out of the loop but its own test is under a flag's test or an `except`, and no
    `return` in it hands back a value."""
    for b in body:
        block = blocks[b]
        term = block.term
        leaves = isinstance(term, ir.Return) or (
            b != header and any(s not in body for s in _successors(block) if s != block.handler))
        if not leaves:
            continue
        if isinstance(term, ir.Return) and term.value is not None and not (
                isinstance(term.value, ir.Const) and term.value.value is None) and not _is_temp(term.value):
            return False
        if isinstance(term, ir.Branch) and b != header:
            if term.kind is ir.CondKind.PLAIN and not (_flag(term.cond, True) or _flag(term.cond, False)):
                return False
            continue
        if not _guarded(b, header, body, blocks, preds):
            return False
    return True


def _is_temp(expr: ir.Expr) -> bool:
    return isinstance(expr, ir.Name) and expr.id.startswith("$")


def _guarded(start: int, header: int, body: set[int], blocks: tuple[ir.Block, ...],
             preds: dict[int, set[int]]) -> bool:
    """Whether the way to `start` inside the loop passes a flag's test or an exception's handler."""
    at = start
    seen: set[int] = set()
    while at not in seen:
        seen.add(at)
        inside = [p for p in preds.get(at, ()) if p in body]
        if any(blocks[p].handler == at for p in inside):
            return True  # an `except` (or `finally` after an exception): leaving on an error
        if len(inside) != 1:
            return False
        prev = inside[0]
        term = blocks[prev].term
        if prev == header:
            return False  # straight from the loop's test: it leaves on every pass
        if isinstance(term, ir.Branch):
            return term.kind is ir.CondKind.EXCEPT or _flag(term.cond, True) or _flag(term.cond, False)
        at = prev
    return False
