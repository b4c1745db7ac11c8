"""The platform a generated program runs against: every unknown is a choice point.

Generated programs import this module; wakecheck never sees it (it is outside
the analysed project), so to wakecheck each call here is an unknown external
call. The executor (``executor.py``) sets ``RUN`` before each run of an alarm.
"""

from __future__ import annotations

import sys
from typing import Any


class Boom(Exception):
    """What a failing platform call raises."""


class Done:
    """What a container call returns: an awaitable that completes at once."""

    def __await__(self) -> Any:
        return iter(())


RUN: Any = None  # the executor's Run: oracle, mode, recorder


def flag(name: str) -> bool:
    return RUN.choose(name, (False, True))


def items(name: str) -> list[str]:
    return ["x"] * RUN.choose(name, (0, 1, 2))


def pick(name: str, n: int) -> int:
    return RUN.choose(name, tuple(range(n)))


def guard(name: str) -> bool:
    return False  # an active guard on an idle town


def rows(name: str) -> list[str]:
    return []  # an empty-on-idle collection on an idle town


def rare(name: str) -> bool:
    return RUN.choose(name, (False, True)) if RUN.rare else False


def log(name: str) -> None:
    pass


def opaque(value: Any) -> Any:
    """A library call that gives back what it is given: the analysis cannot see that."""
    return value


class ctx:  # noqa: N801 - used as `with wkenv.ctx(...)`, like a library's context manager
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> ctx:
        return self

    def __exit__(self, *exc: object) -> bool:
        return False


def record_sink(label: str) -> Done:
    """A configured sink callable was called: the wake is at its caller's line."""
    RUN.record(sys._getframe(2), label)
    return Done()


class Container:
    """A container handle: every method but the quiet ones wakes it."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)

        def method(*args: object) -> Done:
            if name in RUN.quiet:
                return Done()
            label = str(args[0]) if args else name
            RUN.record(sys._getframe(1), label)
            if label in RUN.fail_labels and RUN.choose(f"fail {label}", (False, True)):
                raise Boom(label)
            return Done()

        return method


def get_container(env: object) -> Container:
    return Container()
