"""What the cache keeps of a check's findings: a whole check's, and a unit's with stamps of what it read."""

from __future__ import annotations

from dataclasses import dataclass

from wakecheck.analysis.reads import Asked
from wakecheck.model import FileError, Finding
from wakecheck.parts import Stamp


@dataclass(frozen=True, slots=True)
class StoredRun:
    """A whole check's findings, rule by rule, for the next check of the very same inputs."""

    by_code: dict[str, list[Finding]]
    errors: tuple[FileError, ...]
    warnings: tuple[str, ...]
    files: int  # the files the check parsed or read from the cache
    config_warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredUnit:
    """A unit's findings, with everything they depend on (see units.StoredUnits)."""

    read: tuple[Stamp, ...]
    by_code: dict[str, list[Finding]]
    errors: tuple[FileError, ...]
    matched: int
    asked: Asked
    met: frozenset[tuple[str, str]] = frozenset()  # the configured patterns its analysis met (analysis.met)
