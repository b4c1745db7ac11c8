"""Differential testing: wakecheck's findings against the wakes that execution makes.

Programs from ``generator.py`` are written in batches as packages of one
project; wakecheck analyses the batch once (the real CLI, in a subprocess, with
WC001, WC002 and WC003 selected) and ``executor.py`` runs every alarm under the
idle model (in another subprocess).

The promise checked: every container call that an execution of the loop
reaches on an idle tick is a WC001 (a WC002 under a rare condition), or there
is a WC003 on the path that reaches it. A wake executed with rare predicates
False that is not a WC001 finding, or one executed with rare predicates
enumerated that is neither WC001 nor WC002, is *lost with a WC003* when some
WC003 finding lies on a stack that reached it — at the line of one of its
frames (a call in progress) or elsewhere inside one of its frames' functions —
and a *miss* otherwise. A wake is located where Python makes the call; a finding
at the line its label is written on counts for it too (``partial(h.post,
"/s1")`` names the call where the partial is made, Python makes it where the
partial is called). A WC001 finding that no execution reached costs
precision. Programs, wakes, misses, losses and findings are also counted per
idiom: a wake counts for the idioms on its path (as the generator recorded
them for its label), a finding for those of the sink it names.

A batch where wakecheck crashes, reports an input error or exceeds its time
budget is split program by program to find the culprits. A failing program is
shrunk (statements deleted, compound statements replaced by a body, while the
same failure remains) and can be saved under ``regressions/``.
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .generator import CONFIG, IDIOMS, Node, Program, generate

if TYPE_CHECKING:
    from tests.forked_cli import ForkedCli

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


Key = tuple[str, int]  # a sink's path and line
Stack = list[list[object]]  # the executor's frames: path, line, function, first line, last line


@dataclass
class Outcome:
    """What became of one program."""

    package: str
    seed: int
    idle_wakes: set[Key] = field(default_factory=set)
    rare_wakes: set[Key] = field(default_factory=set)
    wc001: set[Key] = field(default_factory=set)
    wc002: set[Key] = field(default_factory=set)
    wc003: set[Key] = field(default_factory=set)
    missed: list[tuple[str, str, int, str]] = field(default_factory=list)  # (mode, path, line, labels)
    lost: list[tuple[str, str, int, str, str]] = field(default_factory=list)  # (..., "call" | "function")
    labels: dict[Key, set[str]] = field(default_factory=dict)
    stacks: dict[Key, list[Stack]] = field(default_factory=dict)
    idioms: set[str] = field(default_factory=set)  # the program's
    label_idioms: dict[str, set[str]] = field(default_factory=dict)
    sites: dict[Key, set[str]] = field(default_factory=dict)  # the labels written at each sink line
    runs: int = 0
    exhaustive: bool = True
    crash: str | None = None  # wakecheck: traceback, input error or time-out
    exec_error: str | None = None  # the program itself misbehaved: a generator bug

    @property
    def failed(self) -> bool:
        return bool(self.missed or self.crash)

    def where(self, key: Key) -> set[Key]:
        """The wake's line and the lines its labels are written on."""
        return {key} | {site for site, labels in self.sites.items() if labels & self.labels.get(key, set())}

    @property
    def reached(self) -> set[Key]:
        """Every line an idle execution reached, as a wake or as the label of one."""
        return set().union(*(self.where(key) for key in self.idle_wakes)) if self.idle_wakes else set()

    def idioms_of(self, labels: set[str]) -> set[str]:
        """The idioms on the path of sinks with these labels; the program's when none is known."""
        known = set().union(*(self.label_idioms.get(label, set()) for label in labels)) if labels else set()
        return known or self.idioms


@dataclass
class Counts:
    """Programs; wakes executed, missed and lost (with a WC003 on their path); WC001 findings and
    how many of them an idle execution reached. Kept for all programs and per idiom."""

    programs: int = 0
    wakes: int = 0
    missed: int = 0
    lost: int = 0
    reported: int = 0
    reported_executed: int = 0

    def merge(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.reported_executed / self.reported if self.reported else 1.0


@dataclass
class Summary:
    total: Counts = field(default_factory=Counts)
    idioms: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in IDIOMS})
    runs: int = 0
    exhaustive: int = 0
    lost_at_call: int = 0  # lost wakes with a WC003 at the line of one of their frames
    crashes: int = 0
    exec_errors: int = 0
    failures: list[Outcome] = field(default_factory=list)
    losses: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.runs += outcome.runs
        self.exhaustive += outcome.exhaustive
        self.lost_at_call += sum(lost[4] == "call" for lost in outcome.lost)
        self.crashes += outcome.crash is not None
        self.exec_errors += outcome.exec_error is not None
        if outcome.failed or outcome.exec_error:
            self.failures.append(outcome)
        elif outcome.lost:
            self.losses.append(outcome)
        # Each count goes to the total ("") and to the idioms of what is counted.
        counts: dict[str, Counts] = defaultdict(Counts)
        for idiom in ("", *outcome.idioms):
            counts[idiom].programs += 1
        for key in outcome.idle_wakes | outcome.rare_wakes:
            for idiom in ("", *outcome.idioms_of(outcome.labels.get(key, set()))):
                counts[idiom].wakes += 1
        for kind, items in (("missed", outcome.missed), ("lost", outcome.lost)):
            for item in items:
                for idiom in ("", *outcome.idioms_of(set(item[3].split(",")))):
                    setattr(counts[idiom], kind, getattr(counts[idiom], kind) + 1)
        reached = outcome.reached
        for key in outcome.wc001:
            for idiom in ("", *outcome.idioms_of(outcome.sites.get(key, set()))):
                counts[idiom].reported += 1
                counts[idiom].reported_executed += key in reached
        self.total.merge(counts.pop(""))
        for idiom, count in counts.items():
            self.idioms.setdefault(idiom, Counts()).merge(count)

    def merge(self, other: Summary) -> None:
        self.total.merge(other.total)
        for idiom, count in other.idioms.items():
            self.idioms.setdefault(idiom, Counts()).merge(count)
        for name in ("runs", "exhaustive", "lost_at_call", "crashes", "exec_errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures += other.failures
        self.losses += other.losses


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


def run_wakecheck(root: Path, timeout: float,
                  cli: ForkedCli | None = None) -> tuple[dict[str, object] | None, str | None]:
    """The JSON report, or why there is none (a crash, an input error, a time-out).

    With ``cli``, the command runs in a process forked from that server (tests/forked_cli.py)."""
    args = ["check", "--format", "json", "--select", "WC001,WC002,WC003", "--no-cache", "--exit-zero", "."]
    try:
        if cli is None:
            proc = subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=root, env=cli_env(),
                                  capture_output=True, text=True, timeout=timeout)
        else:
            proc = cli.run(args, root, env=cli_env(), timeout=timeout)
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
    entry: dict[str, Any] = program.manifest() if isinstance(program, Program) else program  # type: ignore[assignment]
    package = str(entry["package"])
    outcome = Outcome(package, int(entry["seed"]), crash=crash, idioms=set(entry.get("idioms", ())),
                      label_idioms={label: set(tags) for label, tags in entry.get("labels", {}).items()})
    for label, (path, line) in entry.get("sites", {}).items():
        outcome.sites.setdefault((path, line), set()).add(label)
    result = executed.get(package, {})
    if "error" in result:
        outcome.exec_error = str(result["error"])
        return outcome
    for mode, wakes in (("idle", outcome.idle_wakes), ("rare", outcome.rare_wakes)):
        mode_result = result[mode]
        outcome.runs += mode_result["runs"]
        outcome.exhaustive &= mode_result["exhaustive"]
        if mode_result["error"]:
            outcome.exec_error = mode_result["error"]
        for path, line, labels, stacks in mode_result["wakes"]:
            key = (path, line)
            wakes.add(key)
            outcome.labels.setdefault(key, set()).update(labels)
            have = outcome.stacks.setdefault(key, [])
            have += [stack for stack in stacks if stack not in have]
    if report is None:
        return outcome
    prefix = package + "/"
    found = {"WC001": outcome.wc001, "WC002": outcome.wc002, "WC003": outcome.wc003}
    for finding in report["findings"]:
        if finding["path"].startswith(prefix):
            found[finding["rule"]].add((finding["path"], finding["line"]))
    unreported = [("idle", key) for key in sorted(outcome.idle_wakes) if not outcome.where(key) & outcome.wc001]
    unreported += [("rare", key) for key in sorted(outcome.rare_wakes)
                   if not outcome.where(key) & (outcome.wc001 | outcome.wc002)]
    for mode, key in unreported:
        item = (mode, *key, ",".join(sorted(outcome.labels[key])))
        how = _wc003_on_path(outcome.stacks[key], outcome.wc003)
        if how:
            outcome.lost.append((*item, how))
        else:
            outcome.missed.append(item)
    return outcome


def _wc003_on_path(stacks: list[Stack], wc003: set[Key]) -> str | None:
    """``call`` when a WC003 is at the line of a frame of some stack that reached the wake (a
    call in progress there), ``function`` when one is elsewhere in such a frame's function."""
    lines: dict[str, set[int]] = defaultdict(set)
    for path, line in wc003:
        lines[path].add(line)
    frames = [frame for stack in stacks for frame in stack]
    if any(frame[1] in lines[str(frame[0])] for frame in frames):
        return "call"
    for path, _, _, first, last in frames:
        if any(int(first) <= line <= int(last) for line in lines[str(path)]):  # type: ignore[call-overload]
            return "function"
    return None


def check_programs(programs: list[Program], workdir: Path, max_runs: int, samples: int,
                   timeout: float = WAKECHECK_TIMEOUT_S, config: str = CONFIG,
                   cli: ForkedCli | None = None) -> list[Outcome]:
    """Analyse and execute ``programs`` as one project; split it when wakecheck fails."""
    write_project(workdir, programs, config)
    with ThreadPoolExecutor(2) as pool:
        analysed = pool.submit(run_wakecheck, workdir, timeout, cli)
        executed = run_executor(workdir, max_runs, samples)
        report, crash = analysed.result()
    if crash is not None and len(programs) > 1:
        # Find the culprits: each program alone, with a budget for one program.
        outcomes = []
        for i, program in enumerate(programs):
            sub = workdir / f"alone-{i}"
            write_project(sub, [program], config)
            alone_report, alone_crash = run_wakecheck(sub, PROGRAM_TIMEOUT_S, cli)
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


# Programs analysed together. The analysis follows at most 40 writers of one attribute name
# across the project (more are reported as lost, WC003), and generated programs share their
# attribute names: 50 keep one program's results nearly independent of the others in its batch.
BATCH = 50


def run(seeds: Sequence[int], size: int = 1, batch: int = BATCH, max_runs: int = 512, samples: int = 256,
        workers: int = 2, keep: Path | None = None, config: str = CONFIG,
        progress: Callable[[str], None] | None = None) -> Summary:
    """Generate, analyse and execute one program per seed; the seed names the package."""
    summary = Summary()
    chunks = [seeds[i:i + batch] for i in range(0, len(seeds), batch)]
    base = Path(tempfile.mkdtemp(prefix="wakecheck-diff-")) if keep is None else keep

    def one(chunk: Sequence[int]) -> list[Outcome]:
        programs = [generate(seed, f"p{seed:06d}", size) for seed in chunk]
        return check_programs(programs, base / f"batch-{chunk[0]}", max_runs, samples, config=config)

    try:
        with ThreadPoolExecutor(max(1, workers // 2)) as pool:
            for outcomes in pool.map(one, chunks):
                for outcome in outcomes:
                    summary.add(outcome)
                if progress:
                    progress(f"{summary.total.programs} programs, {summary.total.missed} missed")
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


def _candidates(program: Program, chunks: bool) -> Iterator[Program]:
    """Smaller programs: with ``chunks``, runs of two statements or more deleted (the longest
    first); else one statement deleted, or a compound statement (not a def or a class)
    replaced by one of its bodies."""
    for module in list(program.modules):
        count = len(list(_lists(program.modules[module])))
        for index in range(count):
            _, nodes = list(_lists(program.modules[module]))[index]
            for start, stop, replacement in _cuts(nodes, chunks):
                smaller = copy.deepcopy(program)
                _, target = list(_lists(smaller.modules[module]))[index]
                target[start:stop] = copy.deepcopy(replacement)
                yield smaller


def _cuts(nodes: list[Node], chunks: bool) -> Iterator[tuple[int, int, list[Node]]]:
    n = len(nodes)
    if chunks:
        size = n
        while size >= 2:
            for start in range(n - size, -1, -size):
                yield start, start + size, []
            size //= 2
        return
    for i in range(n - 1, -1, -1):
        for replacement in ([], *([] if nodes[i].frame else nodes[i].bodies)):
            yield i, i + 1, replacement


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
           config: str = CONFIG, cli: ForkedCli | None = None) -> tuple[Program, Outcome]:
    """The smallest program found that fails the way ``program`` does (greedy, one pass per size).

    With ``cli``, each candidate is analysed in a process forked from that server, not in a
    ``python -m wakecheck`` of its own: what is paid per candidate is the analysis."""
    # Different cuts can leave the same text (a chunk of one statement, that statement
    # alone): such a candidate is judged once. It still counts against the budget.
    judged: dict[tuple[tuple[str, str], ...], Outcome] = {}

    def test(candidate: Program) -> Outcome:
        rendered = tuple(sorted(candidate.render().items()))
        if rendered in judged:
            return judged[rendered]
        for rel, text in rendered:
            try:
                compile(text, rel, "exec", dont_inherit=True)
            except SyntaxError:
                return Outcome(candidate.package, candidate.seed, exec_error="does not compile")
        shutil.rmtree(workdir, ignore_errors=True)
        judged[rendered] = check_programs([candidate], workdir, max_runs, samples, timeout, config, cli)[0]
        return judged[rendered]

    best_outcome = test(program)
    kind = _failure_kind(best_outcome)
    if kind is None:
        return program, best_outcome
    wanted = kind.split(":", 1)
    best, tries = program, 0
    for chunks in (True, False):
        progressed = True
        while progressed and tries < budget:
            progressed = False
            for candidate in _candidates(best, chunks):
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
    found = {"missed": [list(m) for m in outcome.missed], "lost": [list(m) for m in outcome.lost],
             "crash": outcome.crash}
    (dest / "FOUND.json").write_text(json.dumps(found, indent=1) + "\n")
    if reason:
        (dest / "XFAIL").write_text(reason.strip() + "\n")
    return dest
