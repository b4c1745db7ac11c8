"""Frozen value types shared by every stage: findings, file errors, audit rows, reports."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Verdict(enum.Enum):
    YES = "YES"
    NO = "NO"
    RARELY = "RARELY"


@dataclass(frozen=True, slots=True)
class Span:
    """A 1-based, end-inclusive-line / end-exclusive-column source range."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class ChainFrame:
    """One step of a call chain: the function and the line of the call (or sink) in it."""

    function: str
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    path: str
    span: Span
    message: str
    entry: str
    sink: str
    chain: tuple[ChainFrame, ...]

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.span.line, self.span.column, self.rule, self.entry)


@dataclass(frozen=True, slots=True)
class FileError:
    """A file that could not be read or parsed; line and column are 1-based."""

    path: str
    line: int
    column: int
    message: str

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.message)


@dataclass(frozen=True, slots=True)
class Report:
    """Everything `wakecheck check` says, sorted once at construction by the engine."""

    findings: tuple[Finding, ...]
    errors: tuple[FileError, ...]
    warnings: tuple[str, ...] = ()
