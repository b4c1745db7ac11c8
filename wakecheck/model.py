"""Frozen value types shared by every stage: findings, file errors, audit rows, reports."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

# Registers the classes below for the speed-ups' faster construction and pickling.
from wakecheck._speedups.frozen import all_built_fast, pickled_by_fields


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class ErrorKind(enum.Enum):
    INPUT = "input"  # the file: it cannot be read, decoded, parsed, or analysed as deep as it nests
    BUG = "bug"  # wakecheck met a bug while analysing the file (an internal error)


class Verdict(enum.Enum):
    YES = "YES"
    NO = "NO"
    RARELY = "RARELY"


class Level(enum.Enum):
    """How a sink is reached on an idle tick."""

    LIVE = "live"  # on every idle tick
    RARE = "rare"  # only when a rare predicate is True
    GHOST = "ghost"  # never: the idle model cuts every path to it off


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Span:
    """A 1-based, end-inclusive-line / end-exclusive-column source range."""

    line: int
    column: int
    end_line: int
    end_column: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ChainFrame:
    """One step of a call chain: the function and the line of the call (or sink) in it."""

    function: str
    path: str
    line: int


@pickled_by_fields
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
    resource: str = ""  # the key of the resource it wakes; "" the default one (the top-level keys)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.span.line, self.span.column, self.rule, self.entry)

    def fingerprint(self) -> str:
        """Identity that survives edits elsewhere: rule, sink call and chain of functions, not lines.

        Used by baselines and by SARIF's partialFingerprints.
        """
        # Lambdas are named by their line (`<lambda:114>`); the line must not count here.
        functions = (re.sub(r"<lambda:\d+>", "<lambda>", frame.function) for frame in self.chain)
        parts = [self.rule, self.path, self.sink or self.message, *functions]
        import hashlib

        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class FileError:
    """A file that could not be read or parsed; line and column are 1-based."""

    path: str
    line: int
    column: int
    message: str
    kind: ErrorKind = ErrorKind.INPUT

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.message)

    @property
    def is_internal(self) -> bool:
        """A bug in wakecheck met while analysing this file, not a problem with the file."""
        return self.kind is ErrorKind.BUG


INTERNAL_ERROR = "internal error"
REPORT_IT = "please report it (set WAKECHECK_TRACEBACK=1 for the traceback)"


def describe_bug(exc: BaseException) -> str:
    """An unexpected exception as one short line: `KeyError: 'x'`.

    An argument that is not a plain value (a syntax node, say) is shown by its type
    alone: its repr may be megabytes long, or too deeply nested to make at all.
    """
    if all(isinstance(arg, (str, int, float, bool, type(None))) for arg in exc.args):
        try:
            text = str(exc)
        except Exception:  # noqa: BLE001 - a message that cannot be made must not hide the bug
            text = ""
    else:
        text = ", ".join(f"<{type(arg).__name__}>" for arg in exc.args)
    lines = text.strip().splitlines()
    first = lines[0].strip() if lines else ""
    if len(first) > 200 or len(lines) > 1:
        first = first[:200] + " …"
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def internal_error(path: str, line: int, column: int, what: str, exc: BaseException) -> FileError:
    """A bug met while analysing `what` (a file, an entry), as that file's error line: the run goes on."""
    return FileError(path, max(line, 1), max(column, 1),
                     f"{INTERNAL_ERROR} while analysing {what}: {describe_bug(exc)} — {REPORT_IT}", ErrorKind.BUG)


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """A finding known to a baseline file, by its fingerprint (see wakecheck.baseline)."""

    fingerprint: str
    rule: str
    path: str
    sink: str
    entry: str


@dataclass(frozen=True, slots=True)
class Report:
    """Everything `wakecheck check` says, sorted once at construction by the engine."""

    findings: tuple[Finding, ...]
    errors: tuple[FileError, ...]
    warnings: tuple[str, ...] = ()
    # Patterns that match nothing, nothing to find: on stderr only (wakecheck.unmatched).
    config_warnings: tuple[str, ...] = ()
    suppressed: int = 0  # findings silenced by `# wakecheck: ignore[...]`
    baselined: int = 0  # findings known to the baseline
    stale: tuple[BaselineEntry, ...] = ()  # baseline entries no finding matches any more (fixed)
    parsed: int = 0  # files parsed in this run
    cached: int = 0  # files whose lowered form came from the cache
    units: int = 0  # a large check's units of files (wakecheck.units)
    units_reused: int = 0  # units whose findings came from the cache
    # Places on idle paths where the analysis lost track (the unresolved-call rule's
    # findings), counted when that rule is not selected: a clean report says it is partial.
    lost: int = 0
    lost_code: str = ""  # the rule that lists them


# Every value above is built often (findings, spans, chains): with the speed-ups, without object.__setattr__.
all_built_fast(globals(), __name__)

# The audit's value types are in wakecheck.audit_model: a check never builds them.
