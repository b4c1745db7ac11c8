"""WC001 and WC002: container-touching calls that an idle town's alarm loop still makes."""

from __future__ import annotations

from wakecheck.model import Level, Severity
from wakecheck.rules import Example, Reports, Rule

# A container factory, and a class whose alarm loop calls what the examples need.
_TOWN = """\
def get_container(env):
    return env.container


def has_active_work(town):
    return bool(town.work)


def token_expiring(town):
    return town.expires_soon


class Town:
    def __init__(self, env, work, rigs):
        self.env = env
        self.work = work
        self.rigs = rigs

"""

IDLE_WAKE = Rule(
    code="WC001",
    name="idle-wake",
    severity=Severity.ERROR,
    default_on=True,
    summary="container-touching call reachable from an alarm loop on an idle town",
    explanation="""\
## What it does
Follows every path from an alarm-loop entry (`entry`), across functions and modules,
under the idle model: `active-guards` are False, `empty-on-idle` collections are empty,
`rare` predicates are False. It reports each container-touching call (a method call on
a handle from a `container-factories` call, or a call of a configured `sinks` callable)
that some such path still reaches.

## Why it matters
A scale-to-zero container sleeps after `sleep_after` without requests. Any call that
reaches it wakes it and restarts that timer. A call made on every idle tick — or every
hour, behind a throttle — keeps an idle fleet awake and billed: an hourly refresh with
a 30-minute `sleep_after` keeps every idle container awake half the time.

## Example
```python
async def alarm(self):
    if self.has_rigs:                      # not an activity guard
        await self.refresh_container_token()

async def refresh_container_token(self):
    container = get_town_container_stub(self.env, self.town_id)
    await container.fetch("http://container/refresh-token", method="POST")  # WC001
```

## How to fix
Gate the path on activity: at the call site (`if self.has_active_work():`), at the top
of the callee (`if not self.has_active_work(): return`), or drop the call from the
alarm loop and do the work lazily when active work starts.

## Configuration
`entry`, `container-factories`, `sinks`, `active-guards`, `empty-on-idle`, `rare`,
`quiet-methods` in `[tool.wakecheck]`.
""",
    reports=Reports.SINK,
    levels=frozenset({Level.LIVE}),
    message="`{sink}` wakes {resource} on an idle {unit} ({gates}); reached via {via}",
    fires=(
        Example(_TOWN + """\
    def alarm(self):
        if self.rigs:  # not an activity guard
            get_container(self.env).fetch("/refresh-token")  # expect: WC001
"""),
        Example(_TOWN + """\
    def alarm(self):
        self.refresh()

    def refresh(self):
        get_container(self.env).set_env_var("TOKEN", "x")  # expect: WC001
"""),
    ),
    clean=(
        Example(_TOWN + """\
    def alarm(self):
        if has_active_work(self):
            get_container(self.env).fetch("/work")
"""),
        Example(_TOWN + """\
    def alarm(self):
        if not has_active_work(self):
            return
        self.refresh()

    def refresh(self):
        get_container(self.env).fetch("/refresh-token")
"""),
    ),
)

RARE_WAKE = Rule(
    code="WC002",
    name="rare-idle-wake",
    severity=Severity.WARNING,
    default_on=False,
    summary="container-touching call reachable on an idle town only under a rare condition",
    explanation="""\
## What it does
Reports container-touching calls that an idle town's alarm loop reaches only when a
configured `rare` predicate is True (for example a token within days of expiry).

## Why it matters
Such a call wakes an idle container now and then rather than every tick. That is
usually acceptable, but it is worth knowing about, and it becomes a WC001 if the rare
predicate stops being rare.

## Example
```python
if is_kilocode_token_expiring(payload, now):   # rare = { "*.is_kilocode_token_expiring" = "only near token expiry" }
    await self.sync_config_to_container()      # WC002
```

## How to fix
Nothing, if the rarity is real. Otherwise gate the call on activity.

## Configuration
`rare` in `[tool.wakecheck]`; select the rule with `--select WC001,WC002` or `select`.
""",
    reports=Reports.SINK,
    levels=frozenset({Level.RARE}),
    message="`{sink}` wakes {resource} on an idle {unit} now and then ({why}); reached via {via}",
    fires=(
        Example(_TOWN + """\
    def alarm(self):
        if token_expiring(self):
            get_container(self.env).fetch("/refresh-token")  # expect: WC002
"""),
    ),
    clean=(
        Example(_TOWN + """\
    def alarm(self):
        if has_active_work(self) and token_expiring(self):
            get_container(self.env).fetch("/refresh-token")
"""),
    ),
)
