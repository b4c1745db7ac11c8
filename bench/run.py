#!/usr/bin/env python3
"""wakecheck's benchmark (issue 5): whole-process wall time, CPU time and peak memory, beside other tools.

    /work/venv/bin/python bench/run.py [--quick] [--only 1,2,...] [--repeat N]

Fetches pinned real corpora (Django's sdist from the package registry, this
interpreter's standard library), builds the scenario trees under bench/.work/,
runs wakecheck beside ruff (one rule), Fixit (one rule), pyflakes and bare
LibCST parsing on the same files, prints a results table and writes
bench/RESULTS.md. See bench/README.md for what each scenario measures.

Everything but the timings is deterministic: the trees are rebuilt from the
pristine corpora on every run, the synthetic projects are generated from N
alone, and the tool versions are pinned below.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import hashlib
import json
import math
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import sysconfig
import tarfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CORPORA = BENCH / ".corpora"
WORK = BENCH / ".work"
TOOLS_VENV = WORK / "venv"
LOGS = WORK / "logs"
FIXTURE = REPO / "fixtures" / "towndo"

DJANGO_VERSION = "5.2.19"
DJANGO_SDIST = f"django-{DJANGO_VERSION}.tar.gz"
DJANGO_SHA256 = "ad03d8abc51dbff95ebf34b27123cf0c26a3b62db7ba0cd520783686362533d1"
# The comparison tools, installed into TOOLS_VENV on first run. libcst is pinned to
# the version wakecheck's own environment had when this was written, so that Fixit
# and wakecheck parse with the same parser.
PINS = {"ruff": "0.17.5", "fixit": "2.2.1", "libcst": "1.9.0", "pyflakes": "4.1.0"}
# The sampling profiler that says where wakecheck's time went in the slow runs (optional: without it,
# or with --no-profile, the report has no profile lines).
PROFILER_PIN = "py-spy==0.4.3"
RUFF_RULE = "F401"
# A built-in Fixit rule that declares no metadata dependency: Fixit's cheapest kind of
# rule (measurements.md: 83 s on Django; a rule using qualified names: 152 s).
FIXIT_RULE = "fixit.rules:NoRedundantFString"
# The files scenario 4 edits between warm runs: the module nearly every unit of the
# analysis reads (the ORM's query sets), and a test module only its own unit reads.
EDITED_FILE = "django/db/models/query.py"
LEAF_FILE = "tests/admin_views/tests.py"
# Where scenario 4 adds a new test module (one more each run): beside LEAF_FILE, so that
# it sorts amid the files of the tree, not after them.
ADDED_FILE = "tests/admin_views/test_wakecheck_bench_{n}.py"
# Where the edits in the middle of EDITED_FILE go: before the body of QuerySet.exists, before its def.
EXISTS_BODY = "        if self._result_cache is None:\n            return self.query.has_results(using=self.db)\n"
EXISTS_DEF = "    def exists(self):\n"
SCALING_N = (10, 100, 1000)
SCALING_N_QUICK = (10, 100)
GIB = 1024 * 1024  # KiB
TARGETS = {
    "1": "wakecheck wall ≤ 1.0 × ruff (one rule) on Django, no entry",
    "2": "wakecheck wall on Django + fixture ≤ 1.5 × (fixture alone + Django no-entry)",
    "3": "entry = [\"*\"] on Django, cold: wall ≤ 0.3 × Fixit (one rule), ≤ 2 × bare LibCST parsing on 2 cores, "
         "peak memory ≤ 1 GiB",
    "4": "warm cache, nothing changed: ≤ 5% of the cold run; one file edited: ≤ 10%",
    "5": "synthetic alarm closure of N modules: time grows linearly in N (fitted exponent ≤ 1.15)",
}


# --------------------------------------------------------------------------- measuring

@dataclasses.dataclass
class Sample:
    wall: float
    cpu: float
    maxrss_kib: int
    """ru_maxrss from wait4: the largest single process among the child and its reaped descendants."""
    all_peak_kib: int | None
    """The highest sampled sum of PSS (RSS where PSS is unreadable) over the child's whole process tree;
    None when the run was not sampled (timed runs are not: see run_once)."""
    returncode: int
    stderr: str
    stdout_path: Path


@dataclasses.dataclass
class Measurement:
    label: str
    argv: list[str]
    cwd: Path
    samples: list[Sample] = dataclasses.field(default_factory=list)
    status: str = "ok"
    note: str = ""
    timed_out: float | None = None
    """The timeout, when the run was killed at it: the wall time is at least this."""
    profile: str = ""
    """Where the time went, from py-spy attached to one more run (when profiled)."""
    memory: Sample | None = None
    """The run whose process tree was sampled for memory: the warm-up run, or a round's run not measured."""

    @property
    def ok(self) -> bool:
        return self.status == "ok" and bool(self.samples)

    def _median(self, attr: str) -> float:
        return statistics.median(getattr(s, attr) for s in self.samples)

    @property
    def wall(self) -> float:
        return self._median("wall")

    @property
    def cpu(self) -> float:
        return self._median("cpu")

    @property
    def maxrss_kib(self) -> float:
        return self._median("maxrss_kib")

    @property
    def all_peak_kib(self) -> float | None:
        """The memory run's peak over all processes (None: not sampled)."""
        return self.memory.all_peak_kib if self.memory is not None else None

    def command(self) -> str:
        shown = []
        for arg in self.argv:
            if arg == sys.executable:
                shown.append("python")
            elif arg.startswith(str(BENCH)):
                shown.append(os.path.relpath(arg, self.cwd))
            else:
                shown.append(arg)
        return " ".join(shown)


_PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclasses.dataclass
class Step:
    """One command of a round (see Bench.rounds): run once per round, back to back with the others."""
    label: str
    argv: list[str]
    cwd: Path
    ok_codes: tuple[int, ...] = (0, 1)
    complete_if: str | None = None
    before: Callable[[], None] | None = None
    """Called before each run of the step (an edit, removing the cache)."""
    timed: bool = True
    """False: a settling run (a warm-up), not measured."""
    profile: bool = False
    """py-spy attached in the round that is not measured."""
    required: bool = False
    """When this step fails, the steps after it cannot run (they read what it writes)."""


def _process_tree(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(c) for c in handle.read().split())
        except (OSError, ValueError):
            pass
    return found


def _memory_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * _PAGE_KIB
    except (OSError, ValueError, IndexError):
        return 0


class _TreeSampler(threading.Thread):
    """Polls the child's process tree every `interval` seconds and keeps the highest total."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak = pid, interval, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(self.interval):
            total = sum(_memory_kib(p) for p in _process_tree(self.pid) if p != self.pid)  # not the launcher
            self.peak = max(self.peak, total)


def _first_child(pid: int, wait: float = 2.0) -> int | None:
    deadline = time.perf_counter() + wait
    while time.perf_counter() < deadline:
        children = [p for p in _process_tree(pid) if p != pid]
        if children:
            return children[0]
        time.sleep(0.002)
    return None


def run_once(argv: list[str], cwd: Path, log_stem: str, timeout: float, profiler: str | None = None,
             sample_memory: bool = False) -> Sample:
    """One whole-process run, through bench/_launch.py: wall time around spawn..reap, CPU and ru_maxrss from
    wait4 (user + system of the command and every child it reaped; the largest single process's peak RSS).

    `sample_memory`: also sum the process tree's PSS every 50 ms. Not in timed runs: reading
    smaps_rollup walks each process's page tables under its memory lock, and on all of Django
    (three processes, 800 MiB) that slowed wakecheck's cold run from 42.5 s to 47.7 s."""
    LOGS.mkdir(parents=True, exist_ok=True)
    stdout_path = LOGS / f"{log_stem}.out"
    stderr_path = LOGS / f"{log_stem}.err"
    result_path = LOGS / f"{log_stem}.json"
    result_path.unlink(missing_ok=True)
    launcher = [sys.executable, "-I", "-S", str(BENCH / "_launch.py"), str(result_path)]
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        proc = subprocess.Popen([*launcher, *argv], cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        sampler = _TreeSampler(proc.pid)
        if sample_memory:
            sampler.start()
        spy = None
        if profiler is not None:
            # py-spy attached to the command (not the launcher), non-blocking: it never pauses the
            # process, samples 10 times a second and is not a child of it, so its own CPU is not counted.
            child = _first_child(proc.pid)
            if child is not None:
                spy = subprocess.Popen([profiler, "record", "--pid", str(child), "--nonblocking", "--subprocesses",
                                        "--full-filenames", "--rate", "10", "--format", "raw",
                                        "--output", str(LOGS / f"{log_stem}.pyspy")],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            timed_out = True
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
            proc.wait()
        if sample_memory:
            sampler.done.set()
            sampler.join()
        if spy is not None:
            try:
                spy.wait(timeout=60)
            except subprocess.TimeoutExpired:
                spy.send_signal(signal.SIGINT)
                spy.wait()
    stderr = stderr_path.read_text(errors="replace")
    try:
        result = json.loads(result_path.read_text())
    except (OSError, ValueError):
        result = None
    if timed_out or result is None:
        head = f"TIMEOUT after {timeout:.0f} s" if timed_out else f"launcher failed (exit {proc.returncode})"
        return Sample(wall=float("nan"), cpu=float("nan"), maxrss_kib=0,
                      all_peak_kib=sampler.peak if sample_memory else None,
                      returncode=proc.returncode, stderr=head + "\n" + stderr, stdout_path=stdout_path)
    return Sample(wall=result["wall"], cpu=result["cpu"], maxrss_kib=result["maxrss_kib"],
                  all_peak_kib=max(sampler.peak, result["maxrss_kib"]) if sample_memory else None,
                  returncode=result["exit"], stderr=stderr, stdout_path=stdout_path)


_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^()]*?):(?P<line>\d+)\)$")


def summarize_profile(path: Path) -> str:
    """py-spy's raw (collapsed) stacks reduced to one line: the top self-time frames, and the innermost
    wakecheck function (by line) under which the samples fell."""
    try:
        text = path.read_text()
    except OSError:
        return ""
    own: dict[str, int] = {}
    inner: dict[str, int] = {}
    total = 0
    package = str(REPO / "wakecheck") + "/"
    for row in text.splitlines():
        stack, _, count = row.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        parsed = [_FRAME.match(f) for f in frames]
        top = parsed[-1]
        name = f"{top['func']} ({_short(top['file'])}:{top['line']})" if top else frames[-1]
        own[name] = own.get(name, 0) + n
        for match in reversed(parsed):
            if match and match["file"].startswith(package):
                key = f"{match['func']} ({_short(match['file'])}:{match['line']})"
                inner[key] = inner.get(key, 0) + n
                break
    if not total:
        return ""

    def top3(counts: dict[str, int]) -> str:
        best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        return ", ".join(f"{n / total:.0%} {name}" for name, n in best)

    return (f"py-spy, {total} samples at 10 Hz: self time {top3(own)}; innermost wakecheck frame "
            f"{top3(inner) or 'none'}")


def _short(file: str) -> str:
    for base in (str(REPO) + "/", str(Path(sys.prefix)) + "/"):
        if file.startswith(base):
            return file[len(base):]
    return file.rsplit("/site-packages/", 1)[-1]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.results: dict[str, Measurement] = {}
        self.profiler: str | None = None
        """py-spy, when installed and --no-profile was not given."""

    def say(self, text: str) -> None:
        print(text, flush=True)

    def measure(self, label: str, argv: list[str], cwd: Path, *, ok_codes: tuple[int, ...] = (0, 1),
                timeout: float | None = None, complete_if: str | None = None, profile: bool = False) -> Measurement:
        """Median of `--repeat` runs, after one unmeasured warm-up run (sampled for memory)."""
        if label in self.results:
            return self.results[label]
        n = self.args.repeat
        timeout = timeout if timeout is not None else self.args.timeout
        m = Measurement(label, argv, cwd)
        self.results[label] = m
        stem = _slug(label)
        self.say(f"  {label}: {m.command()}  (n={n}, warm-up)")
        for i in [None, *range(n)]:
            # The warm-up run, not timed, is the one sampled for memory.
            sample = run_once(argv, cwd, stem if i is None else f"{stem}.{i}", timeout, sample_memory=i is None)
            status = self._status(sample, ok_codes, complete_if)
            if status != "ok":
                m.status = status
                m.samples = [sample]
                if status.startswith("timeout"):
                    m.timed_out = timeout
                self.say(f"    -> {status}")
                return m
            if i is None:
                m.memory = sample
            else:
                m.samples.append(sample)
                self.say(f"    run {i + 1}/{n}: wall {sample.wall:.3f} s, CPU {sample.cpu:.3f} s, "
                         f"peak {sample.maxrss_kib / 1024:.0f} MiB, exit {sample.returncode}")
        if profile and self.profiler is not None:
            # One more run, not measured, with py-spy attached: even non-blocking, reading a
            # process's stacks 10 times a second slowed a cold run on all of Django by a third.
            run_once(argv, cwd, f"{stem}.profiled", timeout, self.profiler)
            m.profile = summarize_profile(LOGS / f"{stem}.profiled.pyspy")
            self.say("    profiled in one more run, not measured")
        if m.all_peak_kib is not None:
            self.say(f"    all processes: {m.all_peak_kib / 1024:.0f} MiB")
        return m

    def rounds(self, steps: list[Step], n: int, before_round: Callable[[], None] | None = None,
               timeout: float | None = None) -> dict[str, Measurement]:
        """The steps run back to back, `n` rounds of them: each timed step gets one sample per round.

        The i-th samples of two steps were taken seconds apart, in the same round, so the
        ratio of the two is not moved by the drift of a shared machine's speed over minutes;
        `_round_ratios` pairs them. Then one round more, not measured: every timed step's run
        sampled for memory, py-spy attached to those marked `profile`. A failing step drops
        out of the later rounds; when a `required` one fails, the rounds stop there and the
        steps that did not run say why.
        """
        timeout = timeout if timeout is not None else self.args.timeout
        measured = {s.label: Measurement(s.label, s.argv, s.cwd) for s in steps if s.timed}
        self.results.update(measured)
        for step in steps:
            self.say(f"  {step.label}{'' if step.timed else ' (settling run, not measured)'}: "
                     f"{Measurement(step.label, step.argv, step.cwd).command()}")
        failed: dict[str, str] = {}  # label: status
        for r in [*range(n), None]:  # None: the round that is not measured
            if before_round is not None:
                before_round()
            self.say(f"    round {r + 1}/{n}" if r is not None else "    one more round, not measured: memory"
                     + (" and profiles" if self.profiler and any(s.profile for s in steps) else ""))
            for step in steps:
                if step.label in failed:
                    continue
                if step.before is not None:
                    step.before()
                stem = _slug(step.label) + ("" if step.timed else ".settle") + (f".{r}" if r is not None else ".extra")
                spy = self.profiler if r is None and step.profile else None
                sample = run_once(step.argv, step.cwd, stem, timeout, spy, sample_memory=r is None and step.timed)
                status = self._status(sample, step.ok_codes, step.complete_if)
                m = measured.get(step.label)
                if status != "ok":
                    failed[step.label] = status
                    self.say(f"      {step.label}: {status}")
                    if m is not None and (r is not None or not m.samples):
                        m.status = status
                        m.samples.append(sample)
                        m.timed_out = timeout if status.startswith("timeout") else None
                    if step.required:
                        break
                    continue
                if m is None or not step.timed:
                    continue
                if r is None:
                    m.memory = sample
                    if spy is not None:
                        m.profile = summarize_profile(LOGS / f"{stem}.pyspy")
                else:
                    m.samples.append(sample)
                    self.say(f"      {step.label}: wall {sample.wall:.3f} s, CPU {sample.cpu:.3f} s, "
                             f"peak {sample.maxrss_kib / 1024:.0f} MiB, exit {sample.returncode}")
            required = [label for label in failed if any(s.required and s.label == label for s in steps)]
            if required:
                for m in measured.values():
                    if not m.samples:
                        m.status = f"not run: {required[0]} {failed[required[0]]}"
                break
        return measured

    @staticmethod
    def _status(sample: Sample, ok_codes: tuple[int, ...], complete_if: str | None = None) -> str:
        if sample.stderr.startswith(("TIMEOUT", "launcher failed")):
            return sample.stderr.splitlines()[0].lower()
        if sample.returncode == 2 and "No such option" in sample.stderr:
            option = re.search(r"No such option:?\s*(\S+)", sample.stderr)
            return f"flag not available ({option.group(1) if option else 'unknown option'})"
        if sample.returncode in ok_codes and (sample.returncode in (0, 1) or complete_if is None
                                              or complete_if in sample.stderr):
            return "ok"
        lines = [line for line in sample.stderr.strip().splitlines() if line.strip()]
        return f"error: exit {sample.returncode}: {lines[-1][:160] if lines else 'no message'}"


# --------------------------------------------------------------------------- corpora and trees

def _pip(python: Path | str, *args: str) -> None:
    subprocess.run([str(python), "-m", "pip", *args], check=True)


def fetch_django() -> Path:
    """Django's sdist via pip, checked against the pinned sha256, unpacked once."""
    CORPORA.mkdir(parents=True, exist_ok=True)
    archive = CORPORA / DJANGO_SDIST
    if not archive.exists():
        print(f"fetching Django {DJANGO_VERSION}'s sdist ...", flush=True)
        _pip(sys.executable, "download", "--quiet", "--no-deps", "--no-binary", ":all:",
             f"django=={DJANGO_VERSION}", "-d", str(CORPORA))
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != DJANGO_SHA256:
        raise SystemExit(f"{archive}: sha256 {digest}, expected {DJANGO_SHA256}; delete it to fetch it again")
    unpacked = CORPORA / f"django-{DJANGO_VERSION}"
    marker = unpacked / ".unpacked"
    if not marker.exists():
        shutil.rmtree(unpacked, ignore_errors=True)
        with tarfile.open(archive) as tar:
            tar.extractall(CORPORA, filter="data")
        marker.write_text(digest)
    return unpacked


def copy_stdlib() -> Path:
    """This interpreter's standard library, `.py` files only, without site-packages."""
    source = Path(sysconfig.get_paths()["stdlib"])
    target = CORPORA / f"stdlib-{platform.python_version()}"
    marker = target / ".copied"
    if marker.exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    for directory, dirs, names in os.walk(source):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__") and not d.startswith("."))
        rel = Path(directory).relative_to(source)
        for name in sorted(names):
            if name.endswith(".py"):
                (target / rel).mkdir(parents=True, exist_ok=True)
                shutil.copyfile(Path(directory) / name, target / rel / name)
    (target / "pyproject.toml").write_text("")
    marker.write_text(str(source))
    return target


def ensure_tools() -> dict[str, str]:
    """The comparison tools in their own venv, installed (again) when the pins changed."""
    python = TOOLS_VENV / "bin" / "python"
    stamp = TOOLS_VENV / "pins.json"
    if not python.exists() or not stamp.exists() or json.loads(stamp.read_text()) != PINS:
        print(f"installing {', '.join(f'{k}=={v}' for k, v in PINS.items())} into {TOOLS_VENV} ...", flush=True)
        shutil.rmtree(TOOLS_VENV, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(TOOLS_VENV)], check=True)
        _pip(python, "install", "--quiet", "--disable-pip-version-check",
             *(f"{k}=={v}" for k, v in PINS.items()))
        stamp.write_text(json.dumps(PINS))
    tools = {"python": str(python), "ruff": str(TOOLS_VENV / "bin" / "ruff"),
             "fixit": str(TOOLS_VENV / "bin" / "fixit"), "py-spy": ""}
    spy = TOOLS_VENV / "bin" / "py-spy"
    failed = TOOLS_VENV / "py-spy.failed"
    if not spy.exists() and not failed.exists():
        done = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                               PROFILER_PIN], capture_output=True, text=True)
        if done.returncode != 0:
            failed.write_text(done.stderr)
            print(f"note: {PROFILER_PIN} did not install; no profiles ({done.stderr.strip().splitlines()[-1:]})")
    if spy.exists():
        probe = subprocess.run([str(spy), "dump", "--pid", str(os.getpid())], capture_output=True, text=True)
        if probe.returncode == 0:
            tools["py-spy"] = str(spy)
        else:
            print(f"note: py-spy cannot attach here ({(probe.stderr or probe.stdout).strip()[:200]}); no profiles")
    return tools


_TABLE_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\"-]+)\s*\]\]?\s*(?:#.*)?$")


def set_tables(pyproject: Path, prefix: str, body: str) -> None:
    """Replace every `[prefix]` / `[prefix.*]` table of `pyproject` with `body` (appended at the end)."""
    text = pyproject.read_text() if pyproject.exists() else ""
    kept, dropping = [], False
    for line in text.splitlines():
        header = _TABLE_HEADER.match(line)
        if header:
            name = header.group(1)
            dropping = name == prefix or name.startswith(prefix + ".")
        if not dropping:
            kept.append(line)
    pyproject.write_text("\n".join(kept).rstrip() + ("\n\n" if kept else "") + body.strip() + "\n")


def tables_of(pyproject: Path, prefix: str) -> str:
    """The text of every `[prefix]` / `[prefix.*]` table in `pyproject`."""
    taken, taking = [], False
    for line in pyproject.read_text().splitlines():
        header = _TABLE_HEADER.match(line)
        if header:
            name = header.group(1)
            taking = name == prefix or name.startswith(prefix + ".")
        if taking:
            taken.append(line)
    return "\n".join(taken)


def fresh_tree(source: Path, name: str) -> Path:
    target = WORK / "trees" / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".wakecheck_cache", "__pycache__",
                                                                   ".unpacked", ".copied"))
    return target


_DEF_ALARM = re.compile(rb"^[ \t]*(?:async[ \t]+)?def[ \t]+alarm[ \t]*\(", re.M)


def files_defining_alarm(root: Path) -> list[str]:
    hits = []
    for path in sorted(root.rglob("*.py")):
        if _DEF_ALARM.search(path.read_bytes()):
            hits.append(path.relative_to(root).as_posix())
    return hits


def no_entry_table(root: Path) -> tuple[str, str]:
    """A [tool.wakecheck] table under which no function of `root` is an entry, and why."""
    hits = files_defining_alarm(root)
    if not hits:
        return "[tool.wakecheck]\n", "default entry (methods named `alarm`); no `def alarm` in the tree"
    return ('[tool.wakecheck]\nentry = ["*.NoSuchClass.alarm"]\n',
            f"`def alarm` in {len(hits)} file(s) (e.g. {hits[0]}): entry = [\"*.NoSuchClass.alarm\"]")


def read_tree(root: Path) -> int:
    """Read every file once, so the first measured tool does not pay for a cold page cache."""
    total = 0
    for path in root.rglob("*"):
        if path.is_file():
            total += len(path.read_bytes())
    return total


def count_py(root: Path) -> tuple[int, int]:
    files = lines = 0
    for directory, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        for name in names:
            if name.endswith(".py"):
                files += 1
                with open(os.path.join(directory, name), "rb") as handle:
                    lines += handle.read().count(b"\n")
    return files, lines


# --------------------------------------------------------------------------- synthetic projects

SYNTH_CONFIG = """\
[tool.wakecheck]
entry = ["*.TownDO.alarm"]
container-factories = ["*.get_town_container_stub"]
active-guards = ["*.has_active_work"]
"""


FANOUT = 3


def synth_edges(i: int, n: int, shape: str) -> tuple[list[int], int | None]:
    """Module i's callees: the modules whose step_a/step_b it calls, and the one whose step_c its step_b calls.

    "tree": a 3-ary tree (module i calls modules 3i+1..3i+3), depth log3(N), with a cross-link from each
    step_b to the next module's step_c, so that step_c functions are shared between two callers.
    "chain": module i calls modules i+1 and i+2 (call depth N, and findings whose chains grow with N)."""
    if shape == "tree":
        children = [j for j in range(FANOUT * i + 1, FANOUT * i + FANOUT + 1) if j < n]
    else:
        children = [j for j in (i + 1, i + 2) if j < n]
    return children, (i + 1 if i + 1 < n else None)


def synth_module(i: int, n: int, shape: str) -> str:
    """Module i of n: three steps calling into other modules, a stub call gated on `has_active_work`,
    (every 10th module) a stub call gated only on `has_rigs` — a planted finding — and some ordinary code."""
    children, cross = synth_edges(i, n, shape)
    imports = sorted(set(children) | ({cross} if cross is not None else set()))
    lines = [f'"""Synthetic alarm-closure module {i} of {n} ({shape}; generated by bench/run.py)."""', "",
             "from synth import common", "from synth import env as _env"]
    lines.extend(f"from synth import m{j:04d}" for j in imports)
    lines += ["", "", f"LIMIT_{i} = {i % 7 + 3}", "", "",
              "class Ledger:",
              "    def __init__(self, rows):",
              "        self.rows = list(rows)",
              "        self.total = 0",
              "",
              "    def add(self, value):",
              "        self.rows.append(value)",
              "        self.total += value",
              "        return self.total",
              "",
              "",
              "def step_a(town, state):",
              "    ledger = Ledger(state.items)",
              "    for item in state.items:",
              f"        if len(item) > LIMIT_{i}:",
              "            ledger.add(len(item))"]
    if shape == "tree":
        for j in children:
            lines += [f"    m{j:04d}.step_a(town, state)", f"    m{j:04d}.step_b(town, state)"]
    else:
        if children:
            lines.append(f"    m{children[0]:04d}.step_a(town, state)")
        if len(children) > 1:
            lines.append(f"    m{children[1]:04d}.step_b(town, state)")
    lines += ["    common.audit(town, state)",
              "    return ledger.total",
              "",
              "",
              "def step_b(town, state):",
              "    if _env.has_active_work(state):",
              "        stub = _env.get_town_container_stub(town.env)",
              f"        stub.fetch(\"/health/{i}\")"]
    if cross is not None:
        lines.append(f"    m{cross:04d}.step_c(town, state)")
    lines += ["    return None",
              "",
              "",
              "def step_c(town, state):",
              "    names = {key: value for key, value in state.settings.items() if value}"]
    if i % 10 == 0:
        lines += ["    if _env.has_rigs(state):",
                  "        stub = _env.get_town_container_stub(town.env)",
                  f"        stub.set_env_var(\"TOKEN_{i}\", state.token)"]
    lines += ["    return sorted(names)", ""]
    return "\n".join(lines)


def build_synth(n: int, shape: str = "tree") -> Path:
    root = WORK / "trees" / f"synth-{shape}-{n}"
    shutil.rmtree(root, ignore_errors=True)
    package = root / "synth"
    package.mkdir(parents=True)
    (root / "pyproject.toml").write_text('[project]\nname = "synth"\nversion = "0"\n\n' + SYNTH_CONFIG)
    (package / "__init__.py").write_text("")
    (package / "env.py").write_text(
        '"""What the synthetic town runs on."""\n\n\n'
        "def get_town_container_stub(env):\n    return env.container\n\n\n"
        "def has_active_work(state):\n    return bool(state.active)\n\n\n"
        "def has_rigs(state):\n    return bool(state.rigs)\n")
    (package / "common.py").write_text(
        '"""A helper every module calls: one shared callee with a guarded container call."""\n\n'
        "from synth import env as _env\n\n\n"
        "def audit(town, state):\n"
        "    if _env.has_active_work(state):\n"
        "        _env.get_town_container_stub(town.env).fetch(\"/audit\")\n"
        "    return len(state.items)\n")
    first = "from synth import m0000\n" if n else ""
    body = ["    def alarm(self):", "        state = self.state"]
    if n:
        body += ["        m0000.step_a(self, state)", "        m0000.step_b(self, state)",
                 "        m0000.step_c(self, state)"]
    body.append("        return None")
    (package / "town.py").write_text(
        '"""The synthetic TownDO."""\n\n' + first + "\n\nclass TownDO:\n"
        "    def __init__(self, state, env):\n        self.state = state\n        self.env = env\n\n"
        + "\n".join(body) + "\n")
    for i in range(n):
        (package / f"m{i:04d}.py").write_text(synth_module(i, n, shape))
    return root


def fit_exponent(ns: list[int], times: list[float]) -> float | None:
    """Least-squares slope of log(time) against log(N)."""
    points = [(math.log(n), math.log(t)) for n, t in zip(ns, times) if n > 0 and t > 0]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else None


# --------------------------------------------------------------------------- reporting

@dataclasses.dataclass
class Check:
    what: str
    value: float | None
    limit: float
    unit: str = "×"
    unmeasured: str = ""
    bound: bool = False
    """`value` is only a lower bound (the run was killed at the timeout)."""

    def verdict(self) -> str:
        if self.value is None:
            return f"NOT MEASURED ({self.unmeasured})"
        at_least = "≥ " if self.bound else ""
        shown = at_least + self._fmt(self.value)
        if self.value <= self.limit and not self.bound:
            return f"PASS ({shown} ≤ {self._fmt(self.limit)})"
        if self.value <= self.limit:
            return f"NOT MEASURED (timed out; {shown})"
        over = (self.value / self.limit - 1) * 100 if self.limit else float("inf")
        return f"MISS by {at_least}{over:.0f}% ({shown} > {self._fmt(self.limit)})"

    def _fmt(self, v: float) -> str:
        if self.unit == "%":
            return f"{v * 100:.1f}%"
        if self.unit == "GiB":
            return f"{v:.2f} GiB"
        if self.unit == "exp":
            return f"{v:.2f}"
        return f"{v:.2f}×"


@dataclasses.dataclass
class Section:
    number: str
    title: str
    setup: list[str] = dataclasses.field(default_factory=list)
    rows: list[Measurement] = dataclasses.field(default_factory=list)
    checks: list[Check] = dataclasses.field(default_factory=list)
    why: list[str] = dataclasses.field(default_factory=list)
    extra: list[str] = dataclasses.field(default_factory=list)


def _round_ratios(a: Measurement, b: Measurement) -> list[float]:
    """a's wall over b's, round by round (Bench.rounds: the two ran back to back in each round)."""
    if not (a.ok and b.ok):
        return []
    return [x.wall / y.wall for x, y in zip(a.samples, b.samples) if y.wall]


def _bounded_ratio(a: Measurement, b: Measurement) -> tuple[float | None, bool]:
    """a.wall / b.wall; when `a` was killed at the timeout, the timeout / b.wall as a lower bound."""
    if a.ok and b.ok and b.wall:
        return a.wall / b.wall, False
    if a.timed_out is not None and b.ok and b.wall:
        return a.timed_out / b.wall, True
    return None, False


def _why_unmeasured(*ms: Measurement) -> str:
    return "; ".join(f"{m.label}: {m.status}" for m in ms if not m.ok) or "no samples"


def wakecheck_summary(m: Measurement) -> str:
    """wakecheck -v's summary line (files parsed / from the cache), from the last run."""
    if not m.samples:
        return ""
    for line in reversed(m.samples[-1].stderr.splitlines()):
        if "file(s) parsed" in line:
            parsed = line.split(";", 1)[-1].strip()
            errors = re.search(r"(\d+) file error\(s\)", line)
            if errors and errors.group(1) != "0":
                return f"{parsed}; {errors.group(1)} file error(s)"
            return parsed
    return ""


def fixit_summary(m: Measurement) -> str:
    if not m.samples:
        return ""
    text = m.samples[-1].stdout_path.read_text(errors="replace") + m.samples[-1].stderr
    found = re.findall(r"(\d+) files checked", text)
    return f"{found[-1]} files checked" if found else ""


def last_stdout_line(m: Measurement) -> str:
    if not m.samples:
        return ""
    lines = m.samples[-1].stdout_path.read_text(errors="replace").strip().splitlines()
    return lines[-1] if lines else ""


def md_table(rows: list[Measurement]) -> list[str]:
    out = ["| run | command | n | wall s | CPU s | CPU/wall | peak RSS MiB | all processes MiB | exit | notes |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for m in rows:
        cmd = m.command().replace("|", "\\|")
        if m.ok:
            codes = sorted({s.returncode for s in m.samples})
            out.append(f"| {m.label} | `{cmd}` (in `{os.path.relpath(m.cwd, BENCH)}`) | {len(m.samples)} | "
                       f"{m.wall:.3f} | {m.cpu:.3f} | {m.cpu / m.wall:.2f} | {m.maxrss_kib / 1024:.0f} | "
                       f"{_mib(m.all_peak_kib)} | {','.join(map(str, codes))} | {m.note} |")
        elif m.timed_out is not None:
            peak = max((s.all_peak_kib or 0 for s in m.samples), default=0) / 1024
            out.append(f"| {m.label} | `{cmd}` (in `{os.path.relpath(m.cwd, BENCH)}`) | – | ≥ {m.timed_out:.0f} | – | – "
                       f"| – | {'≥ %.0f' % peak if peak else '–'} | – | **{m.status}** {m.note} |")
        else:
            out.append(f"| {m.label} | `{cmd}` (in `{os.path.relpath(m.cwd, BENCH)}`) | – | – | – | – | – | – | – | "
                       f"**{m.status}** {m.note} |")
    return out


def _mib(kib: float | None) -> str:
    return "–" if kib is None else f"{kib / 1024:.0f}"


def text_table(rows: list[Measurement]) -> list[str]:
    out = [f"  {'run':44} {'n':>2} {'wall s':>9} {'CPU s':>9} {'peak MiB':>9} {'all MiB':>8}  notes"]
    for m in rows:
        if m.ok:
            out.append(f"  {m.label:44} {len(m.samples):>2} {m.wall:>9.3f} {m.cpu:>9.3f} "
                       f"{m.maxrss_kib / 1024:>9.0f} {_mib(m.all_peak_kib):>8}  {m.note}")
        else:
            out.append(f"  {m.label:44}  {m.status}")
    return out


# --------------------------------------------------------------------------- scenarios

class Scenarios:
    def __init__(self, bench: Bench, tools: dict[str, str], wakecheck: list[str]) -> None:
        self.b = bench
        self.tools = tools
        self.wc = wakecheck
        self._trees: dict[str, Path] = {}
        self.django: Path | None = None
        self.stdlib: Path | None = None

    # ---- trees
    def corpus_django(self) -> Path:
        if self.django is None:
            self.django = fetch_django()
        return self.django

    def corpus_stdlib(self) -> Path:
        if self.stdlib is None:
            self.stdlib = copy_stdlib()
        return self.stdlib

    def tree(self, name: str) -> Path:
        if name in self._trees:
            return self._trees[name]
        if name == "django-noentry":
            root = fresh_tree(self.corpus_django(), name)
            table, self.noentry_reason = no_entry_table(root)
            set_tables(root / "pyproject.toml", "tool.wakecheck", table)
        elif name == "stdlib-noentry":
            root = fresh_tree(self.corpus_stdlib(), name)
            table, self.stdlib_noentry_reason = no_entry_table(root)
            set_tables(root / "pyproject.toml", "tool.wakecheck", table)
        elif name == "fixture":
            root = fresh_tree(FIXTURE, name)
            shutil.rmtree(root / "variants", ignore_errors=True)
        elif name == "django-fixture":
            root = fresh_tree(self.corpus_django(), name)
            shutil.copytree(FIXTURE / "gastown", root / "gastown",
                            ignore=shutil.ignore_patterns("__pycache__", ".wakecheck_cache"))
            set_tables(root / "pyproject.toml", "tool.wakecheck",
                       tables_of(FIXTURE / "pyproject.toml", "tool.wakecheck"))
        elif name in ("django-all", "django-all-cache"):
            root = fresh_tree(self.corpus_django(), name)
            set_tables(root / "pyproject.toml", "tool.wakecheck", '[tool.wakecheck]\nentry = ["*"]\n')
            set_tables(root / "pyproject.toml", "tool.fixit",
                       f'[tool.fixit]\nroot = true\ndisable = ["fixit.rules"]\nenable = ["{FIXIT_RULE}"]\n')
        else:
            raise KeyError(name)
        read_tree(root)
        self._trees[name] = root
        return root

    # ---- commands
    def wakecheck(self, *args: str) -> list[str]:
        return [*self.wc, "check", "-v", "--color", "never", *args]

    def ruff(self) -> list[str]:
        return [self.tools["ruff"], "check", "--no-cache", "--select", RUFF_RULE, "--no-respect-gitignore",
                "--output-format", "concise", "."]

    def pyflakes(self) -> list[str]:
        return [self.tools["python"], "-m", "pyflakes", "."]

    def fixit(self) -> list[str]:
        return [self.tools["fixit"], "lint", "."]

    def parse(self, jobs: int = 2) -> list[str]:
        return [sys.executable, str(BENCH / "parse_all.py"), "--jobs", str(jobs), "."]

    def floors(self) -> tuple[Measurement, Measurement, Measurement]:
        """Python start-up, and wakecheck's start-up (`--version`: the CLI imported, nothing read)."""
        here = BENCH
        py = self.b.measure("python start-up (`-c pass`)", [sys.executable, "-c", "pass"], here)
        version = self.b.measure("wakecheck --version", [*self.wc, "--version"], here, ok_codes=(0,))
        true = shutil.which("true") or "/bin/true"
        floor = self.b.measure("launcher floor (`true`)", [true], here, ok_codes=(0,))
        floor.note = "peak RSS here is the launcher's own: the floor of every peak RSS figure"
        return py, version, floor

    def annotate_wc(self, m: Measurement) -> Measurement:
        if m.ok and not m.note:
            m.note = wakecheck_summary(m)
        return m

    def wc_measure(self, label: str, args: list[str], cwd: Path, **kw) -> Measurement:
        """A wakecheck run: exit 2 counts as complete when the run got to its summary (file errors, e.g. the
        standard library's deliberately undecodable test files), not when it is a usage error."""
        return self.annotate_wc(self.b.measure(label, self.wakecheck(*args), cwd, ok_codes=(0, 1, 2),
                                               complete_if="file(s) parsed", **kw))

    # ---- 1
    def s1_django_wc(self) -> Measurement:
        root = self.tree("django-noentry")
        return self.wc_measure("S1 wakecheck, Django, no entry", ["--no-cache", "."], root)

    def s1_pair(self, wc_label: str, ruff_label: str, root: Path, n: int) -> tuple[Measurement, Measurement]:
        runs = self.b.rounds([Step(wc_label, self.wakecheck("--no-cache", "."), root, ok_codes=(0, 1, 2),
                                   complete_if="file(s) parsed"),
                              Step(ruff_label, self.ruff(), root)], n)
        return self.annotate_wc(runs[wc_label]), runs[ruff_label]

    def scenario1(self) -> Section:
        sec = Section("1", "no entry: Django (and this Python's standard library)")
        root = self.tree("django-noentry")
        files, lines = count_py(root)
        sec.setup.append(f"Django {DJANGO_VERSION} sdist: {files:,} `.py` files, {lines:,} lines; "
                         f"{self.noentry_reason}.")
        # wakecheck and ruff back to back, in rounds (see Bench.rounds): each takes a fifth of a
        # second, and one round's two can be a third apart, so more rounds than runs elsewhere.
        n = 5 * self.b.args.repeat
        sec.setup.append(f"wakecheck and ruff run back to back, {n} rounds on each tree; the target's figure is the "
                         "median of the rounds' ratios.")
        wc, ruff = self.s1_pair("S1 wakecheck, Django, no entry", f"S1 ruff {RUFF_RULE}, Django", root, n)
        pyf = self.b.measure("S1 pyflakes, Django", self.pyflakes(), root)
        py, ver, floor = self.floors()
        scan = self.b.measure("S1 read every file + one regex (Python), Django",
                              [sys.executable, str(BENCH / "scan_all.py"), "."], root, ok_codes=(0,))
        scan.note = last_stdout_line(scan)
        sroot = self.tree("stdlib-noentry")
        sfiles, slines = count_py(sroot)
        sec.setup.append(f"Standard library {platform.python_version()} (`.py` only, no site-packages): "
                         f"{sfiles:,} files, {slines:,} lines; {self.stdlib_noentry_reason}.")
        swc, sruff = self.s1_pair("S1 wakecheck, stdlib, no entry", f"S1 ruff {RUFF_RULE}, stdlib", sroot, n)
        spyf = self.b.measure("S1 pyflakes, stdlib", self.pyflakes(), sroot)
        sec.rows = [wc, ruff, pyf, scan, swc, sruff, spyf, py, ver, floor]
        ratios, sratios = _round_ratios(wc, ruff), _round_ratios(swc, sruff)
        ratio = statistics.median(ratios) if ratios else None
        sec.checks.append(Check(f"wakecheck / ruff, wall, Django, median of {len(ratios)} round(s)", ratio, 1.0,
                                unmeasured=_why_unmeasured(wc, ruff)))
        if ratios:
            sec.extra.append("Django, wakecheck / ruff round by round: " + ", ".join(f"{r:.2f}×" for r in ratios) + ".")
        sec.extra.append("Standard library, the same ratio (no target): " + (
            f"median {statistics.median(sratios):.2f}×; round by round " + ", ".join(f"{r:.2f}×" for r in sratios)
            if sratios else _why_unmeasured(swc, sruff)) + ".")
        if ratio is not None and ratio > 1.0:
            start = ver.wall if ver.ok else py.wall
            why = (f"wakecheck is a Python process: `wakecheck --version` (interpreter up, CLI imported, nothing "
                   f"read) takes {start:.3f} s, {start / ruff.wall:.2f}× ruff's whole run; ruff is a native, "
                   f"multi-threaded binary (CPU/wall {ruff.cpu / ruff.wall:.2f}) that lints Django in "
                   f"{ruff.wall:.3f} s. ")
            if scan.ok:
                why += (f"Walking the tree and reading every file with one regex takes {scan.wall:.3f} s in "
                        f"Python (`scan_all.py`, start-up included); wakecheck takes {wc.wall:.3f} s, "
                        f"{wc.wall - scan.wall:.3f} s more than that floor: its own discovery and prefilter "
                        f"overhead. ")
            why += (f"Even at that floor the target needs ruff's {ruff.wall:.3f} s or less"
                    + (f": the floor alone is {scan.wall / ruff.wall:.2f}× ruff." if scan.ok else "."))
            sec.why.append(why)
        return sec

    # ---- 2
    def scenario2(self) -> Section:
        sec = Section("2", "the reference fixture dropped inside Django")
        sec.setup.append("`fixtures/towndo/gastown` copied into the Django tree's root as a sibling package of "
                         "`django/`; the fixture's `[tool.wakecheck]` tables become the Django tree's.")
        fixture = self.tree("fixture")
        both = self.tree("django-fixture")
        alone = self.wc_measure("S2 wakecheck, fixture alone", ["--no-cache", "--format", "json", "."], fixture)
        inside = self.wc_measure("S2 wakecheck, Django + fixture", ["--no-cache", "--format", "json", "."], both)
        noentry = self.s1_django_wc()
        sec.rows = [alone, inside, noentry]
        value = None
        if alone.ok and inside.ok and noentry.ok:
            value = inside.wall / (alone.wall + noentry.wall)
        sec.checks.append(Check("(Django + fixture) / (fixture alone + Django no-entry), wall", value, 1.5,
                                unmeasured=_why_unmeasured(alone, inside, noentry)))
        if alone.ok and inside.ok:
            same = self._findings(alone) == self._findings(inside)
            sec.extra.append(f"Findings inside Django identical to the fixture's alone: {'yes' if same else 'NO'} "
                             f"({len(self._findings(alone) or [])} finding(s) alone).")
        if value is not None and value > 1.5:
            sec.why.append(f"The combined run costs {inside.wall - alone.wall - noentry.wall:.3f} s more than "
                           f"the two parts: files beyond the fixture's closure are being read or parsed "
                           f"({wakecheck_summary(inside) or 'see the log'}).")
        return sec

    @staticmethod
    def _findings(m: Measurement) -> list | None:
        try:
            data = json.loads(m.samples[-1].stdout_path.read_text())
        except (ValueError, OSError, IndexError):
            return None
        return data.get("findings")

    # ---- 3
    S3_COLD = "S3 wakecheck cold (--no-cache), entry=*"

    def scenario3(self) -> Section:
        sec = Section("3", "every function an entry, all of Django, cold")
        root = self.tree("django-all")
        n = self.b.args.rounds
        sec.setup.append('`[tool.wakecheck] entry = ["*"]` in the Django tree\'s pyproject.toml; '
                         f'Fixit: `[tool.fixit] root = true, disable = ["fixit.rules"], enable = ["{FIXIT_RULE}"]` '
                         "(a rule with no metadata dependency).")
        sec.setup.append(f"{n} round(s), each running bare parsing, wakecheck and Fixit back to back, with no warm-up "
                         "run (the tree's files are read once beforehand for the page cache); each target's figure is "
                         "the median of the rounds' ratios, so that the machine's drift over minutes does not enter "
                         "it. Then one more round, not measured, for memory and wakecheck's profile.")
        # Fixit's exit status is a bit set (1: lint errors, 2: files it could not parse): Django has
        # both (one test file is a deliberate syntax error); a finished run prints "files checked".
        runs = self.b.rounds([
            Step("S3 bare LibCST parse, 2 processes", self.parse(2), root, ok_codes=(0,)),
            Step(self.S3_COLD, self.wakecheck("--no-cache", "."), root, ok_codes=(0, 1, 2),
                 complete_if="file(s) parsed", profile=True),
            Step(f"S3 Fixit {FIXIT_RULE.split(':')[1]}", self.fixit(), root, ok_codes=(0, 1, 2, 3),
                 complete_if="files checked"),
        ], n)
        parse, wc, fixit = runs.values()
        self.annotate_wc(wc)
        fixit.note = fixit_summary(fixit)
        parse.note = last_stdout_line(parse)
        sec.rows = [parse, wc, fixit]
        for other, limit, what in ((fixit, 0.3, "Fixit (one rule)"), (parse, 2.0, "bare LibCST parse on 2 cores")):
            ratios = _round_ratios(wc, other)
            if ratios:
                sec.checks.append(Check(f"wakecheck / {what}, wall, median of {len(ratios)} round(s)",
                                        statistics.median(ratios), limit))
            else:
                value, bound = _bounded_ratio(wc, other)
                sec.checks.append(Check(f"wakecheck / {what}, wall", value, limit, bound=bound,
                                        unmeasured=_why_unmeasured(wc, other)))
        peak = wc.all_peak_kib / GIB if wc.all_peak_kib is not None else None
        sec.checks.append(Check("wakecheck peak memory, all processes", peak, 1.0, unit="GiB",
                                bound=not wc.ok and peak is not None, unmeasured=_why_unmeasured(wc)))
        if wc.ok and parse.ok and fixit.ok:
            sec.extra.append("Round by round, wall s (bare parse / wakecheck / Fixit): " + "; ".join(
                f"{p.wall:.1f} / {w.wall:.1f} / {f.wall:.1f}: {w.wall / p.wall:.2f}× parsing, "
                f"{w.wall / f.wall:.3f}× Fixit" for p, w, f in zip(parse.samples, wc.samples, fixit.samples)) + ".")
        by_parse = _round_ratios(wc, parse)
        if by_parse and statistics.median(by_parse) > 2.0:
            beyond = wc.wall - parse.wall
            sec.why.append(
                f"Parsing Django with LibCST on both cores takes {parse.wall:.1f} s; wakecheck takes {wc.wall:.1f} s, "
                f"{beyond:.1f} s more. Its CPU/wall is {wc.cpu / wc.wall:.2f} (parsing alone: "
                f"{parse.cpu / parse.wall:.2f}): "
                + ("most of the extra time runs on one core, i.e. after the parallel parse — lowering or the "
                   "interprocedural analysis of the entries is the cost."
                   if wc.cpu / wc.wall < 1.3 else
                   "the extra time is spread over both cores, i.e. per-file work beyond the parse."))
        by_fixit = _round_ratios(wc, fixit)
        if by_fixit and statistics.median(by_fixit) > 0.3:
            sec.why.append(f"Fixit ({FIXIT_RULE}) takes {fixit.wall:.1f} s; meeting 0.3× would need wakecheck at "
                           f"{0.3 * fixit.wall:.1f} s, {wc.wall - 0.3 * fixit.wall:.1f} s less than now.")
        if not wc.ok:
            bounds = [f"{wc.timed_out / m.wall:.1f}× {name}'s {m.wall:.1f} s" for m, name in
                      ((fixit, "Fixit"), (parse, "bare parsing")) if wc.timed_out and m.ok]
            sec.why.append(f"wakecheck did not complete: {wc.status}"
                           + (f" (at least {' and '.join(bounds)})" if bounds else "") + ".")
        if wc.profile:
            (sec.why if sec.why else sec.extra).append(f"Where wakecheck's time went ({wc.label}): {wc.profile}.")
        return sec

    # ---- 4
    def scenario4(self) -> Section:
        sec = Section("4", "the cache: warm, one file edited, one file added (entry = [\"*\"], all of Django)")
        root = self.tree("django-all-cache")
        cache = root / ".wakecheck_cache"
        sec.setup.append(
            "Cold = `.wakecheck_cache/` removed before each run (the run writes it); warm = run again with nothing "
            f"changed; then six kinds of one-file change, made before each run: a comment appended to `{EDITED_FILE}` "
            f"(its lowered form does not change), a function appended to `{LEAF_FILE}` (a test module only its own "
            f"unit of files reads), a function appended to `{EDITED_FILE}` "
            "(a module most units read parts of), two edits in the middle of that file that move every "
            "line after them: a line added inside `QuerySet.exists`, and a method added to `QuerySet` above it; "
            f"and a new test module, `{ADDED_FILE.format(n='N')}`, a `SimpleTestCase` with one test. "
            "In a round, each edit is made on top of the ones before it. The edited files are restored at the start "
            "of each round and at the end, the added ones removed.")
        originals = {name: (root / name).read_bytes() for name in (EDITED_FILE, LEAF_FILE)}
        counter = iter(range(1, 10_000))

        def clear() -> None:
            shutil.rmtree(cache, ignore_errors=True)

        def append(name: str, text: str) -> Callable[[], None]:
            def edit() -> None:
                with open(root / name, "a") as handle:
                    handle.write(text.format(n=next(counter)))
            return edit

        def insert(name: str, before: str, text: str) -> Callable[[], None]:
            def edit() -> None:
                path = root / name
                code = path.read_text(encoding="utf-8")
                if before not in code:
                    raise SystemExit(f"bench: {name} no longer has {before.strip()!r} to edit before")
                path.write_text(code.replace(before, text.format(n=next(counter)) + before, 1), encoding="utf-8")
            return edit

        def create(pattern: str, text: str) -> Callable[[], None]:
            def edit() -> None:
                n = next(counter)
                (root / pattern.format(n=n)).write_text(text.format(n=n), encoding="utf-8")
            return edit

        def remove_added() -> None:
            for path in (root / ADDED_FILE).parent.glob(ADDED_FILE.rpartition("/")[2].format(n="*")):
                path.unlink()

        comment = append(EDITED_FILE, "# wakecheck bench edit {n}\n")
        added = "\n\ndef wakecheck_bench_added_{n}(queryset):\n    return queryset.exists()\n"
        leaf, core = append(LEAF_FILE, added), append(EDITED_FILE, added)
        # Edits in the middle of query.py: every line after them moves.
        line = insert(EDITED_FILE, EXISTS_BODY, "        wakecheck_bench_line_{n} = None\n")
        method = insert(EDITED_FILE, EXISTS_DEF, "    def wakecheck_bench_method_{n}(self):\n"
                                                 "        return self.exists()\n\n")
        edits = [("S4 wakecheck warm, one file edited: a comment", comment),
                 ("S4 wakecheck warm, one file edited: a function in a test module", leaf),
                 ("S4 wakecheck warm, one file edited: a function in query.py", core),
                 ("S4 wakecheck warm, one file edited: a line in QuerySet.exists", line),
                 ("S4 wakecheck warm, one file edited: a method in QuerySet", method),
                 ("S4 wakecheck warm, one file added: a test module",
                  create(ADDED_FILE, "from django.test import SimpleTestCase\n\n\n"
                                     "class WakecheckBenchAdded{n}(SimpleTestCase):\n"
                                     "    def test_added(self):\n"
                                     "        self.assertEqual(1 + 1, 2)\n"))]

        def restore() -> None:
            for name, data in originals.items():
                (root / name).write_bytes(data)
            remove_added()

        n = self.b.args.rounds
        sec.setup.append(f"{n} round(s), each starting from the unedited tree: cold, a warm-up run (not measured), "
                         "warm, then the edits, each run once. A ratio is the median of the rounds' ratios: each "
                         "round's edited run over the same round's cold run, half a minute apart. Then one more "
                         "round, not measured, for memory and profiles.")
        labels = [label for label, _ in edits]
        warm_label = "S4 wakecheck warm, unchanged"
        s3 = self.b.results.get(self.S3_COLD)
        try:
            restore()  # a previous run stopped before restoring
            if s3 is not None and s3.timed_out is not None:
                # Writing the cache adds to the same work: a run that must also write it cannot finish sooner.
                because = f"not run: scenario 3's cold run on the same tree timed out at {s3.timed_out:.0f} s"
                runs = {label: Measurement(label, self.wakecheck("."), root, status=because)
                        for label in ["S4 wakecheck cold (cache written)", warm_label, *labels]}
            else:
                complete = dict(ok_codes=(0, 1, 2), complete_if="file(s) parsed")
                runs = self.b.rounds([
                    Step("S4 wakecheck cold (cache written)", self.wakecheck("."), root, before=clear, profile=True,
                         required=True, **complete),
                    Step(warm_label, self.wakecheck("."), root, timed=False, required=True, **complete),
                    Step(warm_label, self.wakecheck("."), root, profile=True, **complete),
                    *(Step(label, self.wakecheck("."), root, before=edit, profile=True, **complete)
                      for label, edit in edits)], n, before_round=restore)
        finally:
            restore()
        cold, warm, *changed = (self.annotate_wc(m) for m in runs.values())
        if cold.ok and not (cache / "CACHEDIR.TAG").exists():
            cold.note += " (no .wakecheck_cache/ was written)"
        sec.rows = [cold, warm, *changed]
        ratios = {m.label: _round_ratios(m, cold) for m in (warm, *changed)}
        for m, limit in ((warm, 0.05), *((m, 0.10) for m in changed)):
            what = m.label.removeprefix("S4 wakecheck ")
            got = ratios[m.label]
            sec.checks.append(Check(f"{what} / cold, wall, median of {len(got)} round(s)",
                                    statistics.median(got) if got else None, limit, unit="%",
                                    unmeasured=_why_unmeasured(m, cold)))
        if s3 is not None and s3.ok and cold.ok:
            sec.extra.append(f"Writing the cache costs {cold.wall - s3.wall:+.1f} s against scenario 3's "
                             f"`--no-cache` run ({s3.wall:.1f} s).")
        if cold.ok:
            sec.extra.append("Cold, wall s, round by round: " + ", ".join(f"{x.wall:.1f}" for x in cold.samples)
                             + "; each run's share of its round's cold run: " + "; ".join(
                                 f"{m.label.removeprefix('S4 wakecheck ')}: "
                                 + ", ".join(f"{r * 100:.1f}%" for r in ratios[m.label])
                                 for m in (warm, *changed) if ratios[m.label]) + ".")
        for m, limit in ((warm, 0.05), *((m, 0.10) for m in changed)):
            got = ratios[m.label]
            if got and statistics.median(got) > limit:
                sec.why.append(f"{m.label}: {m.wall:.2f} s against a budget of {limit * cold.wall:.2f} s "
                               f"({wakecheck_summary(m) or 'no summary'}); CPU/wall {m.cpu / m.wall:.2f}. "
                               "The cache keeps each unit's findings with the parts of each module it read; an "
                               "edit re-analyses every unit that read a part the edit changed (and the unit holding "
                               "the file), from the start (per-function results are not kept), and reads back the "
                               "lowered modules those units read."
                               + (f" {m.profile}." if m.profile else ""))
        if not cold.ok:
            sec.why.append(f"The cold run did not complete ({cold.status}), so the warm runs were not measured."
                           + (f" {cold.profile}." if cold.profile else ""))
        return sec

    # ---- 5
    def scenario5(self) -> Section:
        ns = list(SCALING_N_QUICK if self.b.args.quick else SCALING_N)
        sec = Section("5", "scaling: a synthetic alarm closure of N modules")
        sec.setup.append("Package `synth`: `TownDO.alarm` calls module 0's three steps; every module has a call on a "
                         "container stub gated on `has_active_work`, calls a shared helper `common.audit` (a guarded "
                         "stub call too), and every 10th module has a stub call gated only on `has_rigs` (a planted "
                         "finding). Config: entry, container-factories, active-guards.")
        sec.setup.append("Shape *tree* (the target): module i calls `step_a`/`step_b` of modules 3i+1..3i+3 and its "
                         "`step_b` calls module i+1's `step_c`, so call depth is log3(N) and `step_c` functions have "
                         "two callers. Shape *chain* (a stress test, same limit): module i calls modules i+1 and i+2, "
                         "so call depth is N and a finding's call chain grows with N.")
        base = self.wc_measure("S5 wakecheck, N=0 (start-up and entry only)", ["--no-cache", "."], build_synth(0))
        sec.rows.append(base)
        for shape in ("tree", "chain"):
            measured: list[tuple[int, Measurement]] = []
            for n in ns:
                m = self.wc_measure(f"S5 wakecheck, {shape}, N={n}", ["--no-cache", "."], build_synth(n, shape),
                                    profile=n == ns[-1], timeout=min(self.b.args.timeout, 900.0))
                if m.ok:
                    found = sum(1 for line in m.samples[-1].stdout_path.read_text().splitlines() if "WC001" in line)
                    m.note = f"{m.note}; {found} finding(s), {len(range(0, n, 10))} planted".strip("; ")
                measured.append((n, m))
                sec.rows.append(m)
                if not m.ok:
                    break  # a larger N would only take longer
            good = [(n, m) for n, m in measured if m.ok]
            raw = fit_exponent([n for n, _ in good], [m.wall for _, m in good])
            net = fit_exponent([n for n, _ in good], [m.wall - base.wall for _, m in good]) if base.ok else None
            net_cpu = fit_exponent([n for n, _ in good], [m.cpu - base.cpu for _, m in good]) if base.ok else None
            fmt = lambda v: "n/a" if v is None else f"{v:.2f}"  # noqa: E731
            sec.extra.append(f"{shape}: fitted exponent of wall time against N (least squares on log–log, "
                             f"N = {', '.join(str(n) for n, _ in good) or 'none'}): raw {fmt(raw)}; net of the N=0 "
                             f"run ({base.wall:.3f} s): **{fmt(net)}** (CPU time, net: {fmt(net_cpu)}).")
            if good and base.ok:
                sec.extra.append(f"{shape}: net wall time per module: " + "; ".join(
                    f"N={n}: {(m.wall - base.wall) / n * 1000:.1f} ms" for n, m in good)
                    + "; peak RSS: " + "; ".join(f"N={n}: {m.maxrss_kib / 1024:.0f} MiB" for n, m in good) + ".")
            unmeasured = "fewer than two sizes measured" if len(good) < 2 else _why_unmeasured(base)
            check = Check(f"fitted exponent, net of start-up, {shape}{' (stress test)' if shape == 'chain' else ''}",
                          net, 1.15, unit="exp", unmeasured=unmeasured)
            sec.checks.append(check)
            failed = [(n, m) for n, m in measured if not m.ok]
            if (net is not None and net > 1.15) or failed:
                why = f"{shape}: "
                if len(good) >= 2:
                    (n0, m0), (n1, m1) = good[-2], good[-1]
                    why += (f"from N={n0} to N={n1} ({n1 / n0:.0f}× the modules) net wall time grew "
                            f"{(m1.wall - base.wall) / max(m0.wall - base.wall, 1e-9):.1f}× and peak RSS "
                            f"{m1.maxrss_kib / max(m0.maxrss_kib, 1):.1f}×. ")
                if failed:
                    why += "Did not complete: " + "; ".join(f"N={n}: {m.status}" for n, m in failed) + ". "
                last = (failed or good)[-1][1]
                if last.profile:
                    why += f"{last.profile}."
                sec.why.append(why.strip())
        return sec


# --------------------------------------------------------------------------- machine

def _cmd_version(argv: list[str]) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unavailable ({exc})"
    text = (out.stdout or out.stderr).strip().splitlines()
    return text[0] if text else f"exit {out.returncode}"


def machine(tools: dict[str, str], wakecheck: list[str]) -> list[str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / GIB:.1f} GiB"
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    git = _cmd_version(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    lib = _cmd_version([sys.executable, "-c", "import libcst, importlib.metadata as m; print(m.version('libcst'))"])
    return [
        f"- Platform: {platform.platform()}",
        f"- CPU: {cpu}; {os.cpu_count()} logical CPU(s), {usable} usable by this process",
        f"- Memory: {mem}",
        f"- Load average at start: {' '.join('%.2f' % x for x in os.getloadavg())}",
        f"- Python (wakecheck, parsing helper): {platform.python_version()} ({sys.executable})",
        f"- wakecheck: {_cmd_version([*wakecheck, '--version'])} at commit {git}"
        f"{' with uncommitted changes' if dirty else ''}; libcst {lib}",
        f"- ruff: {_cmd_version([tools['ruff'], '--version'])}",
        f"- Fixit: {_cmd_version([tools['fixit'], '--version'])} (libcst {PINS['libcst']})",
        f"- pyflakes: {_cmd_version([tools['python'], '-m', 'pyflakes', '--version'])}",
        f"- py-spy (profiles of slow wakecheck runs): "
        f"{_cmd_version([tools['py-spy'], '--version']) if tools['py-spy'] else 'not available'}",
    ]


def compile_wakecheck() -> str:
    """Write wakecheck's bytecode, as `pip install` does, and say so for the report.

    Run from the source tree, wakecheck's modules are compiled by the first run that
    imports them — unless the environment says PYTHONDONTWRITEBYTECODE, as this
    machine's does: then every run would compile them again (about 25 ms), a cost an
    installed wakecheck does not pay. py_compile writes the files whatever it says.
    """
    import compileall

    compileall.compile_dir(str(REPO / "wakecheck"), quiet=1)
    said = " (this environment sets PYTHONDONTWRITEBYTECODE)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""
    return f"- wakecheck's bytecode: compiled before the runs with `compileall`, as `pip install` does{said}"


# --------------------------------------------------------------------------- main

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="wakecheck's benchmark (issue 5).")
    parser.add_argument("--only", default="1,2,3,4,5", help="comma-separated scenarios to run (default: all)")
    parser.add_argument("--quick", action="store_true",
                        help=f"repeat 1 and scaling N in {SCALING_N_QUICK}")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement, median taken (default 3)")
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds before one run is killed")
    parser.add_argument("--rounds", type=int, default=3,
                        help="scenarios 3 and 4: rounds of their commands run back to back; each target's figure "
                             "is the median of the rounds' ratios (default 3; 1 with --quick)")
    parser.add_argument("--wakecheck", help="wakecheck executable (default: this interpreter's `-m wakecheck`)")
    parser.add_argument("--results", default=str(BENCH / "RESULTS.md"), help="where to write the report")
    parser.add_argument("--no-write", action="store_true", help="print only; do not write the report")
    parser.add_argument("--no-profile", action="store_true",
                        help="do not attach py-spy to the slow wakecheck runs")
    args = parser.parse_args(argv)
    if args.quick:
        args.repeat = 1
        args.rounds = min(args.rounds, 1)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    args.scenarios = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in args.scenarios if s not in TARGETS]
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(unknown)} (choose from 1-5)")
    return args


def render(args: argparse.Namespace, argv: list[str], machine_lines: list[str], sections: list[Section],
           started: float, loads: tuple[float, ...]) -> str:
    elapsed = time.time() - started
    out = ["# wakecheck benchmark results", "",
           f"Written by `bench/run.py` on {datetime.date.today().isoformat()}: "
           f"`python bench/run.py{''.join(' ' + a for a in argv)}`" + f" (whole run: {elapsed / 60:.1f} min). "
           "Each run is a whole process, started through `bench/_launch.py`: wall time is spawn to reap, CPU time is "
           "user + system of the process and every child it reaped (wait4), peak RSS is `ru_maxrss` (the largest "
           "single process; the launcher's ~10 MiB is its floor); "
           "\"all processes\" is the highest sum of PSS over the process tree, sampled every 50 ms in one run "
           "that is not timed (the warm-up run; in scenarios 1, 3 and 4, the round that is not measured): sampling "
           "slows the runs it samples. "
           f"Medians of n runs; n = {args.repeat} unless the table says otherwise"
           f"{' (quick mode)' if args.quick else ''}.", "",
           "## Machine", "", *machine_lines,
           f"- Load average at end: {' '.join('%.2f' % x for x in loads)}", "",
           "## Targets", "", "| # | target | result |", "|---|---|---|"]
    for sec in sections:
        for check in sec.checks:
            out.append(f"| {sec.number} | {check.what} | {check.verdict()} |")
    out.append("")
    for sec in sections:
        out += [f"## Scenario {sec.number}: {sec.title}", "", f"Target: {TARGETS[sec.number]}.", ""]
        out += [f"- {line}" for line in sec.setup]
        out += ["", *md_table(sec.rows), ""]
        for check in sec.checks:
            out.append(f"- **{check.what}: {check.verdict()}**")
        out += [f"- {line}" for line in sec.extra]
        if sec.why:
            out += ["", "Why the miss:", ""] + [f"- {line}" for line in sec.why]
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    started = time.time()
    wakecheck = [args.wakecheck] if args.wakecheck else [sys.executable, "-m", "wakecheck"]
    probe = subprocess.run([*wakecheck, "--version"], capture_output=True, text=True)
    if probe.returncode != 0:
        raise SystemExit(f"cannot run wakecheck as {' '.join(wakecheck)}: {probe.stderr.strip()}")
    WORK.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(LOGS, ignore_errors=True)
    tools = ensure_tools()
    machine_lines = machine(tools, wakecheck)
    if not args.wakecheck:
        machine_lines.append(compile_wakecheck())
    bench = Bench(args)
    bench.profiler = None if args.no_profile else (tools["py-spy"] or None)
    scenarios = Scenarios(bench, tools, wakecheck)
    sections: list[Section] = []
    for number in args.scenarios:
        bench.say(f"\n== Scenario {number}: {TARGETS[number]}")
        load = os.getloadavg()[0]
        section = getattr(scenarios, f"scenario{number}")()
        section.setup.append(f"Load average (1 min) when the scenario started: {load:.2f} on {os.cpu_count()} CPU(s).")
        sections.append(section)
        bench.say("\n".join(text_table(section.rows)))
        for check in section.checks:
            bench.say(f"  => {check.what}: {check.verdict()}")
        for line in section.extra + section.why:
            bench.say(f"     {line}")
    report = render(args, argv, machine_lines, sections, started, os.getloadavg())
    print("\n" + "=" * 78 + "\n" + report)
    if not args.no_write:
        Path(args.results).write_text(report)
        print(f"\nwrote {args.results}")
    (WORK / "results.json").write_text(json.dumps(
        {m.label: {"command": m.command(), "status": m.status, "wall": [s.wall for s in m.samples],
                   "cpu": [s.cpu for s in m.samples], "maxrss_kib": [s.maxrss_kib for s in m.samples],
                   "all_processes_peak_kib": m.all_peak_kib,
                   "exit": [s.returncode for s in m.samples]}
         for m in bench.results.values()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
