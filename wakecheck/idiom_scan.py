"""Whether a file's text may hold a periodic idiom: tell-tale words first, then (loops only) Python's own parser.

This runs on every file of a run whose entries include the recognised idioms, before
anything is parsed with LibCST, so it must stay cheap: a file without the words is read
and searched, never parsed. The words are necessary, not sufficient: a file that has
them is recognised for real on its lowered form (wakecheck.analysis.periodic).

A loop that sleeps needs more than words (`while True:` and `time.sleep(` are in many
files that only retry or wait for something): the block under the `while` must hold a
sleep or a wait, and then the stock `ast` parser (several times faster than LibCST)
confirms the shape: a forever loop in a function that is not a generator, with a sleep
or wait in its body and no way out of it but a condition, a `break` or a bare `return`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

# Each needle is a substring the text of a file registering (or defining) an idiom must
# hold, or such a word and a regex to confirm it with; see docs/periodic-entries.md for
# which idiom needs which. Needles are searched one at a time: one regex of many
# alternatives is several times slower on a tree with none.
_NEEDLES: tuple[bytes | tuple[bytes, re.Pattern[bytes]], ...] = (
    # beat_schedule = {…}, schedule=modal.Period(…), def scheduled(
    (b"schedule", re.compile(rb"schedule(?:[ \t]*=|d\()")),
    b"BEAT_SCHEDULE",                           # CELERY_BEAT_SCHEDULE, CELERYBEAT_SCHEDULE in settings
    (b"eriodic", re.compile(rb"eriodic(?:_task|Callback)")),  # (add_/db_)periodic_task, tornado's PeriodicCallback
    (b"_job", re.compile(rb"\b(?:add_job|scheduled_job|cron_jobs)\b")),  # APScheduler, arq
    b"every(",                                  # schedule.every(…), @repeat(every(…)), @repeat_every(…)
    b"discord",                                 # discord.ext.tasks.loop
    b"kopf.",                                   # kopf timers and daemons
    b"homeassistant",                           # async_track_time_interval, DataUpdateCoordinator
)
# A `while` at a line's start (`_loop_heads`) whose test starts with a constant, a `not`, or a
# flag (a name, an attribute, a call without nested parentheses) that the test ends at or
# joins with `and` / `or`.
_LOOP_HEAD = re.compile(rb"([ \t]*)while[ \t(]+(?:True\b|1\b|not\b|[\w.]+(?:\([^()\n]*\))?[ \t)]*(?::|and\b|or\b))")
_SLEEPISH = re.compile(rb"\b(?:sleep|wait_for)\(|\.wait\([ \t]*[^)\s]")
_NEXT_LINE = re.compile(rb"\n(?=[ \t]*[^ \t\r\n#])")  # the start of the next line that holds code

# What a loop's sleep or wait is called, for the `ast` check (the lowered form resolves
# the names through imports; this only has to let every real one through).
_SLEEP_NAMES = frozenset({"sleep", "wait_for"})
_WAIT_NAMES = frozenset({"wait"})


def may_hold_idiom(data: bytes) -> bool:
    """Whether this file's text may hold a periodic idiom (bytes of a file without a coding cookie)."""
    for needle in _NEEDLES:
        if isinstance(needle, bytes):
            if needle in data:
                return True
        # A short word, then (rarely reached) the words it stands for.
        elif needle[0] in data and needle[1].search(data) is not None:
            return True
    return may_hold_sleep_loop(data)


def may_hold_sleep_loop(data: bytes) -> bool:
    """A `while` whose block holds a sleep or a wait, confirmed by `ast` (see the module's docstring)."""
    if b"while" not in data or (b"sleep(" not in data and b"wait_for(" not in data and b".wait(" not in data):
        return False
    lines = [data.count(b"\n", 0, head.start()) + 1 for head in _loop_heads(data) if _sleeps_in_block(data, head)]
    if not lines:
        return False
    try:
        tree = ast.parse(data)
    except (SyntaxError, ValueError):
        return True  # only the real parser can say what is wrong: it reports it
    except (RecursionError, MemoryError):
        return False  # nested deeper than any parser here follows: as today, it is not parsed
    # Only the functions around those loops are looked into: walking every function's
    # nodes costs more than the parse.
    return any(_has_sleep_loop(fn) for fn in _functions(tree.body)
               if any(fn.lineno <= line <= (fn.end_lineno or fn.lineno) for line in lines))


def _functions(body: list[ast.stmt]) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Every function defined in these statements, nested ones too: statements only are walked
    (a function is defined by a statement; `lambda` holds no `while`)."""
    todo = list(body)
    while todo:
        stmt = todo.pop()
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield stmt
        for name in ("body", "orelse", "finalbody"):
            todo.extend(getattr(stmt, name, ()))
        for handler in getattr(stmt, "handlers", ()):
            todo.extend(handler.body)
        for case in getattr(stmt, "cases", ()):
            todo.extend(case.body)


def _loop_heads(data: bytes) -> Iterator[re.Match[bytes]]:
    """`_LOOP_HEAD` on each line holding `while`, found by a plain search (the regex alone tries
    every line's start, which is slow on a large file)."""
    line_start = -1
    at = data.find(b"while")
    while at >= 0:
        start = data.rfind(b"\n", 0, at) + 1
        if start != line_start:
            line_start = start
            head = _LOOP_HEAD.match(data, start)
            if head is not None:
                yield head
        at = data.find(b"while", at + 5)


def _sleeps_in_block(data: bytes, head: re.Match[bytes]) -> bool:
    indent = len(head.group(1))
    start, end = head.end(), len(data)
    for line in _NEXT_LINE.finditer(data, start):
        at = line.end()
        code = at
        while data[code:code + 1] in (b" ", b"\t"):
            code += 1
        if code - at <= indent:
            end = line.start()
            break
    return _SLEEPISH.search(data, start, end) is not None


def _has_sleep_loop(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    own = _own_nodes(fn.body)
    if any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in own):
        return False  # a generator's loop runs as its consumer asks, not by itself
    return any(isinstance(n, ast.While) and _forever(n) and _sleeps(n) and _ends_only_on_flags(n.body)
               for n in own)


def _own_nodes(body: list[ast.stmt]) -> list[ast.AST]:
    """Every node of these statements, not descending into nested functions, classes or lambdas."""
    out: list[ast.AST] = []
    todo: list[ast.AST] = list(body)
    while todo:
        node = todo.pop()
        out.append(node)
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                todo.append(child)
    return out


def flag(test: ast.expr) -> bool:
    """A stop or run flag: `stopping`, `self._closed`, `ev.is_set()`, `stop.wait(5)`, `not` of one, or a constant."""
    match test:
        case ast.Constant():
            return True
        case ast.Name() | ast.Attribute():
            return True
        case ast.UnaryOp(op=ast.Not()):
            return flag(test.operand)
        case ast.BoolOp():
            return all(flag(v) for v in test.values)
        case ast.Call(func=ast.Attribute(attr=attr)):
            return attr in ("is_set", "wait", "is_closing", "is_closed")
        case _:
            return False


def _forever(loop: ast.While) -> bool:
    """`while True:`, `while not stopping:`: a test that does not change with the loop's own work."""
    test = loop.test
    if isinstance(test, ast.Constant):
        return bool(test.value)
    if not flag(test):
        return False
    # A flag the loop sets itself (`while not done: done = poll()`) ends the loop on its own.
    names = {n.id for n in ast.walk(test) if isinstance(n, ast.Name)}
    return not any(isinstance(t, ast.Name) and t.id in names
                   for n in _own_nodes(loop.body) if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign))
                   for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))


def _sleeps(loop: ast.While) -> bool:
    for node in [loop.test, *_own_nodes(loop.body)]:
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                node.func.id if isinstance(node.func, ast.Name) else ""
            if name in _SLEEP_NAMES or (name in _WAIT_NAMES and (node.args or node.keywords)):
                return True
    return False


def _ends_only_on_flags(body: list[ast.stmt], guarded: bool = False) -> bool:
    """Whether every `break` and `return` of this loop body is under a flag's test or an `except`,
    and no `return` hands back a value (a loop that returns a result polls until it has one)."""
    for stmt in body:
        match stmt:
            case ast.Break():
                if not guarded:
                    return False
            case ast.Return():
                if not guarded or (stmt.value is not None and not (
                        isinstance(stmt.value, ast.Constant) and stmt.value.value is None)):
                    return False
            case ast.If():
                inner = guarded or flag(stmt.test)
                if not (_ends_only_on_flags(stmt.body, inner) and _ends_only_on_flags(stmt.orelse, inner)):
                    return False
            case ast.Try():
                if not (_ends_only_on_flags(stmt.body, guarded) and _ends_only_on_flags(stmt.orelse, guarded)
                        and _ends_only_on_flags(stmt.finalbody, guarded)
                        and all(_ends_only_on_flags(h.body, True) for h in stmt.handlers)):
                    return False
            case ast.With() | ast.AsyncWith():
                if not _ends_only_on_flags(stmt.body, guarded):
                    return False
            case ast.Match():
                if not all(_ends_only_on_flags(case.body, guarded) for case in stmt.cases):
                    return False
            case _:
                continue  # a nested loop's `break` is its own; other statements do not leave
    return True


def imports_any(data: bytes, modules: tuple[str, ...]) -> bool:
    """Whether this file's text may import one of `modules` (top-level names): a plain search
    for each name first, then an `import` or `from` on the line before it."""
    for module in modules:
        name = module.encode("ascii")
        if name in data and re.search(rb"(?m)^[ \t]*(?:from[ \t]+|import[ \t]+(?:[^\n#]*[ \t,])?)"
                                      + re.escape(name) + rb"\b", data) is not None:
            return True
    return False
