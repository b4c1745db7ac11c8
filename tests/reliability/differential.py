"""Differential testing: wakecheck's findings against the wakes that execution makes.

Programs from ``generator.py`` are written in batches as packages of one
project; wakecheck analyses the batch once (the real CLI, in a subprocess) and
``executor.py`` runs every alarm under the idle model (in another subprocess).
A wake executed with rare predicates False that is not a WC001 finding, or one
executed with rare predicates enumerated that is neither WC001 nor WC002, is a
miss. A WC001 finding that no execution reached costs precision.

A batch where wakecheck crashes, reports an input error or exceeds its time
budget is split program by program to find the culprits. A failing program is
shrunk (statements deleted, compound statements replaced by a body, while the
same failure remains) and can be saved under ``regressions/``.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .generator import CONFIG, Node, Program, generate

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
EXECUTOR = HERE / "executor.py"
REGRESSIONS = HERE / "regressions"
WAKECHECK_TIMEOUT_S = 300.0
PROGRAM_TIMEOUT_S = 30.0  # one program alone: far beyond the ~0.5 s one takes


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@dataclass
class Outcome:
    """What became of one program."""

    package: str
    seed: int
    idle_wakes: set[tuple[str, int]] = field(default_factory=set)
    rare_wakes: set[tuple[str, int]] = field(default_factory=set)
    wc001: set[tuple[str, int]] = field(default_factory=set)
    wc002: set[tuple[str, int]] = field(default_factory=set)
    missed: list[tuple[str, str, int, str]] = field(default_factory=list)  # (mode, path, line, label)
    runs: int = 0
    exhaustive: bool = True
    crash: str | None = None  # wakecheck: traceback, input error or time-out
    exec_error: str | None = None  # the program itself misbehaved: a generator bug

    @property
    def failed(self) -> bool:
        return bool(self.missed or self.crash)


@dataclass
class Summary:
    programs: int = 0
    runs: int = 0
    exhaustive: int = 0
    wakes_executed: int = 0
    wakes_missed: int = 0
    reported: int = 0
    reported_executed: int = 0
    crashes: int = 0
    exec_errors: int = 0
    failures: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.programs += 1
        self.runs += outcome.runs
        self.exhaustive += outcome.exhaustive
        self.wakes_executed += len(outcome.idle_wakes | outcome.rare_wakes)
        self.wakes_missed += len(outcome.missed)
        self.reported += len(outcome.wc001)
        self.reported_executed += len(outcome.wc001 & outcome.idle_wakes)
        self.crashes += outcome.crash is not None
        self.exec_errors += outcome.exec_error is not None
        if outcome.failed or outcome.exec_error:
            self.failures.append(outcome)

    @property
    def precision(self) -> float:
        return self.reported_executed / self.reported if self.reported else 1.0


# -- writing and running -------------------------------------------------------------


def write_project(root: Path, programs: list[Program], config: str = CONFIG) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(config, encoding="utf-8")
    for program in programs:
        for rel, text in program.render().items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    manifest = {"programs": [p.manifest() for p in programs]}
    (root / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def run_wakecheck(root: Path, timeout: float) -> tuple[dict[str, object] | None, str | None]:
    """The JSON report, or why there is none (a crash, an input error, a time-out)."""
    command = [sys.executable, "-m", "wakecheck", "check", "--format", "json",
               "--select", "WC001,WC002", "--no-cache", "--exit-zero", "."]
    try:
        proc = subprocess.run(command, cwd=root, env=cli_env(), capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timeout: no result after {timeout:.0f} s"
    if proc.returncode != 0 or "Traceback" in proc.stderr:
        return None, f"exit {proc.returncode}: {proc.stderr.strip()[-3000:]}"
    report = json.loads(proc.stdout)
    if report.get("errors"):
        return None, f"input errors: {report['errors']}"
    return report, None


def run_executor(root: Path, max_runs: int, samples: int) -> dict[str, dict[str, object]]:
    out = root / "executed.json"
    command = [sys.executable, str(EXECUTOR), str(root), str(out),
               "--max-runs", str(max_runs), "--samples", str(samples)]
    subprocess.run(command, check=True, env=cli_env(), capture_output=True, text=True)
    return json.loads(out.read_text())


def _judge(program: Program | dict[str, object], report: dict[str, object] | None, crash: str | None,
           executed: dict[str, object]) -> Outcome:
    package, seed = (program.package, program.seed) if isinstance(program, Program) else (
        str(program["package"]), int(program["seed"]))  # type: ignore[call-overload]
    outcome = Outcome(package, seed, crash=crash)
    result = executed.get(package, {})
    if "error" in result:
        outcome.exec_error = str(result["error"])
        return outcome
    labels: dict[tuple[str, int], str] = {}
    for mode, wakes in (("idle", outcome.idle_wakes), ("rare", outcome.rare_wakes)):
        mode_result = result[mode]
        outcome.runs += mode_result["runs"]
        outcome.exhaustive &= mode_result["exhaustive"]
        if mode_result["error"]:
            outcome.exec_error = mode_result["error"]
        for path, line, label in mode_result["wakes"]:
            wakes.add((path, line))
            labels[(path, line)] = label
    if report is None:
        return outcome
    prefix = package + "/"
    for finding in report["findings"]:
        if finding["path"].startswith(prefix):
            key = (finding["path"], finding["line"])
            (outcome.wc001 if finding["rule"] == "WC001" else outcome.wc002).add(key)
    for key in sorted(outcome.idle_wakes - outcome.wc001):
        outcome.missed.append(("idle", *key, labels[key]))
    for key in sorted(outcome.rare_wakes - outcome.wc001 - outcome.wc002):
        outcome.missed.append(("rare", *key, labels[key]))
    return outcome


def check_programs(programs: list[Program], workdir: Path, max_runs: int, samples: int,
                   timeout: float = WAKECHECK_TIMEOUT_S, config: str = CONFIG) -> list[Outcome]:
    """Analyse and execute ``programs`` as one project; split it when wakecheck fails."""
    write_project(workdir, programs, config)
    with ThreadPoolExecutor(2) as pool:
        analysed = pool.submit(run_wakecheck, workdir, timeout)
        executed = run_executor(workdir, max_runs, samples)
        report, crash = analysed.result()
    if crash is not None and len(programs) > 1:
        # Find the culprits: each program alone, with a budget for one program.
        outcomes = []
        for i, program in enumerate(programs):
            sub = workdir / f"alone-{i}"
            write_project(sub, [program], config)
            alone_report, alone_crash = run_wakecheck(sub, PROGRAM_TIMEOUT_S)
            outcomes.append(_judge(program, alone_report, alone_crash, executed))
            shutil.rmtree(sub)
        return outcomes
    return [_judge(p, report, crash, executed) for p in programs]


def check_directory(root: Path, max_runs: int = 512, samples: int = 256,
                    timeout: float = PROGRAM_TIMEOUT_S) -> list[Outcome]:
    """Analyse and execute a project already on disk (a saved regression)."""
    entries = json.loads((root / "manifest.json").read_text())["programs"]
    with ThreadPoolExecutor(2) as pool:
        analysed = pool.submit(run_wakecheck, root, timeout)
        executed = run_executor(root, max_runs, samples)
        report, crash = analysed.result()
    return [_judge(entry, report, crash, executed) for entry in entries]


def run(seeds: range, size: int = 1, batch: int = 100, max_runs: int = 512, samples: int = 256,
        workers: int = 2, keep: Path | None = None, config: str = CONFIG,
        progress: Callable[[str], None] | None = None) -> Summary:
    """Generate, analyse and execute one program per seed; the seed names the package."""
    summary = Summary()
    chunks = [seeds[i:i + batch] for i in range(0, len(seeds), batch)]
    base = Path(tempfile.mkdtemp(prefix="wakecheck-diff-")) if keep is None else keep

    def one(chunk: range) -> list[Outcome]:
        programs = [generate(seed, f"p{seed:06d}", size) for seed in chunk]
        return check_programs(programs, base / f"batch-{chunk.start}", max_runs, samples, config=config)

    try:
        with ThreadPoolExecutor(max(1, workers // 2)) as pool:
            for outcomes in pool.map(one, chunks):
                for outcome in outcomes:
                    summary.add(outcome)
                if progress:
                    progress(f"{summary.programs} programs, {summary.wakes_missed} missed")
    finally:
        if keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return summary


# -- shrinking ---------------------------------------------------------------------------


def _lists(nodes: list[Node], path: tuple[int, ...] = ()) -> Iterator[tuple[tuple[int, ...], list[Node]]]:
    """Every statement list in the tree, outermost first, with its path."""
    yield path, nodes
    for i, node in enumerate(nodes):
        for j, body in enumerate(node.bodies):
            yield from _lists(body, (*path, i, j))


def _candidates(program: Program) -> Iterator[Program]:
    """Smaller programs: one statement deleted, or a compound statement replaced by a body."""
    for module in list(program.modules):
        count = len(list(_lists(program.modules[module])))
        for index in range(count):
            probe = copy.deepcopy(program)
            _, nodes = list(_lists(probe.modules[module]))[index]
            for i in range(len(nodes) - 1, -1, -1):
                for replacement in ([], *nodes[i].bodies):
                    smaller = copy.deepcopy(probe)
                    _, target = list(_lists(smaller.modules[module]))[index]
                    target[i:i + 1] = copy.deepcopy(replacement)
                    yield smaller


def _failure_kind(outcome: Outcome) -> str | None:
    if outcome.exec_error:
        return None  # a smaller program that misbehaves proves nothing
    if outcome.crash:
        return "crash:" + outcome.crash.split(":", 1)[0]
    if outcome.missed:
        return "missed:" + ",".join(sorted({m[3] for m in outcome.missed}))
    return None


def shrink(program: Program, workdir: Path, max_runs: int = 512, samples: int = 256,
           budget: int = 400, timeout: float = PROGRAM_TIMEOUT_S,
           config: str = CONFIG) -> tuple[Program, Outcome]:
    """The smallest program found that fails the way ``program`` does (greedy, one pass per size)."""

    def test(candidate: Program) -> Outcome:
        for rel, text in candidate.render().items():
            try:
                compile(text, rel, "exec", dont_inherit=True)
            except SyntaxError:
                return Outcome(candidate.package, candidate.seed, exec_error="does not compile")
        shutil.rmtree(workdir, ignore_errors=True)
        return check_programs([candidate], workdir, max_runs, samples, timeout, config)[0]

    best_outcome = test(program)
    kind = _failure_kind(best_outcome)
    if kind is None:
        return program, best_outcome
    wanted = kind.split(":", 1)
    best, tries, progressed = program, 0, True
    while progressed and tries < budget:
        progressed = False
        for candidate in _candidates(best):
            tries += 1
            if tries > budget:
                break
            outcome = test(candidate)
            got = _failure_kind(outcome)
            # A miss must keep one of the labels it missed; a crash must stay the same kind.
            if got is not None and got.split(":", 1)[0] == wanted[0] and (
                wanted[0] == "crash" or set(got.split(":", 1)[1].split(",")) & set(wanted[1].split(","))
            ):
                best, best_outcome, progressed = candidate, outcome, True
                break
    return best, best_outcome


def save_regression(program: Program, outcome: Outcome, name: str, reason: str | None = None,
                    into: Path = REGRESSIONS) -> Path:
    """Write the program as a regression case: ``test_regressions.py`` runs every one."""
    dest = into / name
    shutil.rmtree(dest, ignore_errors=True)
    write_project(dest, [program])
    (dest / "manifest.json").write_text(json.dumps({"programs": [program.manifest()]}, indent=1) + "\n")
    found = {"missed": [list(m) for m in outcome.missed], "crash": outcome.crash}
    (dest / "FOUND.json").write_text(json.dumps(found, indent=1) + "\n")
    if reason:
        (dest / "XFAIL").write_text(reason.strip() + "\n")
    return dest
