"""``variant_dir(name)``: a temporary copy of fixtures/towndo with a variant patch applied."""

from __future__ import annotations

import compileall
import shutil
import sys
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TOWNDO = REPO / "fixtures" / "towndo"
VARIANTS = TOWNDO / "variants"
_DONT_WRITE_BYTECODE = pytest.StashKey[bool]()


def pytest_configure(config: pytest.Config) -> None:
    """Byte-compile wakecheck and the tests' helper modules once, before any worker starts.

    Most tests run ``python -m wakecheck`` in a subprocess. Where PYTHONDONTWRITEBYTECODE
    is set (as on some machines, and in the reliability suite's subprocesses), no run
    writes the byte code it compiled, and each one compiled the whole package again
    (about 0.3 s of CPU, half of what a small check costs). Byte code written here is
    read by every later run, and Python compiles a module afresh when its source changed.
    """
    # Likewise pytest's assertion rewriting of the test modules, in every worker's collection.
    config.stash[_DONT_WRITE_BYTECODE] = sys.dont_write_bytecode
    sys.dont_write_bytecode = False
    if hasattr(config, "workerinput"):
        return  # an xdist worker: the controller did it
    compileall.compile_dir(REPO / "wakecheck", quiet=2)
    for helpers in ("tests", "tests/services", "tests/reliability", "tests/groundtruth"):
        compileall.compile_dir(REPO / helpers, maxlevels=0, quiet=2)


def pytest_collection_finish(session: pytest.Session) -> None:
    """The tests run with the interpreter's own setting."""
    sys.dont_write_bytecode = session.config.stash[_DONT_WRITE_BYTECODE]


@pytest.fixture(scope="session")
def variant_dir(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str | None], Path]:
    """Copy the fixture once per variant (None: unpatched) and apply ``variants/<name>.patch``.

    The copies are shared for the whole session: treat them as read-only.
    """
    made: dict[str | None, Path] = {}

    def make(name: str | None = None) -> Path:
        if name not in made:
            dest = tmp_path_factory.mktemp(name or "buggy") / "towndo"
            shutil.copytree(TOWNDO, dest, ignore=shutil.ignore_patterns("variants", "__pycache__", ".wakecheck_cache"))
            if name is not None:
                patch = VARIANTS / f"{name}.patch"
                subprocess.run(["patch", "-p1", "--quiet", "-d", str(dest), "-i", str(patch)], check=True)
            made[name] = dest
        return made[name]

    return make


@pytest.fixture
def town(tmp_path: Path) -> Path:
    """A private copy of fixtures/towndo (without its variants) to change at will."""
    copy = tmp_path / "towndo"
    shutil.copytree(TOWNDO, copy, ignore=shutil.ignore_patterns("variants", "__pycache__", ".wakecheck_cache"))
    return copy


@pytest.fixture
def speedups_on() -> Iterator[None]:
    """This test's process owned as the command line owns it, speed-ups on; given back after."""
    from wakecheck import _speedups

    _speedups.own_process(speedups=True)
    try:
        yield
    finally:
        _speedups.disown()
