"""How the stub libraries ask the executor's oracle: every answer is a choice point.

The executor sets ``ASK`` in each run; the services never import this module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

ASK: Callable[[str, Sequence[Any]], Any] | None = None


def choose(what: str, options: Sequence[T]) -> T:
    if ASK is None:
        raise RuntimeError("a stub library was asked for data outside an executor run")
    return ASK(what, options)


def flag(what: str) -> bool:
    return choose(what, (False, True))
