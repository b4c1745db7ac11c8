"""Realistic services (tests/services), executed under the idle model, against wakecheck.

Each service is run by tests/services/executor.py over every choice sequence; its
container wakes are the ground truth. ``test_service`` holds wakecheck to it: every
executed idle wake is a WC001, every wake only a rare predicate allows is a WC002,
nothing else is reported, and every audit verdict is the executed one. The other
tests check the suite itself: the executions are exhaustive and free of service
bugs, and each service's configuration is well formed and its names its own.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from tests.services.compare import Outcome, discover, evaluate, recorded_truth, run_executor
from tests.services.executor import Empty

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

SERVICES = discover()
IDS = [s.name for s in SERVICES]
MIN_SERVICES = 14
# SPEC.md's first [tool.wakecheck] block: the keys a service may use.
KEYS = frozenset({"entry", "container-factories", "sinks", "active-guards", "empty-on-idle", "rare",
                  "quiet-methods", "sleep-after", "idle-interval", "select", "exclude"})
NAMED = ("entry", "container-factories", "sinks", "active-guards", "empty-on-idle", "rare")


@pytest.fixture(scope="session")
def outcomes(request: pytest.FixtureRequest) -> dict[str, Outcome]:
    """Every service any selected test needs, evaluated once, several subprocesses at a time."""
    wanted = {item.callspec.params["service"].name for item in request.session.items
              if hasattr(item, "callspec") and "service" in item.callspec.params}
    return evaluate([s for s in SERVICES if s.name in wanted])


# Services whose ground truth shows a gap wakecheck has today, each with what it is. Each must
# still differ (strict): a fix makes its test fail until the entry goes.
KNOWN_GAPS = {
    "bell_tower": "an observer's `update(kind)` called for a rare event only by a command an invoker runs fills a "
                  "set later ticks read as filled (a WC001 where a WC002 is due)",
    "quill_scriptorium": "an `__exit__` entered by `ExitStack.enter_context` is attributed to that line, not to the "
                         "`with` closing the stack (a wrong verdict, a missing row)",
    "bakery_ovens": "a `gather(..., return_exceptions=True)` result may be an exception where only a rare path "
                    "raises (a WC001 where a WC002 is due)",
    "kennel_quarantine": "a scheduler's due test over `(time, job)` pairs does not tell which jobs are due on an "
                         "idle tick (false WC001s)",
    "saddlery_orders": "a `@staticmethod` called through an instance under two stacked decorators loses the empty "
                       "collection it is handed (a false WC001)",
    "tidewater_ferries": "a beat schedule parsed by a classmethod at start-up keeps its task names as unknowns, so "
                         "`import_module` and `getattr` lose the tasks (wakes behind WC003s)",
    "printshop_presses": "a handler subscribed to an in-process event bus runs as if the bus could call it at any "
                         "time, so the queue it fills holds work on an idle tick (false WC001s)",
    "stables_farrier": "an instance of a project `dict` subclass is not known as a dict, so it may hold entries "
                       "nothing stored (a false WC001)",
    "signal_box": "a method the tick calls only through getattr over a table of strings also runs as a "
                  "writer with no caller known, so the flag it sets counts on an idle tick (a false WC001)",
    "saltmarsh_weirs": "a value sent with send() is not forwarded through `yield from` to the delegate's yield, "
                       "so its `is None` test goes either way (a false WC001)",
    "gristmill_hoppers": "a table of (predicate, action) pairs does not tie each action to its own predicate (false "
                         "WC001s, one of them a wake execution says is WC002)",
    "ropewalk_cordage": "`anext(gen, None)` after the last yield the idle tick reaches still yields an item "
                        "(a false WC001)",
    "ferrylight_tolls": "a config dict kept on an object the framework passes (`app.state.config`) is not known, so "
                        "`.get(absent_key, False)` may be true (a false WC001)",
    "lighthouse_lamps": "what two keepers of different classes store under one attribute is read by each keeper's "
                        "entry as either's (its strategy, its class attribute): two wrong verdicts",
    "tannery_vats": "a registry keyed by f-strings (`f\"{fn.__module__}.{fn.__name__}\"`) hands back every task for "
                    "any name, so a task never scheduled and one behind a rare gate are idle wakes (false WC001s)",
    "granary_silos": "a listener registry keyed by (class, event name) does not tie each listener to its key, so "
                     "every listener runs for every flushed object (false WC001s, two of them wakes execution "
                     "says are WC002, behind a WC003); change tracking kept through `object.__setattr__` and read "
                     "through `__dict__` is lost (a WC003 and a wrong verdict)",
    "kiln_dryers": "a `singledispatch` call over items of several types runs each chosen handler with every "
                   "item type, and a schedule entry disabled by a dataclass field parsed at start-up still runs "
                   "(false WC001s, one a wake execution says is WC002)",
    "barge_haulage_depot": "a middleware chain of closures built by `functools.reduce` does not tie each closure "
                           "to its own handler, so a handler behind the short-circuiting gate runs from the "
                           "outermost one (a false WC001)",
    "physic_garden_beds": "the units of work one `@contextmanager` makes are one object to the analysis, so what "
                          "a later session adds makes an earlier one look filled (false WC001s)",
    "smokehouse_racks": "a sentinel a shutdown method puts on the job queue, which no tick calls, is taken as "
                        "queued on an idle tick (a false WC001)",
    "cooperative_creamery": "an enum flag read through a settings object a constructor is handed "
                            "(`Opt.ARCHIVE in settings.options`) is not known, so a stage it disables runs "
                            "(a false WC001)",
    "pipe_organ_tuning": "a property setter that calls the container only when the value changes is taken to "
                         "see a change on an idle tick, where the tick sets the value `__init__` stored (a WC001 "
                         "where a WC002 is due)",
    "planetarium_shows": "`asyncio.wait_for(event.wait(), timeout=0)` returns normally though the event is set "
                         "only under the active guard (a false WC001)",
    "silk_reeling_mill": "an exception raised only on a rare tick and swallowed by a project `__exit__` is "
                         "taken as raised on any tick, so what `__exit__` and the code after the block do is "
                         "reported as WC001 where WC002 is due",
    "antiquarian_bookshop": "command handlers collected by `inspect.getmembers` and marked by an attribute a "
                            "decorator sets on the function are not followed (wakes behind a WC003)",
    "drydock_pumps": "an empty set kept on `self` that nothing in the project fills in place (it is only "
                     "reassigned) is taken as filled from outside, so a loop over it runs on an idle tick (a "
                     "WC001 where a WC002 is due)",
    "regulator_clock_room": "what a `weakref.WeakValueDictionary` holds is not known, so an `isinstance` test "
                            "on it goes either way (a false WC001)",
    "soapworks_kettles": "a cursor another object keeps on its own attribute, filled only from what is empty on "
                         "an idle tick, is taken as possibly holding rows (false WC001s)",
    "clocktower_winders": "a listener registered on a project event emitter at start-up runs as if the emitter "
                          "could call it at any time, so the set it fills only for items of an empty collection "
                          "is taken as filled (a false WC001)",
    "herbal_distillery": "a string made by an f-string from an unknown number is taken as possibly None, so a "
                         "branch on `batch is None` runs (a false WC001)",
    "weir_gauges": "a signal receiver connected for one sender (`sender=FloodReading`, matched by `id()`) is "
                   "run for every sender (a false WC001)",
}


@pytest.mark.parametrize("service", SERVICES, ids=IDS)
def test_service(service: Path, outcomes: dict[str, Outcome]) -> None:
    outcome = outcomes[service.name]
    gap = KNOWN_GAPS.get(service.name)
    if gap is not None:
        if outcome.ok:
            pytest.fail(f"{service.name} is now right: take it out of KNOWN_GAPS ({gap})", pytrace=False)
        pytest.xfail(gap)
    if not outcome.ok:
        pytest.fail("\n".join([f"{service.name}: wakecheck differs from the executed ground truth",
                               *outcome.details()]), pytrace=False)


@pytest.mark.parametrize("service", SERVICES, ids=IDS)
def test_ground_truth_is_sound(service: Path, outcomes: dict[str, Outcome]) -> None:
    """Exhaustive in both modes, no service or stub bug, every idle-model pattern used."""
    problems = outcomes[service.name].truth_problems
    assert not problems, "\n".join(problems)


def _config(service: Path) -> dict[str, object]:
    return tomllib.loads((service / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["wakecheck"]


@pytest.mark.parametrize("service", SERVICES, ids=IDS)
def test_service_is_well_formed(service: Path) -> None:
    config = _config(service)
    assert set(config) <= KEYS, f"keys outside SPEC's first block: {sorted(set(config) - KEYS)}"
    assert config.get("exclude") == ["driver.py"]
    for path in sorted(service.rglob("*.py")):
        rel = path.relative_to(service).as_posix()
        assert not path.name.startswith("test_"), f"{rel} looks like a pytest module"
        ast.parse(path.read_text(encoding="utf-8"), rel, feature_version=(3, 10))
        if path.name != "driver.py" and rel.count("/") == 0:
            pytest.fail(f"{rel}: service code belongs in a package, not at the top of the service")


def test_names_are_each_services_own() -> None:
    """No pattern (entry, factory, sink, guard, collection, predicate) appears in two services."""
    seen: dict[str, str] = {}
    clashes = []
    for service in SERVICES:
        config = _config(service)
        for key in NAMED:
            for pattern in config.get(key, ()):
                # An entry is named by its class and method (many are `alarm`), the rest by their own name.
                name = str(pattern).removeprefix("*.") if key == "entry" else str(pattern).rpartition(".")[2]
                if name in seen and seen[name] != service.name:
                    clashes.append(f"{name}: {seen[name]} and {service.name}")
                seen.setdefault(name, service.name)
    assert not clashes, clashes


def test_every_service_has_a_record_of_its_execution() -> None:
    """The suite reads what executing each service recorded (CI executes them all again with
    `--verify`); a service whose record is missing or stale is executed here, more slowly."""
    stale = [s.name for s in SERVICES if recorded_truth(s) is None]
    assert not stale, f"record them: python -m tests.services --record {' '.join(stale)}"


def test_there_are_enough_services() -> None:
    assert len(SERVICES) >= MIN_SERVICES, [s.name for s in SERVICES]


# The executor itself: what it replaces, and the values it puts in place.

_MINI = {
    "pyproject.toml": """\
[tool.wakecheck]
entry = ["*.Loop.tick"]
container-factories = ["*.Pool.open_box"]
sinks = ["*.Loop.push"]
active-guards = ["*.busy", "*.Flags.prop_busy", "*.Flags.static_busy", "*.Flags.class_busy", "*.state.ACTIVE"]
empty-on-idle = { "*.Tenant.open_jobs" = "no jobs", "*.state.QUEUE" = "empty" }
rare = { "*.rarely" = "rare" }
exclude = ["driver.py"]
""",
    "driver.py": "from pkg.loop import Loop\n\n\ndef run(host):\n    host.ticks(Loop().tick)\n",
    "pkg/__init__.py": "",
    "pkg/state.py": "ACTIVE = True\nQUEUE = [1, 2]\n",
    "pkg/guards.py": """\
def busy() -> bool:
    return True


def rarely() -> bool:
    return True


class Flags:
    @property
    def prop_busy(self) -> bool:
        return True

    @staticmethod
    def static_busy() -> bool:
        return True

    @classmethod
    def class_busy(cls) -> bool:
        return True
""",
    "pkg/loop.py": """\
from dataclasses import dataclass, field

from . import state
from .guards import Flags, busy, rarely

CHECKS = [busy]


@dataclass
class Tenant:
    open_jobs: list = field(default_factory=lambda: [1])


class Pool:
    @classmethod
    def open_box(cls):
        raise RuntimeError("the real factory never runs")


class Loop:
    def __init__(self, check=busy):
        self.check = check
        self.box = Pool.open_box()
        self.tenant = Tenant()

    def push(self, what):
        raise RuntimeError("the real sink never runs")

    def tick(self):
        flags = Flags()
        self.box.fetch("/always")
        if busy() or self.check() or CHECKS[0]():
            self.box.fetch("/busy")
        if flags.prop_busy or flags.static_busy() or Flags.class_busy():
            self.box.fetch("/flags")
        if state.ACTIVE:
            self.box.fetch("/state")
        for job in self.tenant.open_jobs:
            self.box.fetch("/job")
        for item in state.QUEUE:
            self.box.fetch("/queue")
        if rarely():
            self.push("x")
""",
}


def test_executor_replaces_every_binding(tmp_path: Path) -> None:
    """Guards as functions (imported, in a list, as a default), properties, static and class
    methods and module values; empty-on-idle fields and globals; a classmethod factory and a
    method sink: only the ungated call wakes on idle, and the sink only with rare predicates."""
    service = tmp_path / "mini"
    for rel, text in _MINI.items():
        (service / rel).parent.mkdir(parents=True, exist_ok=True)
        (service / rel).write_text(text, encoding="utf-8")
    woken = {}
    for mode in ("idle", "idle+rare"):
        result = run_executor(service, mode, tmp_path)
        assert not result["fatal"] and result["exhaustive"] and not result["unmatched"], result
        woken[mode] = {(w["line"], w["call"]) for w in result["wakes"]}
    assert woken == {"idle": {(31, "fetch")}, "idle+rare": {(31, "fetch"), (43, "push")}}


def test_empty_is_empty_as_every_collection_and_zero() -> None:
    empty = Empty()
    assert not empty and len(empty) == 0 and list(empty) == [] and 1 not in empty
    assert empty == 0 and empty == [] and empty == {} and empty != 1 and empty != [1]
    assert empty < 1 and empty >= 0 and not empty > 0 and sum(empty) == 0
    assert list(empty.items()) == [] and empty.get("k", 5) == 5 and empty + 2 == 2


def test_executor_follows_work_handed_to_a_thread(tmp_path: Path) -> None:
    """A wake made by work run in a worker thread (`asyncio.to_thread`, `run_in_executor`) has the
    stack that handed the work over first, so it is attributed to the entry's line that did."""
    service = tmp_path / "threads"
    files = {
        "pyproject.toml": '[tool.wakecheck]\nentry = ["*.Loop.tick"]\ncontainer-factories = ["*.open_box"]\n'
                          'exclude = ["driver.py"]\n',
        "driver.py": "from pkg.loop import Loop\n\n\ndef run(host):\n    host.ticks(Loop().tick)\n",
        "pkg/__init__.py": "",
        "pkg/loop.py": (
            "import asyncio\n\n\ndef open_box():\n    raise RuntimeError('never runs')\n\n\n"
            "def sync(box):\n    box.fetch('/sync')\n\n\n"
            "class Loop:\n    def __init__(self):\n        self.box = open_box()\n\n"
            "    async def tick(self):\n"
            "        await asyncio.to_thread(sync, self.box)\n"
            "        await asyncio.get_running_loop().run_in_executor(None, sync, self.box)\n"),
    }
    for rel, text in files.items():
        (service / rel).parent.mkdir(parents=True, exist_ok=True)
        (service / rel).write_text(text, encoding="utf-8")
    result = run_executor(service, "idle", tmp_path)
    assert not result["fatal"] and result["exhaustive"], result
    stacks = {tuple((frame[0], frame[1]) for frame in stack) for w in result["wakes"] for stack in w["stacks"]}
    assert stacks == {(("pkg/loop.py", 17), ("pkg/loop.py", 9)), (("pkg/loop.py", 18), ("pkg/loop.py", 9))}, stacks
