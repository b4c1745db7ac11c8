"""Every trick that reaches into LibCST's or CPython's private parts for speed, and the one switch over them.

A trick is on only when all of these hold:

- the process is wakecheck's own: the command line, or one of its worker processes
  (`own_process`). The flake8 and Fixit plugins and library callers run stock LibCST,
  and find the collector and the recursion limit as they left them;
- the switch is on: `WAKECHECK_SPEEDUPS=0` (read by the command line) turns every one off;
- the versions in use are ones the trick was tested with (`Trick.supported`), and the
  LibCST classes it relies on have the fields it expects (checked by each trick).

Each gives the results of the code it stands in for, and the test suite runs once with
all of them off to show it. docs/speed.md says what each one saves.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Trick:
    """One speed trick, and the versions it was tested with."""

    name: str
    python: tuple[tuple[int, int], ...]  # CPython (major, minor) versions
    libcst: tuple[str, ...] = ()  # LibCST "major.minor" versions; empty: it does not touch LibCST

    def supported(self) -> bool:
        if sys.implementation.name != "cpython" or sys.version_info[:2] not in self.python:
            return False
        if not self.libcst:
            return True
        from wakecheck.versions import libcst_version

        return ".".join(libcst_version().split(".")[:2]) in self.libcst


# Frozen dataclasses of ours built and pickled without `dataclasses`' generic paths.
DATACLASSES = Trick("dataclasses", python=((3, 11),))
# LibCST's parser output made without node checks, through faster `__init__`s.
NODES = Trick("nodes", python=((3, 11),), libcst=("1.9",))
# Positions from code generation written out for the common node kinds.
CODEGEN = Trick("codegen", python=((3, 11),), libcst=("1.9",))
# Deep recursion run beneath one very large frame (CPython 3.11 and 3.12's frame chunks).
FRAMES = Trick("frames", python=((3, 11), (3, 12)))
# The cyclic garbage collector kept off what a run builds and keeps.
COLLECTOR = Trick("collector", python=((3, 11),))
TRICKS = (DATACLASSES, NODES, CODEGEN, FRAMES, COLLECTOR)


@dataclass(slots=True)
class _Process:
    """What this process is to wakecheck: process-wide by nature, so one module-level value."""

    owned: bool = False
    on: bool = False
    thresholds: tuple[int, int, int] | None = None  # the collector's, before own_process set them
    tricks: dict[str, bool] = field(default_factory=dict)  # name → supported, worked out once


_PROCESS = _Process()


def own_process(*, speedups: bool = True) -> None:
    """This process is wakecheck's own (the command line, or one of its workers); `speedups`: tricks on."""
    _PROCESS.owned = True
    _PROCESS.on = speedups
    if not speedups:
        return
    if on(DATACLASSES):
        from wakecheck._speedups.frozen import install

        install()
    if on(COLLECTOR):
        from wakecheck._speedups.collector import set_thresholds

        _PROCESS.thresholds = set_thresholds()


def disown() -> None:
    """Undo `own_process` (for tests): tricks off, the collector's thresholds as they were."""
    if _PROCESS.thresholds is not None:
        import gc

        gc.set_threshold(*_PROCESS.thresholds)
    from wakecheck._speedups.frozen import uninstall

    uninstall()
    _PROCESS.owned = _PROCESS.on = False
    _PROCESS.thresholds = None


def owned() -> bool:
    """Whether this process is wakecheck's own (see `own_process`)."""
    return _PROCESS.owned


def active() -> bool:
    """Whether the speed-ups are switched on in this process (each may still be unsupported)."""
    return _PROCESS.on


def on(trick: Trick) -> bool:
    """Whether `trick` is to be used now: the process is ours, the switch is on, the versions tested."""
    if not _PROCESS.on:
        return False
    known = _PROCESS.tricks.get(trick.name)
    if known is None:
        known = _PROCESS.tricks[trick.name] = trick.supported()
    return known
