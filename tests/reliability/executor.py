"""Runs generated alarm loops under the idle model and records every container call.

    python executor.py ROOT OUT.json [--max-runs N] [--samples N]

Meant to run in its own process (the differential tester starts it with
``subprocess``): it imports and executes the generated packages under ROOT,
which wakecheck itself never does. ``ROOT/manifest.json`` lists the packages.

For each package and each mode (``idle``: rare predicates False; ``rare``: rare
predicates a choice too) one tick is run over every sequence of choices, depth
first, up to ``--max-runs``; when the space is larger, ``--samples`` more runs
take random choices (seeded by the package's seed). Each run first calls the
program's start-up, ``main.start(env)``, which builds the town (and sets
whatever long-lived state the program has), then runs the town's ``alarm()``
once. A wake is a sink's ``(path relative to ROOT, line)``, with the labels it
was called with and the stacks of program frames that reached it (each frame
``(path, line, function, first line, last line)``, outermost first). An
exception other than the programs' own ``Boom`` and ``Idle`` is a generator bug
and is reported. A wake during start-up is not recorded: it is not the loop's.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import random
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

STUBS = Path(__file__).resolve().parent / "stubs"
QUIET = frozenset({"get_state", "stop"})
MAX_STACKS = 16  # distinct stacks kept per wake (the first ones in sorted order)

Frame = tuple[str, int, str, int, int]  # path, line, function, its first and last line
Wakes = dict[tuple[str, int], tuple[set[str], set[tuple[Frame, ...]]]]


@functools.lru_cache(maxsize=None)
def _last_line(code: CodeType) -> int:
    return max((line for _, _, line in code.co_lines() if line is not None), default=code.co_firstlineno)


class Run:
    """One execution of start-up and one tick: answers choices, records wakes."""

    def __init__(self, root: str, prefix: Sequence[int], rng: random.Random | None,
                 rare: bool, fail_labels: frozenset[str]) -> None:
        self.root = root
        self.prefix = prefix
        self.rng = rng
        self.rare = rare
        self.fail_labels = fail_labels
        self.quiet = QUIET
        self.trace: list[tuple[int, int]] = []
        self.ticking = False  # False during start-up
        self.wakes: Wakes = {}

    def choose(self, name: str, options: Sequence[Any]) -> Any:
        i = len(self.trace)
        if self.rng is not None:
            k = self.rng.randrange(len(options))
        else:
            k = self.prefix[i] if i < len(self.prefix) else 0
        self.trace.append((k, len(options)))
        return options[k]

    def record(self, frame: FrameType, label: str) -> None:
        if not frame.f_code.co_filename.startswith(self.root):
            raise AssertionError(f"wake {label} from outside the program: {frame.f_code.co_filename}")
        if not self.ticking:
            return  # start-up is not a tick: what it wakes is not the loop's doing
        stack = self.stack(frame)
        labels, stacks = self.wakes.setdefault(stack[-1][:2], (set(), set()))
        labels.add(label)
        stacks.add(stack)

    def stack(self, frame: FrameType) -> tuple[Frame, ...]:
        """The program's frames from the tick's entry to ``frame``, outermost first."""
        out: list[Frame] = []
        f: FrameType | None = frame
        while f is not None:
            code = f.f_code
            if code.co_filename.startswith(self.root):
                rel = code.co_filename[len(self.root):].replace("\\", "/")
                out.append((rel, f.f_lineno, code.co_qualname, code.co_firstlineno, _last_line(code)))
            f = f.f_back
        return tuple(reversed(out))


def _run_tick(start: Callable[[object], Any], run: Run) -> str | None:
    """Run start-up and one alarm to the end; the text of an unexpected exception, if any."""
    import wkenv  # noqa: PLC0415 - on sys.path only once main() has put it there

    wkenv.RUN = run
    try:
        town = start(None)
    except Exception as exc:  # start-up has no choice to make and nothing may fail there
        return "start-up failed: " + "".join(traceback.format_exception(exc))
    run.ticking = True
    try:
        coro = town.alarm()
        coro.send(None)
    except StopIteration:
        return None
    except Exception as exc:  # the program's own exceptions end a run normally
        if type(exc).__name__ in ("Boom", "Idle"):
            return None
        return "".join(traceback.format_exception(exc))
    coro.close()
    return "the alarm suspended: generated programs never really await"


def _merge(into: Wakes, run: Run) -> None:
    for key, (labels, stacks) in run.wakes.items():
        have = into.setdefault(key, (set(), set()))
        have[0].update(labels)
        have[1].update(stacks)


def explore(start: Callable[[object], Any], root: str, rare: bool, fail_labels: frozenset[str],
            max_runs: int, samples: int, seed: int) -> dict[str, Any]:
    wakes: Wakes = {}
    prefix: list[int] = []
    runs, exhaustive, error = 0, False, None
    while runs < max_runs:
        run = Run(root, prefix, None, rare, fail_labels)
        error = _run_tick(start, run)
        runs += 1
        _merge(wakes, run)
        if error:
            break
        trace = run.trace
        i = len(trace) - 1
        while i >= 0 and trace[i][0] == trace[i][1] - 1:
            i -= 1
        if i < 0:
            exhaustive = True
            break
        prefix = [k for k, _ in trace[:i]] + [trace[i][0] + 1]
    if not exhaustive and not error:
        rng = random.Random(seed)
        for _ in range(samples):
            run = Run(root, (), rng, rare, fail_labels)
            error = _run_tick(start, run)
            runs += 1
            _merge(wakes, run)
            if error:
                break
    return {"runs": runs, "exhaustive": exhaustive, "error": error,
            "wakes": [[path, line, sorted(labels), [list(map(list, s)) for s in sorted(stacks)[:MAX_STACKS]]]
                      for (path, line), (labels, stacks) in sorted(wakes.items())]}


def _start_of(package: str) -> Callable[[object], Any]:
    """The program's start-up; a program saved before there was one builds its town alone."""
    try:
        return importlib.import_module(f"{package}.main").start
    except ModuleNotFoundError as exc:
        if exc.name != f"{package}.main":
            raise
    town_cls = importlib.import_module(f"{package}.town").Town
    return lambda env: town_cls(env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("out")
    parser.add_argument("--max-runs", type=int, default=512)
    parser.add_argument("--samples", type=int, default=256)
    args = parser.parse_args(argv)
    root = str(Path(args.root).resolve())
    sys.path[:0] = [root, str(STUBS)]
    sys.dont_write_bytecode = True
    manifest = json.loads((Path(root) / "manifest.json").read_text())
    results: dict[str, Any] = {}
    for entry in manifest["programs"]:
        package = entry["package"]
        try:
            start = _start_of(package)
        except Exception as exc:  # a program that does not import is a generator bug
            results[package] = {"error": "".join(traceback.format_exception(exc))}
            continue
        fail = frozenset(entry["fail_labels"])
        try:
            results[package] = {
                mode: explore(start, root + "/", mode == "rare", fail, args.max_runs, args.samples,
                              entry["seed"])
                for mode in ("idle", "rare")
            }
        except Exception as exc:  # e.g. a replay that went another way: the program is at fault
            results[package] = {"error": "".join(traceback.format_exception(exc))}
    Path(args.out).write_text(json.dumps(results, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
