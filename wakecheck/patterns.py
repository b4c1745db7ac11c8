"""Glob matching over dotted qualified names, compiled once per configured pattern list."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from wakecheck.errors import ConfigError

_GLOB_CHARS = frozenset("*?[")

# A compiled pattern: whether it looks at the last name component only, and a
# predicate over the string it looks at (truthy on a match). Both are bound
# methods, not closures, so a PatternSet pickles for worker processes.
_Compiled = tuple[bool, Callable[[str], object]]


def compile_pattern(p: str, key: str) -> str:
    """Return `p` if it is a usable pattern for config key `key`, else raise ConfigError.

    Rejected: empty or blank patterns, whitespace anywhere (qualified names
    never hold it, so it is always a typo), empty dotted components
    (`pkg..f`, `.f`, `f.`) and a `[` with no closing `]` (fnmatch would
    silently treat it as a literal, so the pattern could never match).
    """
    if not p.strip():
        raise ConfigError(f"'{key}' has an empty pattern", key=key)
    if any(ch.isspace() for ch in p):
        raise ConfigError(f"'{key}' pattern {p!r} contains whitespace", key=key)
    if "" in p.split("."):
        raise ConfigError(f"'{key}' pattern {p!r} has an empty dotted component", key=key)
    if _has_unclosed_bracket(p):
        raise ConfigError(f"'{key}' pattern {p!r} has an unbalanced '['", key=key)
    return p


def _has_unclosed_bracket(p: str) -> bool:
    # Mirrors fnmatch.translate's scan: after '[' an optional '!' and a
    # leading ']' belong to the set, then the set must close with ']'.
    i, n = 0, len(p)
    while i < n:
        if p[i] == "[":
            j = i + 1
            if j < n and p[j] == "!":
                j += 1
            if j < n and p[j] == "]":
                j += 1
            close = p.find("]", j)
            if close < 0:
                return True
            i = close
        i += 1
    return False


def _compile(p: str) -> _Compiled:
    """Build the predicate for one pattern; literal patterns skip the regex engine."""
    last_only = "." not in p
    if not _GLOB_CHARS.intersection(p):
        return last_only, p.__eq__
    if p.startswith("*."):
        # `*.f` also matches a bare `f`, the way gitignore's `**/f` matches a
        # top-level `f`: an unresolved call is known only by its own name.
        regex = re.compile(f"{fnmatch.translate(p)}|{fnmatch.translate(p[2:])}")
    else:
        regex = re.compile(fnmatch.translate(p))
    return last_only, regex.match


def _first_match(compiled: tuple[_Compiled, ...], names: Iterable[str]) -> int | None:
    """Index of the first compiled pattern that matches any of `names`, or None."""
    # Each name is split once; patterns are then tried in configured order.
    pairs = [(name, name.rpartition(".")[2]) for name in names]
    if not pairs:
        return None
    for index, (last_only, predicate) in enumerate(compiled):
        for full, last in pairs:
            if predicate(last if last_only else full):
                return index
    return None


def _all_matches(compiled: tuple[_Compiled, ...], names: Iterable[str]) -> list[int]:
    """Indexes of every compiled pattern that matches any of `names`."""
    pairs = [(name, name.rpartition(".")[2]) for name in names]
    return [index for index, (last_only, predicate) in enumerate(compiled)
            if any(predicate(last if last_only else full) for full, last in pairs)]


@dataclass(frozen=True, slots=True)
class PatternSet:
    """Ordered globs over qualified names; a pattern without a dot matches the last component.

    Patterns are not validated here (use `compile_pattern`); an invalid one
    simply matches according to `fnmatch` rules.
    """

    patterns: tuple[str, ...]
    _compiled: tuple[_Compiled, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_compiled", tuple(_compile(p) for p in self.patterns))

    def match(self, names: Iterable[str]) -> str | None:
        """The first pattern, in configured order, that matches any of `names`."""
        index = _first_match(self._compiled, names)
        return None if index is None else self.patterns[index]

    def matching(self, names: Iterable[str]) -> list[str]:
        """Every pattern that matches any of `names` (not only the first)."""
        return [self.patterns[index] for index in _all_matches(self._compiled, names)]


@dataclass(frozen=True, slots=True)
class PatternMap:
    """Ordered (pattern, reason) pairs, matched like a PatternSet."""

    items: tuple[tuple[str, str], ...]
    _compiled: tuple[_Compiled, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_compiled", tuple(_compile(p) for p, _ in self.items))

    def match(self, names: Iterable[str]) -> tuple[str, str] | None:
        """The first (pattern, reason), in configured order, whose pattern matches any of `names`."""
        index = _first_match(self._compiled, names)
        return None if index is None else self.items[index]

    def matching(self, names: Iterable[str]) -> list[str]:
        """Every pattern that matches any of `names` (not only the first)."""
        return [self.items[index][0] for index in _all_matches(self._compiled, names)]
