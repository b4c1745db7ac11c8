"""WC004: an activity guard read without being called, in a condition (a bound method: always true)."""

from __future__ import annotations

from wakecheck.model import Level, Severity
from wakecheck.rules import Example, Reports, Rule

_TOWN = """\
def get_container(env):
    return env.container


class Town:
    def __init__(self, env, work):
        self.env = env
        self.work = work

    def has_active_work(self):
        return bool(self.work)
"""

_CONFIG = """\
[tool.wakecheck]
entry = ["alarm"]
container-factories = ["*.get_container"]
active-guards = ["*.has_active_work"]
"""

GUARD_NOT_CALLED = Rule(
    code="WC004",
    name="guard-not-called",
    severity=Severity.WARNING,
    default_on=True,
    summary="an activity guard tested without being called: a bound method, always true",
    explanation="""\
## What it does
Reports a condition on an alarm loop's path that reads a method matching
`active-guards` without calling it: `if self.has_active_work:` instead of
`if self.has_active_work():`.

## Why it matters
A method read without a call is a bound method object, and every bound method is
true. The guard never runs: `if self.has_active_work:` always passes and
`if not self.has_active_work:` never does, so the idle town goes on as if it had
work. wakecheck treats the read as what Python does with it (always true), not as
the guard, so the wakes behind it are reported as WC001 too.

## Example
```python
async def alarm(self):
    if not self.has_active_work:   # WC004: always false, the early return never happens
        return
    await self.refresh_container_token()   # WC001
```

## How to fix
Call it: `if not self.has_active_work():` (or `await` it when it is a coroutine).
If it is meant to be read as a value, make it a `@property`.

## Configuration
The guard names come from `active-guards` in `[tool.wakecheck]`; ignore the rule
with `--ignore WC004` or `ignore = ["WC004"]`.
""",
    reports=Reports.MISREAD,
    levels=frozenset({Level.LIVE, Level.RARE}),
    message="`{sink}` is read without a call: a bound method, always true, so the guard never runs; "
            "call it (`{sink}()`); reached via {via}",
    fires=(
        Example(_TOWN + """\

    def alarm(self):
        if not self.has_active_work:  # expect: WC004
            return
        get_container(self.env).fetch("/refresh-token")  # expect: WC001
""", _CONFIG),
    ),
    clean=(
        Example(_TOWN + """\

    def alarm(self):
        if not self.has_active_work():
            return
        get_container(self.env).fetch("/refresh-token")
""", _CONFIG),
    ),
)
