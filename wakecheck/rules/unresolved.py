"""WC003: calls in an alarm loop's reach that the analysis could not follow."""

from __future__ import annotations

from wakecheck.model import Level, Severity
from wakecheck.rules import Example, Reports, Rule

UNRESOLVED_CALL = Rule(
    code="WC003",
    name="unresolved-call",
    severity=Severity.INFO,
    default_on=False,
    summary="call in an alarm loop's reach whose target could not be resolved",
    explanation="""\
## What it does
Lists the places on idle-live paths where wakecheck lost track, each saying how:

- a call whose target is not known: a name defined nowhere in the project, a callable
  held in a variable or parameter with no known value, a `self.method()` that no class
  in the hierarchy defines;
- a call of a value the analysis could not see into: an attribute no code it sees
  assigns, the result of `getattr` with a computed name, of `exec`/`eval`, of a module
  imported by a computed name, of a recursive call, a value stored by more code (or
  with more callers) than the analysis follows;
- a library call nothing models that receives a container handle;
- `exec`, `eval` and friends, which run code the analysis cannot see.

## Why it matters
A call that cannot be followed is a wake that cannot be seen. wakecheck promises that
every container call an execution of the loop reaches on an idle tick is a WC001 (a
WC002 under a rare condition), or that a WC003 is on the path that reaches it. The rule
is off by default; when a check lost track anywhere on an idle path it says so in one
line on stderr, with the count, so a clean report is never a blind one.

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
    message="lost track of `{sink}()` in a periodic loop's reach: {lost}; reached via {via}",
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
