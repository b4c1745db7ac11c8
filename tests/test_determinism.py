"""The same input gives the same report in every process, whatever the process's string hashes.

Sets iterate in an order that follows string hashes, which Python draws anew for each
process: an analysis that took an order from a set would report differently from one
run to the next once a budget or a size limit is reached on the way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_ORDER = """
from wakecheck.analysis.values import Const, Inst, Seq, Truth, Union, Unknown, alternatives, union, Lvl
from wakecheck.analysis.values import AllocLoc, FieldLoc
inner = union([Const(n) for n in "abcdefgh"])
values = [Inst(f"pkg.C{i}", True, (("x", inner),)) for i in range(6)]
values += [Seq(inner, True, False, frozenset("wxyz"), frozenset({FieldLoc("a.B", "f"), AllocLoc("a:1", "f")}))]
values += [Unknown("lost"), Const(1)]
print(repr(alternatives(union(values))))
print(repr(Truth(Lvl.COMMON, Lvl.ABSENT, frozenset("pqrs"), frozenset("tuv"))))
"""


def _run(code: str, seed: str, cwd: Path = REPO, *args: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    argv = [sys.executable, "-c", code] if code else [sys.executable, "-m", "wakecheck", *args]
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, check=True).stdout


def test_values_are_ordered_by_text_that_no_hash_changes() -> None:
    assert _run(_ORDER, "1") == _run(_ORDER, "2") == _run(_ORDER, "3")


def test_reports_are_the_same_under_other_string_hashes() -> None:
    fixture = REPO / "fixtures" / "towndo"
    args = ("check", "--no-cache", "--select", "WC001,WC002,WC003,WC004", "--format", "json", ".")
    first = subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=fixture, capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": "1"}, check=False)
    second = subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=fixture, capture_output=True, text=True,
                            env={**os.environ, "PYTHONHASHSEED": "2"}, check=False)
    assert first.returncode == second.returncode == 1
    assert first.stdout == second.stdout
