"""The second reference fixture, fixtures/pgpoller: the real command line on it and on its fix,
held to what executing the service under the idle model really sends to Postgres.

The ground truth starts the service as aiohttp would (`make_app()`, its `on_startup`
hooks: the pool, then the poller task) in a fresh subprocess, with the stand-ins of
tests/pgpoller_stubs/ first on `sys.path`: an asyncpg that records every statement
with its caller's line, fronting an idle database (no job due: every query returns no
rows), and just enough aiohttp to start. `asyncio.sleep` ends a tick (the third ends the
run); a wait for work that nothing sets ends it after a second. A statement sent while
`JobPoller.run` is in its loop's body was sent on a tick; one sent before, at start-up.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "fixtures" / "pgpoller"
STUBS = Path(__file__).resolve().parent / "pgpoller_stubs"

_RUNNER = textwrap.dedent('''
    import asyncio, json, sys

    root, stubs = sys.argv[1:3]
    sys.path[:0] = [stubs, root]
    import asyncpg

    class Stop(BaseException):
        pass

    sleeps = [0]
    async def tick(*args, **kwargs):
        sleeps[0] += 1
        if sleeps[0] > 2:
            raise Stop
    asyncio.sleep = tick

    from pgpoller.app import health, make_app

    async def main():
        app = make_app()
        for hook in app.on_startup:
            await hook(app)
        try:
            await asyncio.wait_for(app["poller"], 1.0)
        except (Stop, asyncio.TimeoutError):
            pass
        served = len(asyncpg.QUERIES)
        assert (await health(None))["json"] == {"status": "ok"}
        return served

    served = asyncio.run(main())
    print(json.dumps({"queries": asyncpg.QUERIES, "health": asyncpg.QUERIES[served:], "sleeps": sleeps[0]}))
''')


def _loop_line(root: Path) -> int:
    """The line of the `while True:` in `JobPoller.run`."""
    tree = ast.parse((root / "pgpoller" / "poller.py").read_text())
    (run,) = [n for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef) and n.name == "run"]
    (loop,) = [n for n in ast.walk(run) if isinstance(n, ast.While)]
    return loop.lineno


def _execute(root: Path) -> dict:
    """Every statement the idle service sends: {(path, line, method, sql, phase)}, the health route's, and the ticks."""
    done = subprocess.run([sys.executable, "-c", _RUNNER, str(root), str(STUBS)],
                          capture_output=True, text=True, timeout=60, cwd=root,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    poller, loop = str(root / "pgpoller" / "poller.py"), _loop_line(root)
    sent = set()
    for method, sql, path, line, stack in out["queries"]:
        runs = [ln for file, name, ln in stack if file == poller and name == "run"]
        phase = "tick" if runs and runs[0] > loop else "start-up"
        sent.add((Path(path).relative_to(root).as_posix(), line, method, " ".join(sql.split()), phase))
    return {"sent": sent, "health": out["health"], "sleeps": out["sleeps"]}


def _cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    python_path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=root, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": python_path})


def _findings(root: Path) -> dict[str, set[tuple[str, int]]]:
    proc = _cli(root, "check", "--format", "json", "--select", "WC001,WC002", ".")
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    assert report["errors"] == []
    found: dict[str, set[tuple[str, int]]] = {"WC001": set(), "WC002": set()}
    for finding in report["findings"]:
        found[finding["rule"]].add((finding["path"], finding["line"]))
    return found


@pytest.fixture(scope="module")
def fixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the fixture with variants/event_driven.patch applied."""
    dest = tmp_path_factory.mktemp("event_driven") / "pgpoller"
    shutil.copytree(FIXTURE, dest, ignore=shutil.ignore_patterns("variants", "__pycache__", ".wakecheck_cache"))
    subprocess.run(["patch", "-p1", "--quiet", "-d", str(dest), "-i", str(FIXTURE / "variants" / "event_driven.patch")],
                   check=True)
    return dest


def test_the_poll_wakes_the_database_every_minute() -> None:
    proc = _cli(FIXTURE, "check", ".")
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.splitlines() == [
        "pgpoller/repository.py:27:22: WC001 `get_pool().fetch` wakes the Postgres database on an idle instance "
        "(ungated); reached via JobPoller.run → JobRepository.claim_due_jobs"]
    audit = _cli(FIXTURE, "audit").stdout
    assert "Idle period: 1 min (`asyncio.sleep(…)` at [pgpoller/poller.py#L24]" in audit
    assert "The Postgres database sleeps after 5 min" in audit
    (row,) = [line for line in audit.splitlines() if line.startswith("| [1]")]
    assert "`JobRepository.claim_due_jobs()` → UPDATE jobs SET state = 'running'" in row
    assert row.endswith("| YES — ungated | every 1 min · awake 100% · 24 h/day |")
    start_up = audit.split("Start-up calls")[1]
    assert "`JobRepository.load_worker_config()` → SELECT batch_size, max_attempts FROM worker_config" in start_up


def test_the_committed_audit_is_up_to_date() -> None:
    proc = _cli(FIXTURE, "audit", "--check", "--output", "AUDIT.md")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_event_driven_fix_is_clean(fixed: Path) -> None:
    proc = _cli(fixed, "check", ".")
    assert (proc.returncode, proc.stdout) == (0, ""), proc.stdout + proc.stderr
    audit = _cli(fixed, "audit").stdout
    assert "NO — waits for work first in wait_for_work" in audit
    start_up = audit.split("Start-up calls")[1]
    assert "`JobRepository.load_worker_config()`" in start_up


def test_an_idle_tick_sends_exactly_the_findings() -> None:
    run = _execute(FIXTURE)
    assert run["sleeps"] == 3 and run["health"] == []
    ticks = {(path, line) for path, line, _, _, phase in run["sent"] if phase == "tick"}
    start_up = {(path, line, sql) for path, line, _, sql, phase in run["sent"] if phase == "start-up"}
    assert ticks == _findings(FIXTURE)["WC001"] == {("pgpoller/repository.py", 27)}
    (claim,) = [sql for _, _, method, sql, phase in run["sent"] if phase == "tick"]
    assert claim.startswith("UPDATE jobs SET state = 'running'")
    # the pool opens with min_size=0 (no connection); the config row is read once, before the loop
    assert start_up == {("pgpoller/repository.py", 23, "SELECT batch_size, max_attempts FROM worker_config WHERE id = 1")}


def test_the_fixed_service_sends_nothing_on_an_idle_tick(fixed: Path) -> None:
    run = _execute(fixed)
    assert run["sleeps"] == 0 and run["health"] == []
    assert {(path, line) for path, line, _, _, phase in run["sent"] if phase == "tick"} == set()
    assert _findings(fixed) == {"WC001": set(), "WC002": set()}
    assert {sql.split(" FROM ")[1] for *_, sql, phase in run["sent"] if phase == "start-up"} == {
        "worker_config WHERE id = 1", "jobs WHERE state = 'queued'"}


def test_no_output_speaks_of_a_container_or_an_alarm() -> None:
    # The loop wakes the Postgres database: every format says so, none borrows the container's words.
    said = {}
    for fmt in ("text", "json", "github", "sarif"):
        proc = _cli(FIXTURE, "check", "--format", fmt, ".")
        assert proc.returncode == 1, proc.stderr
        out = proc.stdout
        if fmt == "sarif":  # the rules' own documentation is the same on every run: only the results
            out = json.dumps(json.loads(out)["runs"][0]["results"], ensure_ascii=False)
        said[fmt] = out
    for fmt in ("markdown", "json"):
        said[f"audit {fmt}"] = _cli(FIXTURE, "audit", "--format", fmt).stdout
    said["explain"] = _cli(FIXTURE, "explain", "pgpoller/repository.py:27").stdout
    for what, out in said.items():
        assert "the Postgres database" in out or what == "audit json", what
        assert "container" not in out.lower() and "alarm" not in out.lower(), (what, out)


def test_init_proposes_the_entry_the_resource_and_the_idle_fact_and_accepted_it_reports_the_same(
        tmp_path: Path) -> None:
    copy = tmp_path / "pgpoller"
    shutil.copytree(FIXTURE, copy, ignore=shutil.ignore_patterns("variants", "__pycache__", ".wakecheck_cache"))
    pyproject = copy / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text[:text.index("[tool.wakecheck]")], encoding="utf-8")

    proposed = _cli(copy, "init", "--no-cache")
    assert proposed.returncode == 0, proposed.stderr
    lines = proposed.stdout.splitlines()
    entry = lines.index("entry = [")
    assert lines[entry + 1:entry + 3] == [
        '    "*.JobPoller.run",  # pgpoller/poller.py:17, recognised: a loop that sleeps',
        '    "auto",  # the idioms wakecheck recognises: they give those entries their period']
    # The asyncpg model knows the pool: no container factory, and the resource it found, to review.
    assert "container-factories" not in tomllib.loads(proposed.stdout)["tool"]["wakecheck"]
    table = lines.index("[tool.wakecheck.resources.postgres]")
    assert lines[table + 1:table + 4] == ['name = "the Postgres database"', 'models = ["asyncpg"]',
                                          'sleep-after = "5m"  # Neon\'s default suspend timeout, the built-in'
                                          ' default: set the one yours has']
    assert "asyncpg model knows asyncpg.create_pool and what get_pool returns (pgpoller/db.py:21)" in " ".join(
        line.removeprefix("# ") for line in lines[:table])
    (candidate,) = [line for line in lines if "claim_due_jobs" in line]
    assert candidate.startswith('# "*.JobRepository.claim_due_jobs" = "claim_due_jobs is empty"  # ')

    # Accepted, with the candidate that holds on an idle instance uncommented: the fixture's findings.
    written = _cli(copy, "init", "--write", "--no-cache")
    assert written.returncode == 0, written.stderr
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text.replace(candidate, candidate.removeprefix("# ")), encoding="utf-8")
    accepted = _cli(copy, "check", "--format", "json", "--no-cache", ".")
    committed = _cli(FIXTURE, "check", "--format", "json", "--no-cache", ".")
    assert (accepted.returncode, accepted.stderr) == (committed.returncode, "") == (1, "")
    # The fixture says `idle-unit = "instance"`, which init leaves to the user: the messages differ by that word.
    found = json.loads(accepted.stdout.replace("on an idle tenant", "on an idle instance"))
    assert found == json.loads(committed.stdout) and found["findings"]
