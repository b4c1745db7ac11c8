"""``variant_dir(name)``: a temporary copy of fixtures/towndo with a variant patch applied."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TOWNDO = REPO / "fixtures" / "towndo"
VARIANTS = TOWNDO / "variants"


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
