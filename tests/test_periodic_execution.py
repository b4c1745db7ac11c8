"""The standard-library periodic scenarios, executed: what a tick really wakes, and what only a start does.

Each scenario under tests/scenarios/ whose loop needs nothing but the standard library
(and a stand-in for asyncpg, which only opens the pool) is imported in a fresh
subprocess and its loop entry run under the idle model: the configured factory returns
a recorder whose every method call is a wake at the caller's line, active guards are
False, `blocks-on-idle` calls never return, and each sleep or wait ends a tick (the
third ends the run). A wake made before the first sleep is a start-up wake; one made
after it, on a tick. Module-level sets named by `empty-on-idle` stay empty. The `# expect: WC001` markers of the scenario must be exactly the
tick wakes of the entries run here, and no start-up wake may carry one.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.test_scenarios import SCENARIOS_DIR, parse_expectations

# scenario → (the factory as the entries' module reads it, guards False, blocks-on-idle, module-level
# sets empty on idle, the entries as "module:expression of the callable")
CASES = {
    "periodic/kelp_farm_asyncio_poller": (
        "kelpfarm.planner.kelp_pool", (), (), (), ("kelpfarm.planner:HarvestPlanner(crew_size=4).run_forever",)),
    "periodic/lighthouse_lamp_thread_watchdog": (
        "lamphouse.watchdog.telemetry_link", ("lamphouse.watchdog:LampWatchdog.lamp_is_faulty",), (), (),
        ("lamphouse.watchdog:LampWatchdog('https://telemetry')._watch",)),
    "periodic/sawmill_lookalikes_not_periodic": (
        "sawmill.runner.kiln_dryer", (), (), (), ("sawmill.runner:MoistureWatch().run",)),
    "idle_model/tannery_vat_event_driven_poller": (
        "tannery.scheduler.vat_pool", (), ("tannery.scheduler:VatQueue.wait_for_batches",),
        ("tannery.vat_state._pending_batches",),
        ("tannery.scheduler:VatScheduler().run", "tannery.scheduler:VatAuditor().run")),
}

_RUNNER = textwrap.dedent('''
    import asyncio, importlib, inspect, json, sys, threading, time, types

    root, factory, guards, blocks, empties, entries = json.loads(sys.argv[1])
    sys.path.insert(0, root)
    sys.modules["asyncpg"] = types.SimpleNamespace(create_pool=None)  # only opens the pool
    wakes, phase = [], ["start-up"]

    class Stop(BaseException):
        pass

    class Recorder:
        def __getattr__(self, name):
            def call(*args, **kwargs):
                frame = sys._getframe(1)
                wakes.append([frame.f_code.co_filename, frame.f_lineno, phase[0]])
                rows = [{"id": "row-1"}]
                if inspect.iscoroutinefunction(frame.f_code) or frame.f_code.co_flags & 0x80:
                    async def reply():
                        return rows
                    return reply()
                return rows
            return call

    sleeps = [0]
    def tick(*args, **kwargs):
        sleeps[0] += 1
        phase[0] = "tick"
        if sleeps[0] > 2:
            raise Stop
    async def atick(*args, **kwargs):
        tick()
    time.sleep = tick
    asyncio.sleep = atick
    threading.Event.wait = lambda self, timeout=None: tick()

    module, _, name = factory.rpartition(".")
    setattr(importlib.import_module(module), name, lambda *a, **k: Recorder())
    def patch(spec, value):
        module, _, path = spec.partition(":")
        owner, _, attr = path.rpartition(".")
        setattr(getattr(importlib.import_module(module), owner), attr, value)
    for spec in guards:
        patch(spec, lambda self: False)
    async def never(self):
        raise Stop
    for spec in blocks:
        patch(spec, never)

    class EmptySet(set):
        def add(self, item):
            pass  # an idle town's: whatever start-up adds, no work is pending
    def rebind(old, new):
        """Every module's name for `old` (its home's and those imported from it) made `new`."""
        for loaded in list(sys.modules.values()):
            if loaded is not None and getattr(loaded, "__name__", "") != "__main__":
                for key, value in list(vars(loaded).items()):
                    if value is old:
                        setattr(loaded, key, new)
    for spec in empties:
        module, _, name = spec.rpartition(".")
        rebind(getattr(importlib.import_module(module), name), EmptySet())

    for spec in entries:
        module, _, expr = spec.partition(":")
        sleeps[0], phase[0] = 0, "start-up"
        run = eval(expr, vars(importlib.import_module(module)))
        try:
            result = run()
            if inspect.isawaitable(result):
                asyncio.run(result)
        except Stop:
            pass
    print(json.dumps(wakes))
''')


def _execute(scenario: str) -> list[tuple[str, int, str]]:
    root = SCENARIOS_DIR / scenario
    factory, guards, blocks, empties, entries = CASES[scenario]
    done = subprocess.run([sys.executable, "-c", _RUNNER,
                           json.dumps([str(root), factory, guards, blocks, empties, entries])],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [(Path(path).relative_to(root).as_posix(), line, phase) for path, line, phase in json.loads(done.stdout)]


@pytest.mark.parametrize("scenario", sorted(CASES))
def test_markers_are_the_wakes_of_a_tick(scenario: str) -> None:
    root = SCENARIOS_DIR / scenario
    markers = {(e.path, e.line) for rel in root.rglob("*.py")
               for e in parse_expectations(rel.read_text(encoding="utf-8"), rel.relative_to(root).as_posix())
               if e.rule == "WC001"}
    wakes = _execute(scenario)
    ticks = {(path, line) for path, line, phase in wakes if phase == "tick"}
    start_up = {(path, line) for path, line, phase in wakes if phase == "start-up"} - ticks
    assert ticks == markers
    assert not start_up & markers
