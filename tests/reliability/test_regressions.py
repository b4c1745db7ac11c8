"""Each saved failing program (``regressions/<name>/``) is analysed and executed again.

A case with an ``XFAIL`` file is a known, open bug: the file's text is the reason,
and the test is a strict xfail, so fixing the bug makes it fail until the file is
removed. ``FOUND.json`` records what the differential tester saw when it saved it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .differential import REGRESSIONS, check_directory

CASES = sorted(p for p in REGRESSIONS.iterdir() if (p / "manifest.json").is_file()) if REGRESSIONS.is_dir() else []


def _param(case: Path) -> object:
    xfail = case / "XFAIL"
    marks = [pytest.mark.xfail(strict=True, reason=xfail.read_text().strip())] if xfail.exists() else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_regression(case: Path, tmp_path: Path) -> None:
    work = tmp_path / case.name
    shutil.copytree(case, work, ignore=shutil.ignore_patterns("XFAIL", "FOUND.json", "executed.json"))
    for outcome in check_directory(work):
        assert outcome.exec_error is None, outcome.exec_error
        assert outcome.crash is None, outcome.crash
        assert not outcome.missed, f"executed wakes wakecheck did not report: {outcome.missed}"
