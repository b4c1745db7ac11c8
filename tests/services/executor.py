"""Runs one service under the idle model and records every container wake.

    python -m tests.services.executor SERVICE_DIR MODE OUT.json [--max-runs N]

Run from the repository root, in a process of its own (``compare.py`` starts one
per service and mode): it imports and executes the service, which wakecheck
never does. ``sys.path`` becomes the service directory, ``_stubs`` (the fake
third-party libraries) and the interpreter's own library directories.

MODE is ``idle`` (rare predicates are False) or ``idle+rare`` (each call of a
rare predicate is a choice point). Every module of the service is imported,
then the functions its ``[tool.wakecheck]`` idle model names are replaced
(see ``install``), then ``driver.run(host)`` builds the service with its own
start-up code and runs two ticks of each entry. Every sequence of choices
(rows a query returns, flags, HTTP statuses, settings, rare predicates, what
a container call answers) is explored depth first, each run in a forked
child so that no state leaks from one run into the next.

A wake is a call of a handle method other than the quiet methods, or of a
configured sink, made during a tick: its path (relative to the service), the
caller's line, the method or sink name, the entry whose tick made it, and the
stacks of service frames (outermost first) that reached it. Stacks follow
asyncio tasks back to the frame that created them, and work run in a worker thread
(``ThreadPoolExecutor.submit``, under ``loop.run_in_executor`` and ``asyncio.to_thread``
too) back to the frame that submitted it.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import fnmatch
import gc
import importlib
import inspect
import json
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType, FrameType, ModuleType, TracebackType
from typing import Any

from tests.groundtruth.harness import ExplorationError, IdleModel, Oracle, explore

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the services need 3.11 frames (co_qualname) anyway
    import tomli as tomllib

MODES = ("idle", "idle+rare")
MAX_RUNS = 5000
TICKS = 2
STUBS = Path(__file__).resolve().parent / "_stubs"
DRIVER = "driver.py"
# Exceptions that point at a mistake in a service or a stub, not at a modelled failure.
BUG_TYPES = (AttributeError, NameError, TypeError, AssertionError, ZeroDivisionError,
             IndexError, KeyError, RecursionError, ImportError, StopIteration, RuntimeError)

Frame = tuple[str, int, str]  # path relative to the service, line, function qualname
Stack = tuple[Frame, ...]


# -- the idle model -------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceModel:
    """A service's idle model, as the ground-truth harness reads it, with its entries and factories."""

    idle: IdleModel
    entry: tuple[str, ...]
    factories: tuple[str, ...]

    @classmethod
    def read(cls, service: Path) -> ServiceModel:
        with open(service / "pyproject.toml", "rb") as f:
            table = tomllib.load(f)["tool"]["wakecheck"]
        entry = tuple(table.get("entry", ("alarm",)))
        return cls(IdleModel.read(service), entry, tuple(table.get("container-factories", ())))

    def roles(self) -> dict[str, tuple[str, ...]]:
        return {"container-factories": self.factories, "sinks": self.idle.sinks,
                "active-guards": self.idle.active_guards, "empty-on-idle": self.idle.empty_on_idle,
                "rare": self.idle.rare}


def matches(pattern: str, dotted: str) -> bool:
    """SPEC.md's patterns: fnmatch over the dotted name; without a dot, the last component;
    a leading ``*.`` may also match nothing (``*.a.f`` matches ``a.f``), as in wakecheck."""
    if "." not in pattern:
        return fnmatch.fnmatchcase(dotted.rpartition(".")[2], pattern)
    if fnmatch.fnmatchcase(dotted, pattern):
        return True
    return pattern.startswith("*.") and fnmatch.fnmatchcase(dotted, pattern[2:])


# -- the values the idle model puts in place ---------------------------------------------


class Empty:
    """An empty-on-idle collection or count: empty as a list, a dict, a set and zero."""

    def __bool__(self) -> bool:
        return False

    def __len__(self) -> int:
        return 0

    def __iter__(self) -> Iterator[Any]:
        return iter(())

    def __aiter__(self) -> Empty:
        return self

    async def __anext__(self) -> Any:
        raise StopAsyncIteration

    def __contains__(self, item: object) -> bool:
        return False

    def __getitem__(self, key: object) -> Any:
        raise IndexError(f"empty-on-idle collection has no item {key!r}")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Empty):
            return True
        if isinstance(other, (list, tuple, dict, set, frozenset, str)):
            return not other
        return isinstance(other, (int, float)) and not isinstance(other, bool) and other == 0

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return 0

    def __lt__(self, other: Any) -> bool:
        return 0 < other

    def __le__(self, other: Any) -> bool:
        return 0 <= other

    def __gt__(self, other: Any) -> bool:
        return 0 > other

    def __ge__(self, other: Any) -> bool:
        return 0 >= other

    def __int__(self) -> int:
        return 0

    __index__ = __int__

    def __float__(self) -> float:
        return 0.0

    def __add__(self, other: Any) -> Any:
        return other if isinstance(other, (list, tuple, int, float)) else NotImplemented

    __radd__ = __add__

    def keys(self) -> Empty:
        return self

    values = items = copy = keys

    def get(self, key: object, default: Any = None) -> Any:
        return default

    def __repr__(self) -> str:
        return "Empty()"


class Payload(dict):  # type: ignore[type-arg]
    """A decoded body: a dict that can also be awaited (``await resp.json()``)."""

    def __await__(self) -> Iterator[Any]:
        return self
        yield  # pragma: no cover - makes this a generator


class Reply:
    """What a container call answers: usable awaited or not; its status is a choice point."""

    def __init__(self, what: str) -> None:
        self._what = what
        self._ok: bool | None = None

    def __await__(self) -> Iterator[Any]:
        return self
        yield  # pragma: no cover - makes this a generator

    @property
    def ok(self) -> bool:
        if self._ok is None:
            self._ok = _current().choose(f"{self._what} ok", (True, False))
        return self._ok

    @property
    def status(self) -> int:
        return 200 if self.ok else 503

    def json(self) -> Payload:
        return Payload()

    def text(self) -> Payload:
        return Payload()


class Handle:
    """What a container factory returns: calling any method but the quiet ones is a wake."""

    def __init__(self, factory: str) -> None:
        self._factory = factory

    def __getattr__(self, name: str) -> Callable[..., Reply]:
        if name.startswith("_"):
            raise AttributeError(name)

        def method(*args: object, **kwargs: object) -> Reply:
            run = _current()
            if name not in run.model.idle.quiet_methods:
                run.record(sys._getframe(1), name)
            return Reply(f"{self._factory}().{name}")

        method.__name__ = method.__qualname__ = name
        return method

    def __repr__(self) -> str:
        return f"<handle from {self._factory}>"


async def _returning(value: Any) -> Any:
    return value


# -- one run ----------------------------------------------------------------------------------


@dataclass
class TickError:
    entry: str
    tick: int | str
    type: str
    message: str
    where: str
    bug: bool

    def key(self) -> tuple[Any, ...]:
        return (self.entry, self.tick, self.type, self.message, self.where, self.bug)


class Run:
    """One execution of the driver: answers choices, records wakes and errors."""

    def __init__(self, service: Service, oracle: Oracle) -> None:
        self.service = service
        self.model = service.model
        self.oracle = oracle
        self.problem: str | None = None  # an error of the exploration itself
        self.entry: str | None = None  # the entry whose tick is running
        self.tick = 0
        self.wakes: dict[tuple[str, int, str, str], set[Stack]] = {}
        self.startup_wakes: set[tuple[str, int, str]] = set()
        self.errors: list[TickError] = []
        self.ticked: list[str] = []
        self.task_stacks: dict[asyncio.Task[Any], Stack] = {}
        self.thread = threading.get_ident()  # the thread that runs the loop
        self.loop = asyncio.new_event_loop()
        self.loop.set_task_factory(self._make_task)
        asyncio.set_event_loop(self.loop)

    def choose(self, what: str, options: Sequence[Any]) -> Any:
        """The oracle's answer; a replay error is kept even if the service swallows it."""
        try:
            return self.oracle.choose(what, options)
        except ExplorationError as err:
            self.fail(str(err))
            raise

    def fail(self, problem: str) -> None:
        self.problem = self.problem or problem

    # stacks

    def stack(self, frame: FrameType | None) -> Stack:
        """The service frames from ``frame`` outwards, outermost first, after those of the
        frames that created the running asyncio task or, in a worker thread, after the
        stack that submitted the work it runs (see ``_submit``)."""
        frames: list[Frame] = []
        while frame is not None:
            where = self.service.relpath(frame.f_code.co_filename)
            if where is not None:
                frames.append((where, frame.f_lineno, frame.f_code.co_qualname))
            frame = frame.f_back
        frames.reverse()
        handed = getattr(_HANDED, "stack", None)
        if handed is not None:
            return handed + tuple(frames)
        if threading.get_ident() != self.thread:
            return tuple(frames)  # asyncio.current_task(loop) would be the loop thread's task
        task = asyncio.current_task(self.loop)
        return self.task_stacks.get(task, ()) + tuple(frames) if task is not None else tuple(frames)

    def _make_task(self, loop: asyncio.AbstractEventLoop, coro: Any, **kwargs: Any) -> asyncio.Task[Any]:
        """A task whose stack starts where its coroutine was created (``asyncio.gather`` of
        coroutines made in a comprehension runs them from the comprehension's call)."""
        origin = getattr(coro, "cr_origin", None)
        if origin:
            task = asyncio.current_task(self.loop)
            outer = self.task_stacks.get(task, ()) if task is not None else ()
            parent = outer + self.service.origin_frames(origin)
        else:
            parent = self.stack(sys._getframe(1))
        task = asyncio.Task(coro, loop=loop, **kwargs)
        self.task_stacks[task] = parent
        return task

    # recording

    def record(self, frame: FrameType, call: str) -> None:
        stack = self.stack(frame)
        if not stack:
            problem = f"wake {call!r} from outside the service: {frame.f_code.co_filename}"
            self.fail(problem)
            raise ExplorationError(problem)
        path, line, _ = stack[-1]
        if self.entry is None:
            self.startup_wakes.add((path, line, call))
        else:
            self.wakes.setdefault((path, line, call, self.entry), set()).add(stack)

    def error(self, exc: BaseException, logged: bool = False) -> None:
        where = ""
        tb: TracebackType | None = exc.__traceback__
        while tb is not None:
            rel = self.service.relpath(tb.tb_frame.f_code.co_filename)
            if rel is not None:
                where = f"{rel}:{tb.tb_lineno}"
            tb = tb.tb_next
        bug = isinstance(exc, BUG_TYPES) and not self.service.owns(type(exc))
        if logged and not bug:
            return  # a modelled failure the service logged: its own business
        self.errors.append(TickError(self.entry or "start-up", self.tick or "start-up",
                                     type(exc).__name__, str(exc)[:200], where, bug))

    # running code

    def call(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call ``func``; run the coroutine it returns, then every task left running."""
        try:
            result = func(*args, **kwargs)
            if inspect.isawaitable(result):
                result = self.loop.run_until_complete(_awaiting(result))
            return result
        finally:
            while pending := [t for t in asyncio.all_tasks(self.loop) if not t.done()]:
                done = self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                for outcome in done:
                    if isinstance(outcome, Exception):
                        self.error(outcome)

    def result(self) -> dict[str, Any]:
        return {
            "trace": self.oracle.trace,
            "problem": self.problem,
            "wakes": [[list(key), [list(map(list, s)) for s in stacks]] for key, stacks in self.wakes.items()],
            "startup_wakes": sorted(map(list, self.startup_wakes)),
            "errors": [vars(e) for e in self.errors],
            "ticked": self.ticked,
        }


async def _awaiting(awaitable: Any) -> Any:
    return await awaitable


class Host:
    """What ``driver.run(host)`` gets: run start-up code, then the ticks of the entries."""

    TICKS = TICKS

    def __init__(self, run: Run) -> None:
        self._run = run

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self._run.loop

    def start(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call start-up code (sync or async) and return what it returns."""
        return self._run.call(func, *args, **kwargs)

    def ticks(self, *entries: Callable[[], Any]) -> None:
        """Two ticks of each entry: tick 1 of each in order, then tick 2 of each."""
        run = self._run
        for tick in range(1, TICKS + 1):
            for entry in entries:
                name = qualified_name(entry)
                if not any(matches(p, name) for p in run.model.entry):
                    run.fail(f"{name} is ticked but matches no `entry` pattern")
                    return
                run.entry, run.tick = name, tick
                run.ticked.append(name)
                try:
                    run.call(entry)
                except Exception as exc:  # a framework would log it and tick again later
                    run.error(exc)
                finally:
                    run.entry, run.tick = None, 0


def qualified_name(func: Callable[..., Any]) -> str:
    func = getattr(func, "__func__", func)
    return f"{func.__module__}.{func.__qualname__}"


class _LoggedErrors(logging.Handler):
    """Exceptions a service logs (``log.exception``) and swallows: a bug type is reported."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.run: Run | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.run is not None and record.exc_info and record.exc_info[1] is not None:
            self.run.error(record.exc_info[1], logged=True)


_RUN: Run | None = None


def _current() -> Run:
    if _RUN is None:
        raise ExplorationError("a replaced function was called outside a run")
    return _RUN


# -- work handed to a worker thread -------------------------------------------------------------

_SUBMIT = concurrent.futures.ThreadPoolExecutor.submit
_HANDED = threading.local()  # .stack: the stack that submitted the work this thread runs


def _submit(self: concurrent.futures.ThreadPoolExecutor, fn: Callable[..., Any], /,
            *args: Any, **kwargs: Any) -> concurrent.futures.Future[Any]:
    """``ThreadPoolExecutor.submit``, which ``loop.run_in_executor`` (default executor
    included) and ``asyncio.to_thread`` call too: the work runs after the submitting
    frame's stack, taken now in the submitting thread (or task), so a wake it makes has
    that stack's frames first, as a task's has its creator's."""
    if _RUN is None:
        return _SUBMIT(self, fn, *args, **kwargs)
    return _SUBMIT(self, _handed_over, _RUN.stack(sys._getframe(1)), fn, *args, **kwargs)


def _handed_over(stack: Stack, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    outer = getattr(_HANDED, "stack", None)  # the worker thread is reused: restore after
    _HANDED.stack = stack
    try:
        return fn(*args, **kwargs)
    finally:
        _HANDED.stack = outer


# -- loading the service and installing the idle model -------------------------------------------


class Service:
    """A service directory: its modules, imported once, and its idle model."""

    def __init__(self, root: Path, rare_mode: bool) -> None:
        self.root = root.resolve()
        self.rare_mode = rare_mode
        self.model = ServiceModel.read(self.root)
        self._relpaths: dict[str, str | None] = {}
        self._functions: dict[tuple[str, str], set[int]] | None = None
        self.modules = self._import_all()

    def origin_frames(self, origin: Sequence[tuple[str, int, str]]) -> Stack:
        """A coroutine's ``cr_origin`` as service frames, outermost first."""
        frames = []
        for filename, line, name in reversed(origin):
            path = self.relpath(filename)
            if path is not None:
                frames.append((path, line, self._qualname(path, line, name)))
        return tuple(frames)

    def _qualname(self, path: str, line: int, name: str) -> str:
        if self._functions is None:
            self._functions = function_lines(self.root)
        for (where, qualname), lines in self._functions.items():
            if where == path and qualname.rpartition(".")[2] == name and line in lines:
                return qualname
        return name

    def relpath(self, filename: str) -> str | None:
        """The path of a service file (driver.py excluded) relative to the root, else None."""
        if filename not in self._relpaths:
            path = Path(filename).resolve()
            rel = path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else None
            self._relpaths[filename] = None if rel == DRIVER else rel
        return self._relpaths[filename]

    def owns(self, cls: type) -> bool:
        """Whether an exception class is the service's own or a stub library's."""
        return any(c.__module__ in self.modules or _is_stub(c.__module__) for c in cls.__mro__)

    def _import_all(self) -> dict[str, ModuleType]:
        names = []
        for path in sorted(self.root.rglob("*.py")):
            rel = path.relative_to(self.root)
            if rel.as_posix() == DRIVER or any(p.startswith(".") or p == "__pycache__" for p in rel.parts):
                continue
            parts = list(rel.with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            names.append(".".join(parts))
        modules = {name: importlib.import_module(name) for name in names}
        for name, module in modules.items():
            if not Path(module.__file__ or "").resolve().is_relative_to(self.root):
                raise ExplorationError(f"module {name} is {module.__file__}, not the service's: rename it")
        return modules

    def classes(self) -> Iterator[type]:
        """Every class defined in a service module, nested ones too, once each."""
        seen: set[int] = set()
        todo = [v for m in self.modules.values() for v in vars(m).values() if inspect.isclass(v)]
        while todo:
            cls = todo.pop()
            if id(cls) in seen or cls.__module__ not in self.modules:
                continue
            seen.add(id(cls))
            yield cls
            todo += [v for v in vars(cls).values() if inspect.isclass(v)]


def function_lines(root: Path) -> dict[tuple[str, str], set[int]]:
    """(path, function qualname) -> the lines of that function's own code (not nested ones')."""
    found: dict[tuple[str, str], set[int]] = {}

    def walk(path: str, code: CodeType) -> None:
        found.setdefault((path, code.co_qualname), set()).update(
            line for _, _, line in code.co_lines() if line is not None)
        for const in code.co_consts:
            if isinstance(const, CodeType):
                walk(path, const)

    for file in sorted(root.rglob("*.py")):
        rel = file.relative_to(root).as_posix()
        walk(rel, compile(file.read_text(encoding="utf-8"), rel, "exec", dont_inherit=True))
    return found


def _is_stub(module: str) -> bool:
    mod = sys.modules.get(module)
    return mod is not None and Path(getattr(mod, "__file__", "") or "").resolve().is_relative_to(STUBS)


def _make(func: Callable[..., Any], value: Callable[[], Any]) -> Callable[..., Any]:
    """A replacement for ``func`` returning ``value()`` (through a coroutine if ``func`` is async)."""
    if inspect.iscoroutinefunction(func):

        def replacement(*args: Any, **kwargs: Any) -> Any:
            return _returning(value())

    else:

        def replacement(*args: Any, **kwargs: Any) -> Any:
            return value()

    replacement.__name__, replacement.__qualname__ = func.__name__, func.__qualname__
    replacement.__module__ = func.__module__
    return replacement


def _sink(func: Callable[..., Any]) -> Callable[..., Any]:
    name = func.__name__
    awaited = inspect.iscoroutinefunction(func)

    def replacement(*args: Any, **kwargs: Any) -> Any:
        _current().record(sys._getframe(1), name)
        reply = Reply(name)
        return _returning(reply) if awaited else reply

    replacement.__name__, replacement.__qualname__ = func.__name__, func.__qualname__
    replacement.__module__ = func.__module__
    return replacement


def _rare(name: str) -> Callable[[], bool]:
    def value() -> bool:
        run = _current()
        return run.choose(f"rare {name}", (False, True)) if run.service.rare_mode else False

    return value


class _Forced:
    """A data descriptor for an instance field named by the idle model: reads give its
    idle value whatever was stored."""

    def __init__(self, value: Callable[[], Any]) -> None:
        self._value = value

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        return self._value()

    def __set__(self, obj: object, value: object) -> None:
        pass

    def __delete__(self, obj: object) -> None:
        pass


def _unwrap(value: Any) -> tuple[Callable[..., Any] | None, Callable[[Callable[..., Any]], Any]]:
    """The function inside a class-dict value and how to wrap a replacement the same way."""
    if isinstance(value, staticmethod):
        return value.__func__, staticmethod
    if isinstance(value, classmethod):
        return value.__func__, classmethod
    if isinstance(value, property):
        return value.fget, lambda f: property(f, value.fset, value.fdel)
    if hasattr(value, "func") and type(value).__name__ == "cached_property":
        return value.func, property
    if callable(value) and not inspect.isclass(value) and hasattr(value, "__qualname__"):
        return value, lambda f: f
    return None, lambda f: f


class Installer:
    """Replaces what the idle model names, wherever the service has bound it."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.used: dict[str, set[str]] = {role: set() for role in service.model.roles()}
        # id(original) -> (original, replacement): holding the original keeps its id unique
        self.replaced: dict[int, tuple[Any, Any]] = {}

    def role(self, names: set[str]) -> tuple[str, str] | None:
        """The (role, pattern) naming any of ``names``; an error when several roles do."""
        found = [(role, p) for role, patterns in self.service.model.roles().items()
                 for p in patterns if any(matches(p, n) for n in names)]
        if len({role for role, _ in found}) > 1:
            raise ExplorationError(f"{sorted(names)} has several roles: {found}")
        for role, pattern in found:
            self.used[role].add(pattern)
        return found[0] if found else None

    def replacement(self, func: Callable[..., Any], role: str) -> Callable[..., Any]:
        name = f"{func.__module__}.{func.__qualname__}"
        returns = inspect.get_annotations(func).get("return", "bool")
        if role in ("active-guards", "rare") and returns not in ("bool", bool):
            # Its callers may read more than truth from it (`if key is None`): replaced by a
            # bool it would take paths the real function never takes.
            raise ExplorationError(f"{name} is in `{role}` but returns {returns}, not bool")
        if role == "container-factories":
            return _make(func, lambda: Handle(func.__name__))
        if role == "sinks":
            return _sink(func)
        return _make(func, self.value(role, name))

    @staticmethod
    def value(role: str, name: str) -> Callable[[], Any]:
        if role == "active-guards":
            return lambda: False
        if role == "empty-on-idle":
            return Empty
        if role == "rare":
            return _rare(name)
        raise ExplorationError(f"{name}: a {role} pattern names a value, not a function")

    def install(self) -> dict[str, list[str]]:
        for owner, key, prefix in self._slots():
            value = vars(owner)[key]
            func, wrap = _unwrap(value)
            binding = f"{prefix}.{key}"
            if func is not None and getattr(func, "__module__", None) in self.service.modules:
                names = {binding, f"{func.__module__}.{func.__qualname__}"}
                found = self.role(names)
                if found is not None:
                    if id(func) not in self.replaced:
                        self.replaced[id(func)] = (func, self.replacement(func, found[0]))
                    setattr(owner, key, wrap(self.replaced[id(func)][1]))
            elif func is None and not inspect.ismodule(value) and not inspect.isclass(value):
                found = self.role({binding})
                if found is not None:
                    made = self.value(found[0], binding)
                    if inspect.isclass(owner):
                        setattr(owner, key, _Forced(made))
                    elif found[0] == "rare":
                        raise ExplorationError(f"{binding}: a module value cannot be a choice at each read")
                    else:
                        setattr(owner, key, made())
        self._fields()
        self._rebind()
        return {role: sorted(set(patterns) - self.used[role])
                for role, patterns in self.service.model.roles().items() if set(patterns) - self.used[role]}

    def _slots(self) -> Iterator[tuple[Any, str, str]]:
        """(owner, key, dotted prefix) for every module global and class attribute."""
        for name, module in self.service.modules.items():
            for key in list(vars(module)):
                yield module, key, name
        for cls in self.service.classes():
            for key in list(vars(cls)):
                if not key.startswith("__"):
                    yield cls, key, f"{cls.__module__}.{cls.__qualname__}"

    def _fields(self) -> None:
        """Annotated instance fields (dataclass, attrs, plain) named by a value pattern."""
        for cls in self.service.classes():
            for key in vars(cls).get("__annotations__", {}):
                if isinstance(vars(cls).get(key), _Forced):
                    continue
                found = self.role({f"{cls.__module__}.{cls.__qualname__}.{key}"})
                if found is not None:
                    setattr(cls, key, _Forced(self.value(found[0], key)))

    def _rebind(self) -> None:
        """Originals bound elsewhere: in containers, defaults and class bodies."""
        swap = {key: new for key, (_, new) in self.replaced.items()}

        def fix(value: Any) -> Any:
            if id(value) in swap:
                return swap[id(value)]
            if isinstance(value, list):
                value[:] = [swap.get(id(v), v) for v in value]
            elif isinstance(value, dict):
                for k, v in list(value.items()):
                    value[k] = swap.get(id(v), v)
            elif isinstance(value, set):
                items = [swap.get(id(v), v) for v in value]
                value.clear()
                value.update(items)
            elif isinstance(value, tuple) and any(id(v) in swap for v in value):
                return type(value)(*(swap.get(id(v), v) for v in value)) if hasattr(value, "_fields") \
                    else tuple(swap.get(id(v), v) for v in value)
            return value

        owners: list[Any] = [*self.service.modules.values(), *self.service.classes()]
        for owner in owners:
            for key, value in list(vars(owner).items()):
                new = value if key.startswith("__") and key.endswith("__") else fix(value)
                if new is not value:
                    setattr(owner, key, new)
                func = getattr(new, "__func__", new)
                if inspect.isfunction(func) and func.__defaults__:
                    func.__defaults__ = tuple(swap.get(id(d), d) for d in func.__defaults__)


# -- exploring every choice sequence --------------------------------------------------------------


def _run_child(service: Service, driver: ModuleType, oracle: Oracle, errors: _LoggedErrors) -> dict[str, Any]:
    global _RUN
    import choicepoint  # noqa: PLC0415 - a stub module, on sys.path once the service is set up

    run = Run(service, oracle)
    _RUN = errors.run = run
    choicepoint.ASK = run.choose
    concurrent.futures.ThreadPoolExecutor.submit = _submit  # type: ignore[assignment]  # in the forked child only
    try:
        driver.run(Host(run))
    except ExplorationError:
        raise
    except Exception as exc:  # start-up failed: there is nothing to tick
        run.error(exc)
    return run.result()


def _fork(child: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run ``child`` in a forked process and return the JSON it produces."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        try:
            out = json.dumps(child())
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
            out = json.dumps({"crash": "".join(traceback.format_exception(exc))})
        with os.fdopen(write_fd, "w") as f:
            f.write(out)
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        text = f.read()
    os.waitpid(pid, 0)
    return json.loads(text)


@dataclass
class Exploration:
    runs: int = 0
    exhaustive: bool = False
    wakes: dict[tuple[str, int, str, str], set[Stack]] = field(default_factory=dict)
    startup_wakes: set[tuple[str, int, str]] = field(default_factory=set)
    errors: dict[tuple[Any, ...], list[Any]] = field(default_factory=dict)
    ticked: set[str] = field(default_factory=set)
    fatal: str | None = None

    def merge(self, result: Mapping[str, Any]) -> None:
        for key, stacks in result["wakes"]:
            found = self.wakes.setdefault(tuple(key), set())  # type: ignore[arg-type]
            found.update(tuple(tuple(f) for f in s) for s in stacks)  # type: ignore[misc]
        self.startup_wakes.update(tuple(w) for w in result["startup_wakes"])  # type: ignore[misc]
        for err in result["errors"]:
            error = TickError(**err)
            self.errors.setdefault(error.key(), [error, 0])[1] += 1
        self.ticked.update(result["ticked"])
        counts = {name: result["ticked"].count(name) for name in result["ticked"]}
        if any(n != TICKS for n in counts.values()):
            raise ExplorationError(f"entries not ticked {TICKS} times each: {counts}")

    def to_json(self) -> dict[str, Any]:
        return {
            "runs": self.runs,
            "exhaustive": self.exhaustive,
            "fatal": self.fatal,
            "entries": sorted(self.ticked),
            "wakes": [{"path": p, "line": line, "call": call, "entry": entry,
                       "stacks": sorted([list(map(list, s)) for s in stacks])}
                      for (p, line, call, entry), stacks in sorted(self.wakes.items())],
            "startup_wakes": sorted(map(list, self.startup_wakes)),
            "errors": [{**vars(e), "runs": n} for e, n in self.errors.values()],
        }


def explore_service(root: Path, mode: str, max_runs: int = MAX_RUNS) -> dict[str, Any]:
    """Every choice sequence of the service's driver, in ``mode``; the JSON the executor writes."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    sys.path[:] = [str(root.resolve()), str(STUBS), *_library_paths()]
    sys.dont_write_bytecode = True
    logged = _LoggedErrors()
    logging.getLogger().addHandler(logged)
    logging.getLogger().setLevel(logging.INFO)
    found = Exploration()
    out: dict[str, Any] = {"service": root.name, "mode": mode}
    try:
        service = Service(root, rare_mode=mode == "idle+rare")
        out["unmatched"] = Installer(service).install()
        driver = importlib.import_module("driver")
    except Exception as exc:  # noqa: BLE001 - a service that does not load is a result too
        found.fatal = "".join(traceback.format_exception(exc))
        return {**out, **found.to_json()}
    sys.set_coroutine_origin_tracking_depth(64)  # where each coroutine was made: see Run._make_task
    gc.freeze()  # forked children share the parent's pages

    def run_once(oracle: Oracle) -> None:
        result = _fork(lambda: _run_child(service, driver, oracle, logged))
        if "crash" in result:
            raise ExplorationError(result["crash"])
        if result["problem"]:
            raise ExplorationError(f"{result['problem']} (choices {result['trace']})")
        oracle.trace[:] = [tuple(t) for t in result["trace"]]
        found.runs += 1
        found.merge(result)

    try:
        explore(run_once, max_runs)
        found.exhaustive = True
    except ExplorationError as err:
        if found.runs < max_runs:
            found.fatal = str(err)
    return {**out, **found.to_json()}


def _library_paths() -> list[str]:
    """The interpreter's own directories on sys.path: the standard library and site-packages."""
    prefixes = tuple({sys.prefix, sys.base_prefix, sys.exec_prefix})
    return [p for p in sys.path if p and p.startswith(prefixes)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("service", type=Path)
    parser.add_argument("mode", choices=MODES)
    parser.add_argument("out", type=Path)
    parser.add_argument("--max-runs", type=int, default=MAX_RUNS)
    args = parser.parse_args(argv)
    result = explore_service(args.service, args.mode, args.max_runs)
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
