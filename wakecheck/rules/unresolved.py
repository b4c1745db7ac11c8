"""WC003: calls in an alarm loop's reach that the analysis could not follow."""

from __future__ import annotations

from wakecheck.model import Severity
from wakecheck.results import Level
from wakecheck.rules import Example, Reports, Rule

UNRESOLVED_CALL = Rule(
    code="WC003",
    name="unresolved-call",
    severity=Severity.INFO,
    default_on=False,
    summary="call in an alarm loop's reach whose target could not be resolved",
    explanation="""\
## What it does
Lists calls on idle-live paths whose target wakecheck could not determine: a name
defined nowhere in the project, a callable held in a parameter or variable whose value
is unknown, or a `self.method()` that no class in the hierarchy defines.

## Why it matters
A call that cannot be followed is a wake that cannot be seen. WC001 is only as
complete as call resolution; this rule shows where it stops.

## Example
```python
async def alarm(self, callback):
    await callback()   # WC003: `callback` is a parameter with no known value
```

## How to fix
Make the target visible (import it, pass a named function), or accept the blind spot.
Method calls on objects from outside the project (`logger.info`, `self.sql.exec`) are
treated as external and not reported.

## Configuration
Select it with `--select WC001,WC003` or `select = ["WC001", "WC003"]`.
""",
    reports=Reports.UNRESOLVED,
    levels=frozenset({Level.LIVE, Level.RARE}),
    message="cannot resolve the target of `{sink}()` in the alarm loop's reach; reached via {via}",
    fires=(
        Example("""\
class Town:
    def alarm(self, callback):
        callback()  # expect: WC003
"""),
    ),
    clean=(
        Example("""\
import logging


class Town:
    def alarm(self):
        self.tick()
        logging.getLogger(__name__).info("ticked")

    def tick(self):
        return 1
"""),
    ),
)
