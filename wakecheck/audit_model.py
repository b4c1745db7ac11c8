"""The audit's value types: its rows, their sinks, costs and fixes, and the settings it read.

Apart from wakecheck.model because only `audit` (and its renderers) builds them: a
check does not pay for making these classes when it starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from wakecheck._speedups.frozen import all_built_fast
from wakecheck.model import ChainFrame, FileError, Span, Verdict
from wakecheck.resources import DEFAULT_KEY, DEFAULT_NAME


@dataclass(frozen=True, slots=True)
class Setting:
    """A time the audit works with, and where it was read: code (path, line) or configuration."""

    seconds: float
    origin: str  # e.g. 'TownContainerDO.sleep_after = "30m"' or 'sleep-after in pyproject.toml'
    path: str | None = None
    line: int | None = None
    prose: bool = False  # `origin` is a sentence (a built-in default), not a setting's name


@dataclass(frozen=True, slots=True)
class ThrottleNote:
    """A time throttle on a row's path: `interval_s`, and whether it survives eviction."""

    test: str  # the condition as written
    interval_s: float
    memory: str | None  # the in-memory state it is kept in, when it is not a real throttle
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class WakeCost:
    """How often a YES/RARELY row wakes an idle container, and the share of time it keeps it awake."""

    interval_s: float | None
    duty_cycle: float | None
    basis: str  # "throttle" | "alarm period" | "unknown"
    throttles: tuple[ThrottleNote, ...]
    # A named resource's own sleep timeout (the default resource's is the entry's `sleep_after`).
    sleep_after: Setting | None = None
    # With `fleet-size` or a `price-per-hour`: awake hours a month over the fleet, and their price.
    hours_per_month: float | None = None
    cost_per_month: float | None = None
    fleet: int | None = None


@dataclass(frozen=True, slots=True)
class AuditSink:
    """One container-touching call a row reaches, with its verdict and the chain from the entry."""

    sink: str  # the call as written, e.g. "container.fetch"
    wake: str  # what it does: "POST /refresh-token", or the method name
    path: str
    span: Span
    verdict: Verdict
    reason: str
    chain: tuple[ChainFrame, ...]
    gates: tuple[tuple[str, ...], ...]  # per frame: the conditions it passes ("not x" when False)


@dataclass(frozen=True, slots=True)
class Fix:
    """One way to make a YES row a NO: what to do, and where (a function's definition or a call)."""

    kind: str  # "call-site" | "callee" | "lazy"
    text: str  # one or two sentences; `code` in backticks
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One code path: a call in the loop's body that reaches the container, and its verdict."""

    code_path: str  # "refresh_container_token()" or "check_status() → check_agent_container_status()"
    functions: tuple[str, ...]  # qualified names of the callees (the sink itself for a direct sink)
    path: str
    span: Span  # the call in the loop's body
    wakes: tuple[str, ...]
    verdict: Verdict
    reason: str
    cost: WakeCost | None
    sinks: tuple[AuditSink, ...]
    fixes: tuple[Fix, ...]  # YES rows: ways to gate it
    resource: str = ""  # the key of the resource its wakes wake ("" the default one)
    resource_name: str = DEFAULT_NAME
    keepalive: str | None = None  # the reason of a `# wakecheck: keepalive` on its path: woken on purpose


@dataclass(frozen=True, slots=True)
class AuditEntry:
    entry: str
    path: str
    line: int
    body: tuple[ChainFrame, ...]  # wrappers passed through, entry first, ending at the loop's body
    rows: tuple[AuditRow, ...]
    sleep_after: Setting | None
    idle_period: Setting | None
    # The named resources its rows wake: (key, name, sleep timeout), in the order the rows meet them.
    resources: tuple[tuple[str, str, Setting | None], ...] = ()
    # A loop entry's calls outside its loop that reach the container: once per start, not on a tick.
    startup: tuple[AuditRow, ...] = ()
    idiom: str | None = None  # the periodic idiom the entry was recognised by


@dataclass(frozen=True, slots=True)
class Audit:
    entries: tuple[AuditEntry, ...]
    errors: tuple[FileError, ...]
    warnings: tuple[str, ...]
    version: str
    config: str  # where the configuration came from, as shown
    config_digest: str
    idle_model: tuple[tuple[str, str], ...]  # (kind, text) lines describing the idle model
    lost: int = 0  # places on idle paths where the analysis lost track (the unresolved-call rule's)
    lost_code: str = ""  # that rule's code
    unit: str = "tenant"  # the configured idle-unit: "fires on an idle {unit}"
    # Patterns that match nothing (wakecheck.unmatched): said on stderr, never in the document.
    config_warnings: tuple[str, ...] = ()
    # The resources the loops reach, (key, name) in the order met (see wakecheck.audit.woken).
    resources: tuple[tuple[str, str], ...] = ()
    defaults: bool = False  # no configuration was found: the built-in defaults were used

    @property
    def container(self) -> bool:
        """Whether the only resource is the default one, the container: the audit then speaks of containers
        and alarm loops, as it did before there were other resources."""
        return bool(self.resources) and all(key == DEFAULT_KEY for key, _ in self.resources)


all_built_fast(globals(), __name__)
