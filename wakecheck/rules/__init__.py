"""The rules wakecheck reports, as values: `wakecheck rules`, `explain` and the README table come from here."""

from __future__ import annotations

from dataclasses import dataclass

from wakecheck.errors import UsageError
from wakecheck.model import Severity


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    default_on: bool
    summary: str
    explanation: str


from wakecheck.rules.idle_wake import IDLE_WAKE, RARE_WAKE  # noqa: E402
from wakecheck.rules.suppression import UNUSED_SUPPRESSION  # noqa: E402
from wakecheck.rules.unresolved import UNRESOLVED_CALL  # noqa: E402

RULES: tuple[Rule, ...] = (IDLE_WAKE, RARE_WAKE, UNRESOLVED_CALL, UNUSED_SUPPRESSION)
BY_CODE = {rule.code: rule for rule in RULES}


def rule(code: str) -> Rule:
    found = BY_CODE.get(code.upper())
    if found is None:
        known = ", ".join(BY_CODE)
        raise UsageError(f"unknown rule code '{code}' (known: {known})")
    return found


def selected(select: tuple[str, ...] | None, ignore: tuple[str, ...]) -> frozenset[str]:
    """Codes in force: `select` (or every default-on rule) minus `ignore`; unknown codes are errors."""
    for code in (*(select or ()), *ignore):
        rule(code)
    base = {c.upper() for c in select} if select is not None else {r.code for r in RULES if r.default_on}
    return frozenset(base - {c.upper() for c in ignore})
