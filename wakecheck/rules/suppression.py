"""WC100: suppression comments that are unused, unknown or malformed."""

from __future__ import annotations

from wakecheck.model import Severity
from wakecheck.rules import Example, Reports, Rule

_LOOP = """\
def get_container(env):
    return env.container


class Town:
    def alarm(self):
"""

UNUSED_SUPPRESSION = Rule(
    code="WC100",
    name="unused-suppression",
    severity=Severity.WARNING,
    default_on=True,
    summary="suppression comment that silences nothing, or names an unknown rule",
    explanation="""\
## What it does
Reports `# wakecheck: ignore[...]` and `# wakecheck: ignore-file[...]` comments that
no longer silence a finding of a rule that ran, that name a rule code wakecheck does
not have, or that name no rule at all.

## Why it matters
A suppression outlives the code it was written for. Once the wake it excused is gone
(the call was gated, or moved), the stale comment would silently excuse the next
wake that passes through the same line.

## Example
```python
await self.refresh_container_token()  # wakecheck: ignore[WC001] -- refreshed hourly on purpose
```
After `refresh_container_token` starts with `if not self.has_active_work(): return`,
the comment silences nothing and WC100 reports it.

## How to fix
Delete the comment, or correct the rule code. `--ignore-suppressions` shows every
finding as if no comment were there.

## Configuration
On by default; `--ignore WC100` or `ignore = ["WC100"]` turns it off. Suppressions of
rules that did not run are not reported as unused.
""",
    reports=Reports.SUPPRESSION,
    message="{problem}",
    fires=(
        Example(_LOOP + """\
        self.tick()  # wakecheck: ignore[WC001] -- nothing wakes here  # expect: WC100

    def tick(self):
        return 1
"""),
        Example(_LOOP + """\
        get_container(self.env).fetch("/x")  # wakecheck: ignore[WC999] -- a typo  # expect: WC100, WC001
"""),
    ),
    clean=(
        Example(_LOOP + """\
        get_container(self.env).fetch("/x")  # wakecheck: ignore[WC001] -- refreshed hourly on purpose
"""),
    ),
)
