"""Real code no one here wrote: the machine's standard library and Django, every function an entry.

A slice of a corpus (a few packages or files) is copied into a project whose
configuration makes every function an entry. wakecheck runs four times: with
``--jobs 1`` and ``--jobs 2``, each without a cache, then with a cold and a
warm cache. Every run must end with exit 0, 1 or 2, a JSON report, no
traceback and no internal error, every unparsable file must be reported with a line
and a column, and the four reports must be byte-identical.

Django's sdist is fetched with ``pip download`` into ``tests/reliability/.corpora/``
(git-ignored) and checked against its pinned sha256 before it is unpacked.
"""

from __future__ import annotations

import ast
import hashlib
import json
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from .differential import cli_env
from .fuzz import judge

HERE = Path(__file__).resolve().parent
CORPORA = HERE / ".corpora"
DJANGO_VERSION = "5.2.19"
DJANGO_SDIST = f"django-{DJANGO_VERSION}.tar.gz"
DJANGO_SHA256 = "ad03d8abc51dbff95ebf34b27123cf0c26a3b62db7ba0cd520783686362533d1"
CONFIG = """\
[tool.wakecheck]
entry = ["*"]
container-factories = ["*.get_container"]
active-guards = ["*.has_active_work"]
"""
WHOLE = "*"  # as a slice: the whole tree (the standard library without site-packages)
RUNS = (("--jobs", "1", "--no-cache"), ("--jobs", "2", "--no-cache"), ("--jobs", "2"), ("--jobs", "1"))


@dataclass
class CorpusResult:
    name: str
    files: int = 0
    unparsable: int = 0  # files CPython's own parser rejects
    reported_errors: int = 0
    findings: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # parts of the slice this machine does not have


def stdlib_root() -> Path:
    return Path(sysconfig.get_paths()["stdlib"])


def fetch_django() -> Path:
    """Django's sdist via pip, checked against the pinned sha256, unpacked once."""
    CORPORA.mkdir(parents=True, exist_ok=True)
    (CORPORA / ".gitignore").write_text("*\n")
    archive = CORPORA / DJANGO_SDIST
    if not archive.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        f"django=={DJANGO_VERSION}", "-d", str(CORPORA)], check=True)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != DJANGO_SHA256:
        raise SystemExit(f"{archive}: sha256 {digest}, expected {DJANGO_SHA256}; delete it to fetch it again")
    unpacked = CORPORA / f"django-{DJANGO_VERSION}"
    if not unpacked.exists():
        with tarfile.open(archive) as tar:
            tar.extractall(CORPORA, filter="data")
    return unpacked


def copy_slice(source_root: Path, parts: list[str], dest: Path) -> Path:
    """``parts`` (directories or files under ``source_root``) copied into a new project at ``dest``.

    A part this machine lacks is left out (some Python builds ship without their test
    suite): ``missing_parts`` names them for the report.
    """
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    (dest / "wakecheck.toml").write_text(CONFIG.replace("[tool.wakecheck]\n", ""), encoding="utf-8")
    if list(parts) == [WHOLE]:
        parts = whole(source_root)
    for part in parts:
        src = source_root / part
        if not src.exists():
            continue
        if src.is_dir():
            shutil.copytree(src, dest / part, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            (dest / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / part)
    return dest


def whole(source_root: Path) -> list[str]:
    """Every top-level entry of a tree, less installed packages and byte code."""
    return sorted(entry.name for entry in source_root.iterdir()
                  if entry.name not in ("site-packages", "dist-packages", "__pycache__")
                  and (entry.is_dir() or entry.suffix == ".py"))


def missing_parts(source_root: Path, parts: list[str]) -> list[str]:
    return [part for part in parts if part != WHOLE and not (source_root / part).exists()]


def _unparsable(root: Path) -> list[str]:
    """The files (as wakecheck shows them) CPython's own parser rejects."""
    found = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in root.rglob("*.py"):
            try:
                ast.parse(path.read_bytes())
            except (SyntaxError, ValueError):
                found.append(path.relative_to(root).as_posix())
    return sorted(found)


def check_project(name: str, root: Path, timeout: float) -> CorpusResult:
    rejected = _unparsable(root)
    result = CorpusResult(name, files=sum(1 for _ in root.rglob("*.py")), unparsable=len(rejected))
    outputs: list[bytes] = []
    start = time.monotonic()
    for flags in RUNS:
        command = [sys.executable, "-m", "wakecheck", "check", "--format", "json", *flags, "."]
        try:
            proc = subprocess.run(command, cwd=root, env=cli_env(), capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            result.problems.append(f"{' '.join(flags)}: no result after {timeout:.0f} s")
            break
        report, crash = judge(proc.returncode, proc.stdout, proc.stderr)
        if report is None:
            result.problems.append(f"{' '.join(flags)}: {crash}")
            break
        for error in report["errors"]:  # type: ignore[union-attr]
            if not error.get("message"):
                result.problems.append(f"file error without a message: {error}")
        result.reported_errors = len(report["errors"])
        reported = {error["path"] for error in report["errors"]}  # type: ignore[union-attr, index]
        unreported = [path for path in rejected if path not in reported]
        if unreported:
            result.problems.append(f"{' '.join(flags)}: files Python rejects, not reported: {unreported}")
        result.findings = len(report["findings"])
        outputs.append(proc.stdout)
    result.seconds = time.monotonic() - start
    if len(set(outputs)) > 1:
        differing = [" ".join(RUNS[i]) for i, out in enumerate(outputs) if out != outputs[0]]
        result.problems.append(f"reports differ from the first run ({' '.join(RUNS[0])}): {differing}")
    shutil.rmtree(root / ".wakecheck_cache", ignore_errors=True)
    return result
