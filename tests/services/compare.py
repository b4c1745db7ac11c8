"""Compares wakecheck's report on a service with what executing the service recorded.

``evaluate(names)`` runs, for each service, the executor in both modes and
``wakecheck check`` / ``wakecheck audit`` on a private copy of the service,
several subprocesses at a time, and returns an ``Outcome`` per service:

- an executed idle wake (path, line) must be a WC001 finding, a wake executed
  only when rare predicates are True a WC002; anything else reported is false;
- each audit row's verdict must be the executed one: YES when an idle wake's
  stack has a frame at the row's (path, line), else RARELY when such a wake of
  mode ``idle+rare`` does, else NO; an executed wake whose stack passes no row
  of its entry is a missing row;
- a missed wake is said to be covered when a WC003 finding lies in one of the
  functions on its stacks (the promise: no miss without a WC003 on its path).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .executor import function_lines

REPO = Path(__file__).resolve().parents[2]
SERVICES = Path(__file__).resolve().parent
MODES = ("idle", "idle+rare")
# What executing each service recorded, with a digest of everything the execution depends on: the
# suite reads a record whose digest still matches instead of executing again (CI executes them
# all once more with `--verify`).
RECORDS = SERVICES / "_executed"
TIMEOUT_S = 300
RULES = ("WC001", "WC002")


@dataclass(frozen=True, order=True)
class Site:
    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Finding:
    site: Site
    rule: str


def discover(names: Iterable[str] = ()) -> list[Path]:
    """The service directories (those with a pyproject.toml and a driver.py), or the named ones."""
    found = sorted(p for p in SERVICES.iterdir()
                   if p.is_dir() and (p / "pyproject.toml").is_file() and (p / "driver.py").is_file())
    wanted = list(names)
    if not wanted:
        return found
    unknown = set(wanted) - {p.name for p in found}
    if unknown:
        raise SystemExit(f"no such service: {', '.join(sorted(unknown))} (have {', '.join(p.name for p in found)})")
    return [p for p in found if p.name in wanted]


# -- running the pieces --------------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def run_executor(service: Path, mode: str, out_dir: Path) -> dict[str, Any]:
    out = out_dir / f"{service.name}.{mode}.json"
    command = [sys.executable, "-m", "tests.services.executor", str(service), mode, str(out)]
    try:
        proc = subprocess.run(command, cwd=REPO, env=_env(), capture_output=True, text=True, timeout=TIMEOUT_S)
        failure = f"executor exited {proc.returncode}:\n{proc.stderr[-3000:]}"
    except subprocess.TimeoutExpired:
        proc, failure = None, f"executor still running after {TIMEOUT_S} s"
    if proc is None or proc.returncode != 0 or not out.is_file():
        return {"fatal": failure, "wakes": [], "errors": [], "runs": 0, "exhaustive": False, "entries": [],
                "unmatched": {}, "startup_wakes": []}
    return json.loads(out.read_text())


def truth_digest(service: Path) -> str:
    """A digest of the service's files, the stubs and the executor: an execution depends on no more."""
    digest = hashlib.sha256()
    files = [p for root in (service, SERVICES / "_stubs") for p in root.rglob("*")
             if p.is_file() and not {"__pycache__", ".wakecheck_cache"} & set(p.parts)]
    for path in sorted(files) + [SERVICES / "executor.py"]:
        digest.update(path.relative_to(SERVICES).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def recorded_truth(service: Path) -> dict[str, dict[str, Any]] | None:
    """What executing the service recorded, if the record is still that of its files, else None."""
    try:
        record = json.loads((RECORDS / f"{service.name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("digest") != truth_digest(service):
        return None
    modes = record.get("modes")
    return modes if isinstance(modes, dict) and set(modes) == set(MODES) else None


def record_truth(service: Path, executed: dict[str, dict[str, Any]]) -> None:
    RECORDS.mkdir(exist_ok=True)
    record = {"digest": truth_digest(service), "modes": {mode: executed[mode] for mode in MODES}}
    (RECORDS / f"{service.name}.json").write_text(json.dumps(record, indent=1, sort_keys=True) + "\n",
                                                  encoding="utf-8")


def execute_all(services: list[Path], workers: int | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """Execute every service in both modes, several processes at a time: {service: {mode: result}}."""
    workers = workers or max(2, os.cpu_count() or 2)
    with tempfile.TemporaryDirectory(prefix="wakecheck-executed-") as tmp:
        jobs = [(service, mode) for service in services for mode in MODES]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(lambda job: run_executor(job[0], job[1], Path(tmp)), jobs))
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for (service, mode), result in zip(jobs, results):
        out.setdefault(service.name, {})[mode] = result
    return out


def _wakecheck_args(*args: str) -> list[str]:
    return [*args, "--format", "json", "--no-cache", "."]


def _report(command: str, returncode: int, stdout: str, stderr: str) -> dict[str, Any]:
    try:
        report = json.loads(stdout)
    except json.JSONDecodeError:
        report = {}
    if returncode not in (0, 1) or not report:
        report.setdefault("errors", []).append(
            {"path": ".", "line": 0, "message": f"wakecheck {command} exited {returncode}: {stderr[-2000:]}"})
    return report


def run_wakecheck(workdir: Path, *args: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "wakecheck", *_wakecheck_args(*args)]
    try:
        proc = subprocess.run(command, cwd=workdir, env=_env(), capture_output=True, text=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return {"errors": [{"path": ".", "line": 0, "message": f"wakecheck {args[0]} ran over {TIMEOUT_S} s"}]}
    return _report(args[0], proc.returncode, proc.stdout, proc.stderr)


def run_wakecheck_batch(runs: list[tuple[Path, tuple[str, ...]]], listing: Path) -> list[dict[str, Any]]:
    """``run_wakecheck(workdir, *args)`` for each run, all in one Python process (tests/cli_batch.py):
    the real command line, with a Python start and wakecheck's imports paid once, not per run."""
    listing.write_text(json.dumps([{"cwd": str(workdir), "args": _wakecheck_args(*args)} for workdir, args in runs]),
                       encoding="utf-8")
    command = [sys.executable, str(REPO / "tests" / "cli_batch.py"), str(listing)]
    timeout = TIMEOUT_S * len(runs)
    try:
        proc = subprocess.run(command, env=_env(), capture_output=True, text=True, timeout=timeout)
        results = json.loads(proc.stdout) if proc.returncode == 0 else None
        failure = f"exited {proc.returncode}: {proc.stderr[-2000:]}"
    except subprocess.TimeoutExpired:
        results, failure = None, f"ran over {timeout} s"
    if results is None:
        return [{"errors": [{"path": ".", "line": 0, "message": f"wakecheck {args[0]} (in a batch) {failure}"}]}
                for _, args in runs]
    return [_report(args[0], r["returncode"], r["stdout"], r["stderr"]) for (_, args), r in zip(runs, results)]


def copy_service(service: Path, base: Path) -> Path:
    dest = base / service.name
    shutil.copytree(service, dest, ignore=shutil.ignore_patterns("__pycache__", ".wakecheck_cache"))
    return dest


# -- the comparison ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Wake:
    site: Site
    call: str
    entry: str
    stacks: tuple[tuple[tuple[str, int, str], ...], ...]

    @classmethod
    def read(cls, raw: dict[str, Any]) -> Wake:
        stacks = tuple(tuple((p, line, q) for p, line, q in s) for s in raw["stacks"])
        return cls(Site(raw["path"], raw["line"]), raw["call"], raw["entry"], stacks)

    def passes(self, site: Site) -> bool:
        return any((p, line) == (site.path, site.line) for s in self.stacks for p, line, _ in s)


@dataclass(frozen=True)
class Miss:
    site: Site
    rule: str
    calls: tuple[str, ...]
    reported_as: str | None  # the other rule, when the site was reported under it
    covered: bool  # a WC003 lies in a function on the wake's stacks


@dataclass(frozen=True)
class RowCheck:
    entry: str
    site: Site
    code_path: str
    reported: str
    executed: str

    @property
    def right(self) -> bool:
        return self.reported == self.executed


@dataclass
class Outcome:
    name: str
    root: Path
    executed: dict[str, list[Wake]]  # mode -> wakes
    findings: dict[Finding, dict[str, Any]]
    audit: dict[str, Any]
    runs: dict[str, int]
    truth_problems: list[str] = field(default_factory=list)  # the execution is not a sound ground truth
    report_problems: list[str] = field(default_factory=list)  # wakecheck failed on the service

    @property
    def problems(self) -> list[str]:
        return self.truth_problems + self.report_problems

    # executed truth

    def sites(self, mode: str) -> set[Site]:
        return {w.site for w in self.executed[mode]}

    @cached_property
    def truth(self) -> set[Finding]:
        idle = self.sites("idle")
        rare = self.sites("idle+rare") - idle
        return {Finding(s, "WC001") for s in idle} | {Finding(s, "WC002") for s in rare}

    @cached_property
    def reported(self) -> set[Finding]:
        return {f for f in self.findings if f.rule in RULES}

    @property
    def wc003(self) -> list[Site]:
        return sorted(f.site for f in self.findings if f.rule == "WC003")

    # differences

    @cached_property
    def missed(self) -> list[Miss]:
        lines = function_lines(self.root)
        wc003 = self.wc003
        out = []
        for want in sorted(self.truth - self.reported, key=lambda f: (f.site, f.rule)):
            wakes = [w for mode in MODES for w in self.executed[mode] if w.site == want.site]
            functions = {(p, q) for w in wakes for s in w.stacks for p, _, q in s}
            covered = any(site.line in lines.get((site.path, q), ()) for site in wc003
                          for p, q in functions if p == site.path)
            other = next((f.rule for f in self.reported if f.site == want.site), None)
            out.append(Miss(want.site, want.rule, tuple(sorted({w.call for w in wakes})), other, covered))
        return out

    @cached_property
    def false(self) -> list[Finding]:
        return sorted(self.reported - self.truth, key=lambda f: (f.site, f.rule))

    @cached_property
    def rows(self) -> list[RowCheck]:
        checks = []
        for entry in self.audit.get("entries", []):
            name = entry["entry"]
            idle = [w for w in self.executed["idle"] if w.entry == name]
            rare = [w for w in self.executed["idle+rare"] if w.entry == name]
            for row in entry["rows"]:
                site = Site(row["path"], row["line"])
                executed = "YES" if any(w.passes(site) for w in idle) else \
                    "RARELY" if any(w.passes(site) for w in rare) else "NO"
                checks.append(RowCheck(name, site, row["code_path"], row["verdict"], executed))
        return checks

    @cached_property
    def missing_rows(self) -> list[str]:
        """Executed wakes (one line per wake and entry-frame line) that pass no audit row."""
        rows: dict[str, list[Site]] = {}
        for check in self.rows:
            rows.setdefault(check.entry, []).append(check.site)
        out = set()
        for mode in MODES:
            for wake in self.executed[mode]:
                for stack in wake.stacks:
                    if not any((p, line) == (s.path, s.line) for s in rows.get(wake.entry, ()) for p, line, _ in stack):
                        via = " → ".join(f"{q} ({p}:{line})" for p, line, q in stack)
                        out.add(f"{wake.entry}: {wake.site} {wake.call} via {via}")
        return sorted(out)

    # summary

    @property
    def hits(self) -> int:
        return len(self.truth & self.reported)

    @property
    def true_reported(self) -> int:
        return len(self.reported & self.truth)

    @property
    def ok(self) -> bool:
        return not (self.missed or self.false or self.missing_rows or self.problems
                    or any(not r.right for r in self.rows))

    def source(self, site: Site) -> str:
        path = self.root / site.path
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        return lines[site.line - 1].strip() if 0 < site.line <= len(lines) else "<no such line>"

    def details(self) -> list[str]:
        """What is wrong, one line each, with the source of each line named."""
        out = [f"problem: {p}" for p in self.problems]
        for m in self.missed:
            extra = f", reported as {m.reported_as}" if m.reported_as else ""
            cover = "a WC003 on its path" if m.covered else "no WC003 on its path"
            out.append(f"missed {m.rule} {m.site} ({'/'.join(m.calls)}{extra}; {cover}) | {self.source(m.site)}")
        for f in self.false:
            msg = self.findings[f].get("message", "")
            out.append(f"false {f.rule} {f.site} | {self.source(f.site)}\n      {msg}")
        for r in self.rows:
            if not r.right:
                out.append(f"verdict {r.site} `{r.code_path}`: reported {r.reported}, executed {r.executed}"
                           f" | {self.source(r.site)}")
        out += [f"missing row: {m}" for m in self.missing_rows]
        return out


def _truth_problems(executed: dict[str, dict[str, Any]]) -> list[str]:
    out = []
    for mode, result in executed.items():
        if result.get("fatal"):
            out.append(f"executor ({mode}): {result['fatal']}")
        elif not result.get("exhaustive"):
            out.append(f"executor ({mode}): not exhaustive after {result['runs']} runs")
        for role, patterns in (result.get("unmatched") or {}).items():
            out.append(f"executor ({mode}): `{role}` patterns replaced nothing: {patterns}")
        for err in result.get("errors", []):
            if err["bug"]:
                out.append(f"executor ({mode}): {err['type']}: {err['message']} at {err['where']}"
                           f" ({err['entry']}, tick {err['tick']}, {err['runs']} runs)")
    return out


def _report_problems(check: dict[str, Any], audit: dict[str, Any]) -> list[str]:
    return [f"wakecheck {kind}: {e.get('path')}:{e.get('line')}: {e.get('message')}"
            for kind, report in (("check", check), ("audit", audit)) for e in report.get("errors") or []]


def _finding_key(raw: dict[str, Any]) -> Finding:
    return Finding(Site(raw["path"].replace("\\", "/").removeprefix("./"), raw["line"]), raw["rule"])


def evaluate(services: list[Path], workers: int | None = None, execute: bool = False) -> dict[str, Outcome]:
    """Check every service against what executing it recorded (executing it now when its record is
    missing or stale, or `execute`), several subprocesses at a time."""
    workers = workers or max(2, os.cpu_count() or 2)
    with tempfile.TemporaryDirectory(prefix="wakecheck-services-") as tmp:
        base = Path(tmp)
        out_dir = base / "executed"
        out_dir.mkdir()
        executions: list[tuple[tuple[str, str], Callable[[], dict[str, Any]]]] = []
        runs: list[tuple[tuple[str, str], Path, tuple[str, ...]]] = []
        results: dict[tuple[str, str], dict[str, Any]] = {}
        for service in services:
            workdir = copy_service(service, base / "copies")
            record = None if execute else recorded_truth(service)
            for mode in MODES:
                if record is not None:
                    results[(service.name, mode)] = record[mode]
                else:
                    executions.append(((service.name, mode), lambda s=service, m=mode: run_executor(s, m, out_dir)))
            runs.append(((service.name, "check"), workdir, ("check", "--select", ",".join((*RULES, "WC003")))))
            runs.append(((service.name, "audit"), workdir, ("audit",)))
        # wakecheck's runs in one batch per worker, each a long job: started first, they keep
        # every worker busy to the end, with the executions (a process each) after them.
        batches = [runs[i::workers] for i in range(workers) if runs[i::workers]]

        def batch(i: int, chunk: list[tuple[tuple[str, str], Path, tuple[str, ...]]]) -> dict[tuple[str, str], Any]:
            reports = run_wakecheck_batch([(w, a) for _, w, a in chunk], base / f"batch-{i}.json")
            return {key: report for (key, _, _), report in zip(chunk, reports)}

        jobs = [lambda i=i, c=c: batch(i, c) for i, c in enumerate(batches)]
        jobs += [lambda k=key, run=run: {k: run()} for key, run in executions]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for done in pool.map(lambda job: job(), jobs):
                results.update(done)
    return {service.name: _outcome(service, {k: results[(service.name, k)] for k in (*MODES, "check", "audit")})
            for service in services}


def _outcome(service: Path, results: dict[str, dict[str, Any]]) -> Outcome:
    executed = {mode: results[mode] for mode in MODES}
    findings: dict[Finding, dict[str, Any]] = {}
    for raw in results["check"].get("findings", []):
        findings.setdefault(_finding_key(raw), raw)
    return Outcome(
        name=service.name,
        root=service,
        executed={mode: [Wake.read(w) for w in executed[mode]["wakes"]] for mode in MODES},
        findings=findings,
        audit=results["audit"],
        runs={mode: executed[mode].get("runs", 0) for mode in MODES},
        truth_problems=_truth_problems(executed),
        report_problems=_report_problems(results["check"], results["audit"]),
    )

