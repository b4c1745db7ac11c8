#!/usr/bin/env python3
"""wakecheck's call resolution against PyCG's micro-benchmark (issue 7), PyCG itself alongside.

    python bench/callgraph.py [--markdown FILE] [--only CATEGORY,...] [--show-wrong]

Fetches PyCG's source distribution (pinned, sha256-checked) from the package
registry into bench/.corpora/, unpacks its micro-benchmark into bench/.work/callgraph/,
installs PyCG itself into bench/.work/pycg-venv/, then runs on every case both
`wakecheck graph --format pycg` (this interpreter, a subprocess per case) and PyCG
(its venv, the same call its own tests make) and compares each with the case's
callgraph.json.

Per category it prints: cases with no missing edge (PyCG's paper calls these sound),
cases with no extra edge (complete), and edge precision and recall over all edges.
An edge is a (caller, callee) pair; nodes without edges do not count.

Module names are relative to the case directory, as PyCG's `--package` makes them:
where a case directory is itself a package (it has `__init__.py`), wakecheck names
its modules from the directory above, so that prefix is dropped from its names.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
CORPORA = BENCH / ".corpora"
WORK = BENCH / ".work" / "callgraph"
PYCG_VENV = BENCH / ".work" / "pycg-venv"

PYCG_VERSION = "0.0.8"
PYCG_SDIST = f"pycg-{PYCG_VERSION}.tar.gz"
PYCG_SHA256 = "644b4df4346b393ca29450223da12598a6e6ad51fcfb1c218330b774f643a6c1"

Graph = dict[str, list[str]]
Edges = set[tuple[str, str]]


def fetch_sdist() -> Path:
    target = CORPORA / PYCG_SDIST
    if not target.exists():
        CORPORA.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        f"pycg=={PYCG_VERSION}", "-d", str(CORPORA)], check=True)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    if digest != PYCG_SHA256:
        sys.exit(f"callgraph: {target} has sha256 {digest}, expected {PYCG_SHA256}")
    return target


def unpack(sdist: Path) -> Path:
    """The micro-benchmark's cases, fresh from the sdist, under WORK/snippets."""
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    prefix = f"pycg-{PYCG_VERSION}/micro-benchmark/snippets/"
    with tarfile.open(sdist) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith(prefix) and m.isfile()]
        for member in members:
            member.name = "snippets/" + member.name[len(prefix):]
        tar.extractall(WORK, members=members, filter="data")
    # An empty configuration here, so that no configuration above the work tree applies.
    (WORK / "wakecheck.toml").write_text("")
    return WORK / "snippets"


def pycg_python(sdist: Path) -> Path:
    """PyCG installed from the verified sdist: the registry's wheel of 0.0.8 holds the package as
    `PyCG/`, which `import pycg` does not find on a case-sensitive file system."""
    python = PYCG_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PYCG_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(sdist)], check=True)
    return python


def cases_of(snippets: Path, only: set[str] | None) -> list[Path]:
    return sorted(case for case in snippets.glob("*/*") if (case / "callgraph.json").is_file()
                  and (only is None or case.parent.name in only))


def run_pycg(python: Path, case: Path) -> Graph:
    """PyCG on one case, in a process of its own (run in one process, its import machinery
    carries modules from one case over to the next and misses imports in later cases)."""
    done = subprocess.run([str(python), "-m", "pycg", "--package", ".", "main.py"],
                          cwd=case, capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        return {"$error": [done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "no output"]}
    graph: Graph = json.loads(done.stdout)
    return graph


def run_wakecheck(case: Path) -> Graph:
    done = subprocess.run([sys.executable, "-m", "wakecheck", "graph", "--format", "pycg", "."],
                          cwd=case, capture_output=True, text=True)
    if done.returncode not in (0, 2) or not done.stdout.strip():
        return {"$error": [done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "no output"]}
    graph: Graph = json.loads(done.stdout)
    if (case / "__init__.py").exists():
        prefix = case.name + "."
        graph = {_unprefix(k, prefix): [_unprefix(v, prefix) for v in vs] for k, vs in graph.items()}
    return graph


def _unprefix(name: str, prefix: str) -> str:
    return name.removeprefix(prefix)


def edges(graph: Graph) -> Edges:
    return {(caller, callee) for caller, callees in graph.items() if not caller.startswith("$")
            for callee in callees}


@dataclass
class Score:
    cases: int = 0
    sound: int = 0  # no missing edge
    complete: int = 0  # no extra edge
    hit: int = 0
    produced: int = 0
    expected: int = 0
    wrong: list[tuple[str, Edges, Edges]] = field(default_factory=list)  # case, missing, extra

    def add(self, name: str, expected: Edges, produced: Edges) -> None:
        missing, extra = expected - produced, produced - expected
        self.cases += 1
        self.sound += not missing
        self.complete += not extra
        self.hit += len(expected & produced)
        self.produced += len(produced)
        self.expected += len(expected)
        if missing or extra:
            self.wrong.append((name, missing, extra))

    def merge(self, other: Score) -> None:
        for attr in ("cases", "sound", "complete", "hit", "produced", "expected"):
            setattr(self, attr, getattr(self, attr) + getattr(other, attr))
        self.wrong.extend(other.wrong)

    @property
    def precision(self) -> float:
        return self.hit / self.produced if self.produced else 1.0

    @property
    def recall(self) -> float:
        return self.hit / self.expected if self.expected else 1.0


def table(scores: dict[str, tuple[Score, Score]]) -> str:
    lines = ["| category | cases | wakecheck sound | PyCG sound | wakecheck complete | PyCG complete "
             "| wakecheck precision | PyCG precision | wakecheck recall | PyCG recall |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, (ours, theirs) in scores.items():
        bold = "**" if name == "total" else ""
        lines.append(f"| {bold}{name}{bold} | {ours.cases} | {ours.sound} | {theirs.sound} | {ours.complete} "
                     f"| {theirs.complete} | {ours.precision:.3f} | {theirs.precision:.3f} "
                     f"| {ours.recall:.3f} | {theirs.recall:.3f} |")
    return "\n".join(lines)


def wrong_list(score: Score) -> str:
    lines = []
    for name, missing, extra in sorted(score.wrong):
        parts = [f"missing {a} → {b}" for a, b in sorted(missing)] + [f"extra {a} → {b}" for a, b in sorted(extra)]
        lines.append(f"- `{name}`: " + "; ".join(parts))
    return "\n".join(lines) or "- none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated categories")
    parser.add_argument("--markdown", metavar="FILE", help="also write the table and the wrong cases there")
    parser.add_argument("--show-wrong", action="store_true", help="list every case either tool gets wrong")
    args = parser.parse_args()
    sdist = fetch_sdist()
    snippets = unpack(sdist)
    cases = cases_of(snippets, set(args.only.split(",")) if args.only else None)
    python = pycg_python(sdist)
    scores: dict[str, tuple[Score, Score]] = {}
    total = (Score(), Score())
    for case in cases:
        name = f"{case.parent.name}/{case.name}"
        expected = edges(json.loads((case / "callgraph.json").read_text()))
        ours, theirs = scores.setdefault(case.parent.name, (Score(), Score()))
        ours.add(name, expected, edges(run_wakecheck(case)))
        theirs.add(name, expected, edges(run_pycg(python, case)))
    for ours, theirs in scores.values():
        total[0].merge(ours)
        total[1].merge(theirs)
    scores["total"] = total
    report = table(scores)
    print(report)
    print(f"\nwakecheck: {total[0].sound}/{total[0].cases} with no missing edge, {total[0].complete}/{total[0].cases} "
          f"with no extra edge, precision {total[0].precision:.3f}, recall {total[0].recall:.3f}")
    print(f"PyCG {PYCG_VERSION}: {total[1].sound}/{total[1].cases} with no missing edge, {total[1].complete}/"
          f"{total[1].cases} with no extra edge, precision {total[1].precision:.3f}, recall {total[1].recall:.3f}")
    if args.show_wrong:
        print("\nwakecheck gets wrong:\n" + wrong_list(total[0]))
        print("\nPyCG gets wrong:\n" + wrong_list(total[1]))
    if args.markdown:
        Path(args.markdown).write_text(f"{report}\n\n## wakecheck gets wrong\n\n{wrong_list(total[0])}\n\n"
                                       f"## PyCG gets wrong\n\n{wrong_list(total[1])}\n")


if __name__ == "__main__":
    os.environ.pop("PYTHONPATH", None)
    main()
