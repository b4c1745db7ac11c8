"""Runs generated alarm loops under the idle model and records every container call.

    python executor.py ROOT OUT.json [--max-runs N] [--samples N]

Meant to run in its own process (the differential tester starts it with
``subprocess``): it imports and executes the generated packages under ROOT,
which wakecheck itself never does. ``ROOT/manifest.json`` lists the packages.

For each package and each mode (``idle``: rare predicates False; ``rare``: rare
predicates a choice too) the alarm of a fresh ``Town`` is run over every
sequence of choices, depth first, up to ``--max-runs``; when the space is
larger, ``--samples`` more runs take random choices (seeded by the package's
seed). A wake is ``(path relative to ROOT, line, label)``. An exception other
than the programs' own ``Boom`` and ``Idle`` is a generator bug and is reported.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any

STUBS = Path(__file__).resolve().parent / "stubs"
QUIET = frozenset({"get_state", "stop"})


class Run:
    """One execution of an alarm: answers choices, records wakes."""

    def __init__(self, root: str, prefix: Sequence[int], rng: random.Random | None,
                 rare: bool, fail_labels: frozenset[str]) -> None:
        self.root = root
        self.prefix = prefix
        self.rng = rng
        self.rare = rare
        self.fail_labels = fail_labels
        self.quiet = QUIET
        self.trace: list[tuple[int, int]] = []
        self.wakes: set[tuple[str, int, str]] = set()

    def choose(self, name: str, options: Sequence[Any]) -> Any:
        i = len(self.trace)
        if self.rng is not None:
            k = self.rng.randrange(len(options))
        else:
            k = self.prefix[i] if i < len(self.prefix) else 0
        self.trace.append((k, len(options)))
        return options[k]

    def record(self, frame: FrameType, label: str) -> None:
        filename = frame.f_code.co_filename
        if not filename.startswith(self.root):
            raise AssertionError(f"wake {label} from outside the program: {filename}")
        rel = Path(filename).relative_to(self.root).as_posix()
        self.wakes.add((rel, frame.f_lineno, label))


def _run_alarm(town_cls: type, run: Run) -> str | None:
    """Run one alarm to the end; the text of an unexpected exception, if any."""
    import wkenv  # noqa: PLC0415 - on sys.path only once main() has put it there

    wkenv.RUN = run
    try:
        coro = town_cls(env=None).alarm()
        coro.send(None)
    except StopIteration:
        return None
    except Exception as exc:  # the program's own exceptions end a run normally
        if type(exc).__name__ in ("Boom", "Idle"):
            return None
        return "".join(traceback.format_exception(exc))
    coro.close()
    return "the alarm suspended: generated programs never really await"


def explore(town_cls: type, root: str, rare: bool, fail_labels: frozenset[str],
            max_runs: int, samples: int, seed: int) -> dict[str, Any]:
    wakes: set[tuple[str, int, str]] = set()
    prefix: list[int] = []
    runs, exhaustive, error = 0, False, None
    while runs < max_runs:
        run = Run(root, prefix, None, rare, fail_labels)
        error = _run_alarm(town_cls, run)
        runs += 1
        wakes |= run.wakes
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
            error = _run_alarm(town_cls, run)
            runs += 1
            wakes |= run.wakes
            if error:
                break
    return {"runs": runs, "exhaustive": exhaustive, "error": error,
            "wakes": sorted([list(w) for w in wakes])}


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
            town_cls = importlib.import_module(f"{package}.town").Town
        except Exception as exc:  # a program that does not import is a generator bug
            results[package] = {"error": "".join(traceback.format_exception(exc))}
            continue
        fail = frozenset(entry["fail_labels"])
        try:
            results[package] = {
                mode: explore(town_cls, root + "/", mode == "rare", fail, args.max_runs, args.samples,
                              entry["seed"])
                for mode in ("idle", "rare")
            }
        except Exception as exc:  # e.g. a replay that went another way: the program is at fault
            results[package] = {"error": "".join(traceback.format_exception(exc))}
    Path(args.out).write_text(json.dumps(results, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
