"""Front-end fuzzing: generated and mutated source through the whole pipeline.

Every input is written as a file of a project whose configuration makes every
function an entry (``entry = ["*"]``), so each file that defines a function is
parsed, lowered and interpreted. Inputs come from Hypothesmith (programs from
Python's grammar, each also wrapped in an ``async def alarm``) and from
mutations of real files (lines deleted, duplicated, swapped or re-indented,
tokens and bytes inserted, text truncated). wakecheck must end with exit 0, 1
or 2, with a JSON report and no traceback; each reported file error must carry
a line and a column of at least 1. Anything else is a crash; a run over the
time budget is a hang. A failing batch is split file by file to name the input.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .differential import cli_env

CONFIG = """\
[tool.wakecheck]
entry = ["*"]
container-factories = ["*.get_container", "*.get_town_container_stub"]
sinks = ["*.sync_config_to_container"]
active-guards = ["*.has_active_work"]
empty-on-idle = { "*.list_working_agents" = "zero working agents" }
rare = { "*.token_expiring" = "only near token expiry" }
"""
BATCH_TIMEOUT_S = 300.0
FILE_TIMEOUT_S = 60.0
TOKENS = ("(", ")", "[", "]", ":", ",", "lambda", "await ", "yield", "async ", "if ", "else", "\\",
          "'", '"', '"""', "#", "@", "**", "not ", "def f(", "class C:", "    ", "\t", "\n", ";", "=")


@dataclass
class FuzzSummary:
    inputs: int = 0
    file_errors: int = 0
    crashes: list[tuple[str, str]] = field(default_factory=list)  # (input name, what happened)

    def merge(self, other: FuzzSummary) -> None:
        self.inputs += other.inputs
        self.file_errors += other.file_errors
        self.crashes += other.crashes


def wrap_as_alarm(source: str) -> str:
    """The same statements as the body of an entry function."""
    body = textwrap.indent(source, "    ") if source.strip() else "    pass\n"
    return f"async def alarm(self):\n{body}\n"


def hypothesmith_inputs(count: int, seed: int) -> list[bytes]:
    """``count`` programs from Hypothesmith's grammar strategy, reproducibly from ``seed``."""
    import hypothesmith  # noqa: PLC0415 - optional until the fuzzer runs
    from hypothesis import HealthCheck, given, seed as hseed, settings  # noqa: PLC0415

    found: list[str] = []

    @hseed(seed)
    @settings(max_examples=count, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(hypothesmith.from_grammar())
    def collect(source: str) -> None:
        found.append(source)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # compile() warnings about generated nonsense
        collect()
    out: list[bytes] = []
    for source in found[:count]:
        out.append((source + "\n\ndef _entry():\n    pass\n").encode("utf-8", "surrogatepass"))
        out.append(wrap_as_alarm(source).encode("utf-8", "surrogatepass"))
    return out


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to three random edits of a real file."""
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(lines)) if lines else 0
        match rng.randrange(9):
            case 0 if lines:
                del lines[i]
            case 1 if lines:
                lines.insert(i, lines[i])
            case 2 if len(lines) > 1:
                j = rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
            case 3 if lines:
                lines[i] = b" " * rng.choice((1, 2, 4, 8)) + lines[i]
            case 4 if lines:
                line = lines[i]
                k = rng.randint(0, len(line))
                lines[i] = line[:k] + rng.choice(TOKENS).encode() + line[k:]
            case 5:
                joined = b"\n".join(lines)
                lines = joined[: rng.randint(0, len(joined))].split(b"\n")
            case 6 if lines:
                line = lines[i]
                k = rng.randint(0, len(line))
                lines[i] = line[:k] + bytes([rng.randrange(256)]) + line[k:]
            case 7 if lines:
                lines[i] = lines[i].lstrip()
            case _:
                lines.insert(i, b"async def alarm(self):")
    return b"\n".join(lines)


def mutated_inputs(sources: Iterable[Path], count: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    pool = [p.read_bytes() for p in sources]
    return [mutate(rng.choice(pool), rng) for _ in range(count)]


def _run(root: Path, timeout: float) -> tuple[dict[str, object] | None, str | None]:
    command = [sys.executable, "-m", "wakecheck", "check", "--format", "json", "--no-cache",
               "--select", "WC001,WC002,WC003", "."]
    try:
        proc = subprocess.run(command, cwd=root, env=cli_env(), capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"hang: no result after {timeout:.0f} s"
    return judge(proc.returncode, proc.stdout, proc.stderr)


def judge(returncode: int, stdout: bytes, stderr_bytes: bytes) -> tuple[dict[str, object] | None, str | None]:
    """The JSON report of one ``wakecheck check --format json`` run, or why it was a crash.

    A crash is an exit status other than 0, 1 or 2 (3 is wakecheck's own internal error,
    negative a signal), a traceback, output that is not a JSON report, a file error without
    a line and column, or an internal error that wakecheck contained to one file (exit 2,
    but a bug all the same).
    """
    stderr = stderr_bytes.decode("utf-8", "replace")
    if returncode not in (0, 1, 2) or "Traceback" in stderr or "internal error" in stderr:
        return None, f"exit {returncode}: {stderr.strip()[-2000:]}"
    try:
        report = json.loads(stdout)
    except ValueError:
        return None, f"exit {returncode} without a JSON report: {stderr.strip()[-500:]}"
    for error in report.get("errors", []):
        if not (isinstance(error.get("line"), int) and error["line"] >= 1
                and isinstance(error.get("column"), int) and error["column"] >= 1):
            return None, f"file error without a line and column: {error}"
        if str(error.get("message", "")).startswith("internal error"):
            return None, f"internal error: {error['path']}:{error['line']}:{error['column']}: {error['message']}"
    return report, None


def _write(root: Path, inputs: list[tuple[str, bytes]]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    for name, data in inputs:
        (root / name).write_bytes(data)


def check_inputs(inputs: list[tuple[str, bytes]], workdir: Path) -> FuzzSummary:
    """Run wakecheck over ``(file name, bytes)`` inputs as one project; split it on failure."""
    summary = FuzzSummary(inputs=len(inputs))
    shutil.rmtree(workdir, ignore_errors=True)
    _write(workdir, inputs)
    report, crash = _run(workdir, BATCH_TIMEOUT_S)
    if crash is None:
        summary.file_errors = len(report["errors"])  # type: ignore[index, arg-type]
        return summary
    for name, data in inputs:
        alone = workdir / f"alone-{name}"
        _write(alone, [(name, data)])
        _, why = _run(alone, FILE_TIMEOUT_S)
        if why is not None:
            summary.crashes.append((name, why))
            (workdir.parent / "crashes").mkdir(exist_ok=True)
            (workdir.parent / "crashes" / name).write_bytes(data)
        shutil.rmtree(alone)
    if not summary.crashes:
        summary.crashes.append(("<batch>", crash))
    return summary


def batches(inputs: list[bytes], prefix: str, size: int) -> Iterator[list[tuple[str, bytes]]]:
    for start in range(0, len(inputs), size):
        yield [(f"{prefix}{start + i:05d}.py", data) for i, data in enumerate(inputs[start:start + size])]
