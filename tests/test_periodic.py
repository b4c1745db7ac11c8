"""Periodic entries recognised by their idiom: which functions, by which idiom, with which period.

The scenarios under tests/scenarios/periodic/ say with their `# expect:` markers which
calls fire; this holds each recognised entry's idiom and period (the audit's
`idle_period_s`) to what its code states, and the text prefilter and cron gaps to theirs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.forked_cli import ForkedCli

from wakecheck import cron
from wakecheck.config import Config, load_config
from wakecheck.engine import RunOptions, run_check
from wakecheck.idiom_scan import may_hold_idiom

REPO = Path(__file__).resolve().parents[1]
PERIODIC = REPO / "tests" / "scenarios" / "periodic"

# scenario → {entry: (idiom, period in seconds or None)}
EXPECTED: dict[str, dict[str, tuple[str, float | None]]] = {
    "kelp_farm_asyncio_poller": {"kelpfarm.planner.HarvestPlanner.run_forever": ("a loop that sleeps", 60)},
    "lighthouse_lamp_thread_watchdog": {"lamphouse.watchdog.LampWatchdog._watch": ("a loop that sleeps", 30)},
    "peat_bog_two_flag_poller": {
        "peatbog.rota.CuttingRota.run": ("a loop that sleeps", 45),
        "peatbog.watchdog.MoistureWatchdog._watch": ("a loop that sleeps", 300)},
    "glacier_survey_celery_beat": {
        "glaciersurvey.tasks.refresh_melt_index": ("Celery beat schedule", 300),
        "glaciersurvey.tasks.plan_drone_flights": ("Celery beat schedule", 900)},
    "orchard_frost_celery_signal": {
        "frostwatch.jobs.sample_canopy_temperature": ("Celery `add_periodic_task`", 120)},
    "tidal_lock_apscheduler_jobs": {
        "tidelock.keeper.LockKeeper.poll_gates": ("APScheduler `add_job`", 45),
        "tidelock.keeper.LockKeeper.pass_vessels": ("APScheduler `add_job`", 120),
        "tidelock.keeper.LockKeeper.nightly_inspection": ("APScheduler `add_job`", 86400),
        "tidelock.keeper.report_tide_table": ("APScheduler `@scheduled_job`", 1200)},
    "hop_kiln_schedule_every": {
        "hopkiln.drying.DryingRun.check_humidity": ("`schedule` `.do`", 600),
        "hopkiln.drying.DryingRun.adjust_burner": ("`schedule` `.do`", 60),
        "hopkiln.drying.log_kiln_hours": ("`schedule` `@repeat`", 7200),
        "hopkiln.drying.main": ("a loop that sleeps", 1)},
    "ferry_dock_repeat_every": {
        "ferrydock.main.purge_stale_manifests": ("`@repeat_every`", 900),
        "ferrydock.main.reload_timetable": ("`@repeat_every`", 3600)},
    "guild_raffle_discord_loop": {"raffle.cog.RaffleCog.draw_winners": ("discord.py `@tasks.loop`", 90)},
    "seed_bank_huey_periodic": {
        "seedbank.checks.count_germination_trays": ("Huey `@periodic_task`", 300),
        "seedbank.checks.rotate_cold_storage": ("Huey `@periodic_task`", 86400)},
    "museum_loans_arq_cron": {
        "loans.jobs.remind_borrowers": ("arq `cron`", 900),
        "loans.jobs.condition_report": ("arq `cron`", 86400)},
    "telescope_queue_modal_period": {
        "skyqueue.app.sweep_exposures": ("Modal `schedule=`", 60),
        "skyqueue.app.calibrate_darks": ("Modal `schedule=`", 21600)},
    "quarry_crane_kopf_timers": {
        "cranes.operator.sample_load_cells": ("kopf timer", 30),
        "cranes.operator.watch_wind": ("kopf daemon", 20)},
    "greenhouse_mister_ha_interval": {
        "custom_components.mister.hub.MisterHub._async_poll_nozzles":
            ("Home Assistant `async_track_time_interval`", 120),
        "custom_components.mister.hub.MisterHub._async_run_cycle": ("Home Assistant `async_track_time_interval`", 45),
        "custom_components.mister.hub.MisterHub._async_fetch_humidity":
            ("Home Assistant `DataUpdateCoordinator`", 300)},
    "bakery_queue_tornado_callback": {"breadline.board.OrderBoard.refresh_ovens": ("Tornado `PeriodicCallback`", 10)},
    "tollbooth_workers_scheduled": {"entry.Default.scheduled": ("Cloudflare Workers `scheduled`", 600)},
    "sawmill_lookalikes_not_periodic": {"sawmill.runner.MoistureWatch.run": ("a loop that sleeps", 120)},
}


# Each run is a process of its own, forked from one that imported wakecheck once (tests/forked_cli.py).
CLI = ForkedCli()


@pytest.fixture(scope="module", autouse=True)
def _forked_cli() -> Iterator[None]:
    yield
    CLI.close()


def _audit(scenario: Path) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    done = CLI.run(["audit", "--format", "json", "--no-cache", "."], scenario, env=env, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_every_periodic_scenario_is_listed() -> None:
    assert sorted(p.name for p in PERIODIC.iterdir() if p.is_dir()) == sorted(EXPECTED)


@pytest.mark.parametrize("scenario", sorted(EXPECTED))
def test_recognised_entries_and_periods(scenario: str) -> None:
    audit = _audit(PERIODIC / scenario)
    got = {e["entry"]: (e.get("idiom"), e["idle_period_s"]) for e in audit["entries"]}  # type: ignore[index, union-attr]
    assert got == EXPECTED[scenario]


def test_start_up_calls_are_listed_apart() -> None:
    audit = _audit(PERIODIC / "kelp_farm_asyncio_poller")
    (entry,) = audit["entries"]  # type: ignore[misc]
    assert [r["line"] for r in entry["startup_rows"]] == [18]
    assert [r["line"] for r in entry["rows"]] == [21, 23]


@pytest.mark.parametrize(("expression", "gap"), [
    ("*/5 * * * *", 300), ("0 * * * *", 3600), ("15,45 */2 * * *", 1800), ("0 9 * * mon-fri", 86400),
    ("@daily", 86400), ("0 0 1 * *", 28 * 86400), ("not a cron", None),
])
def test_cron_smallest_gap(expression: str, gap: float | None) -> None:
    assert cron.gap_of_expression(expression) == gap


def test_arq_style_fields() -> None:
    assert cron.smallest_gap(minute={0, 15, 30, 45}) == 900
    assert cron.smallest_gap(second={0, 30}) == 30


@pytest.mark.parametrize(("text", "holds"), [
    (b"import time\n\ndef f():\n    while True:\n        work()\n        time.sleep(5)\n", True),
    (b"import time\n\ndef f():\n    while True:\n        try:\n            return work()\n"
     b"        except OSError:\n            time.sleep(5)\n", False),  # a retry loop
    (b"import time\n\ndef f():\n    while True:\n        if done():\n            return 1\n"
     b"        time.sleep(5)\n", False),  # polls until it has a result
    (b"def g():\n    while True:\n        yield 1\n        time.sleep(1)\n", False),  # a generator
    (b"def f(cond):\n    while not cond.ready:\n        cond.wait(1)\n", True),
    (b"class P:\n    def run(self):\n        while self.running and not self.stop.is_set():\n"
     b"            work()\n            time.sleep(5)\n", True),  # a test of two flags
    (b"def outer():\n    def inner():\n        while True:\n            time.sleep(5)\n    return inner\n",
     True),  # a nested function's loop
    (b"def f():\n    while attempts < 3:\n        time.sleep(5)\n", False),  # counts its tries
    (b"x = 1\n", False),
    (b"app.conf.beat_schedule = {}\n", True),
    (b"@huey.periodic_task(crontab())\n", True),
    (b"def run_job(x):\n    pass\n", False),
])
def test_text_prefilter(text: bytes, holds: bool) -> None:
    assert may_hold_idiom(text) is holds


def _config(tmp_path: Path, table: str) -> Config:
    (tmp_path / "pyproject.toml").write_text("[tool.wakecheck]\n" + table, encoding="utf-8")
    return load_config([str(tmp_path)], cwd=tmp_path)


def test_auto_in_entry_stands_for_the_idioms(tmp_path: Path) -> None:
    config = _config(tmp_path, 'entry = ["*.TownDO.alarm", "auto"]\ncontainer-factories = ["*.stub"]\n')
    assert config.entry.patterns == ("*.TownDO.alarm",) and config.entry_auto and config.recognises
    config = _config(tmp_path, 'entry = ["*.TownDO.alarm"]\ncontainer-factories = ["*.stub"]\n')
    assert not config.entry_auto and not config.recognises
    config = _config(tmp_path, 'blocks-on-idle = ["*.wait_for_pending"]\nmodels = []\n')
    assert config.entry_auto and not config.recognises  # nothing can wake: nothing to recognise
    config = _config(tmp_path, 'blocks-on-idle = ["*.wait_for_pending"]\n')
    assert config.recognises  # the built-in library models may find a database the loop queries
    assert config.blocks_on_idle.patterns == ("*.wait_for_pending",)


def test_auto_alone_without_anything_to_wake_parses_nothing(tmp_path: Path) -> None:
    (tmp_path / "jobs.py").write_text("import time\n\ndef f():\n    while True:\n        time.sleep(1)\n")
    config = _config(tmp_path, 'entry = ["auto"]\nmodels = []\n')
    report = run_check([str(tmp_path)], config, cwd=tmp_path, options=RunOptions(cache=False))
    assert report.parsed == 0 and not report.findings


def test_loops_in_a_tree_importing_no_modelled_library_are_only_scanned(tmp_path: Path) -> None:
    """With no configuration, a sleeping loop is analysed only where a modelled library is imported."""
    loop = "import time\n{imp}\n\ndef run():\n    while True:\n        poll()\n        time.sleep(60)\n\n\ndef poll():\n    pass\n"
    (tmp_path / "worker.py").write_text(loop.format(imp="import json"), encoding="utf-8")
    argv = [sys.executable, "-m", "wakecheck", "check", "-v", "--no-cache", "."]
    quiet = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert quiet.returncode == 0, quiet.stderr
    assert "0 file(s) parsed" in quiet.stderr
    assert "no module imports a library whose calls wake a resource" in quiet.stderr
    (tmp_path / "db.py").write_text("import asyncpg\n", encoding="utf-8")
    found = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert "1 file(s) parsed" in found.stderr, found.stderr
    assert "no module imports" not in found.stderr


@pytest.mark.parametrize(("text", "imports"), [
    (b"import asyncpg\n", True),
    (b"from psycopg_pool import AsyncConnectionPool\n", True),
    (b"import os, redis.asyncio as r\n", True),
    (b"    from sqlalchemy.ext.asyncio import create_async_engine\n", True),
    (b"# asyncpg would be nice\nimport json\n", False),
    (b"import asyncpgx\n", False),
    (b"import requests\n", False),  # the HTTP model wakes only URLs a resource names
])
def test_imports_of_modelled_libraries(tmp_path: Path, text: bytes, imports: bool) -> None:
    from wakecheck.idiom_scan import imports_any

    modules = _config(tmp_path, "").model_modules()
    assert modules is not None and imports_any(text, modules) is imports
