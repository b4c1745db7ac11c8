"""The rules wakecheck reports, as values: `rules`, `explain`, SARIF's rule list and the README table come from here.

A rule says what it reports (`Reports`, and for reached calls at which `Level`s), how
its message is made (`message`, a `str.format` template), and carries examples that
must fire or must stay clean (tests/test_rules.py runs every one).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from wakecheck.config import DEFAULT_IDLE_UNIT
from wakecheck.errors import UsageError
from wakecheck.model import Level, Severity


class Reports(enum.Enum):
    """What a rule's findings are about."""

    SINK = "sink"  # a container-touching call reached from an alarm loop
    UNRESOLVED = "unresolved"  # a call in an alarm loop's reach whose target is not known
    MISREAD = "misread"  # an activity guard read without a call in a condition (a bound method)
    SUPPRESSION = "suppression"  # a `# wakecheck: ignore` comment


# The configuration every example runs with (a project of one file, `example.py`).
EXAMPLE_CONFIG = """\
[tool.wakecheck]
entry = ["alarm"]
container-factories = ["*.get_container"]
active-guards = ["*.has_active_work"]
rare = { "*.token_expiring" = "only near token expiry" }
"""


@dataclass(frozen=True, slots=True)
class Example:
    """A file the rule must report on each line marked `# expect: CODE`, and nowhere else."""

    source: str
    config: str = EXAMPLE_CONFIG


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    default_on: bool
    summary: str
    explanation: str  # markdown, in ruff's outline: What it does / Why it matters / Example / How to fix / Configuration
    reports: Reports
    # The message, a `str.format` template over `sink` (the call as written), `gates`
    # (what the path is gated on), `why` (the rare reasons), `via` (the call chain),
    # `lost` (how the analysis lost track of a call), `problem` (what is wrong with a
    # suppression) and `unit` (the configured `idle-unit`: "an idle {unit}").
    message: str
    levels: frozenset[Level] = frozenset()  # SINK, UNRESOLVED: the reach levels it reports
    fires: tuple[Example, ...] = ()
    clean: tuple[Example, ...] = ()

    def message_for(self, *, sink: str = "", gates: str = "", why: str = "", via: str = "",
                    lost: str = "", problem: str = "", unit: str = DEFAULT_IDLE_UNIT,
                    resource: str = "the container") -> str:
        return self.message.format(sink=sink, gates=gates, why=why, via=via, lost=lost, problem=problem,
                                   unit=unit, resource=resource)


from wakecheck.rules.guard_not_called import GUARD_NOT_CALLED  # noqa: E402
from wakecheck.rules.idle_wake import IDLE_WAKE, RARE_WAKE  # noqa: E402
from wakecheck.rules.suppression import UNUSED_SUPPRESSION  # noqa: E402
from wakecheck.rules.unresolved import UNRESOLVED_CALL  # noqa: E402

RULES: tuple[Rule, ...] = (IDLE_WAKE, RARE_WAKE, UNRESOLVED_CALL, GUARD_NOT_CALLED, UNUSED_SUPPRESSION)
BY_CODE = {rule.code: rule for rule in RULES}
# The rules whose findings come from the analysis (not from suppression comments).
ANALYSIS_RULES = tuple(rule for rule in RULES if rule.reports is not Reports.SUPPRESSION)


def rule(code: str) -> Rule:
    found = BY_CODE.get(code.upper())
    if found is None:
        import difflib

        close = difflib.get_close_matches(code.upper(), BY_CODE, n=1, cutoff=0.75)
        hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(BY_CODE)}"
        raise UsageError(f"unknown rule code '{code}' ({hint})")
    return found


def reporting(reports: Reports, level: Level) -> Rule | None:
    """The rule that reports a call of this kind reached at this level, if any."""
    for each in RULES:
        if each.reports is reports and level in each.levels:
            return each
    return None


def selected(select: tuple[str, ...] | None, ignore: tuple[str, ...]) -> frozenset[str]:
    """Codes in force: `select` (or every default-on rule) minus `ignore`; unknown codes are errors."""
    for code in (*(select or ()), *ignore):
        rule(code)
    base = {c.upper() for c in select} if select is not None else {r.code for r in RULES if r.default_on}
    return frozenset(base - {c.upper() for c in ignore})


def table() -> str:
    """The README's rule table (markdown)."""
    lines = ["| code | name | default | meaning |", "|---|---|---|---|"]
    for each in RULES:
        default = f"{'on' if each.default_on else 'off'}, {each.severity.value}"
        lines.append(f"| {each.code} | {each.name} | {default} | {each.summary} |")
    return "\n".join(lines) + "\n"
