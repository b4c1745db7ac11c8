"""Code that nests deeper than Python's default stack: analysed, or one clear line, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CONFIG = '[tool.wakecheck]\nentry = ["*.Town.alarm"]\ncontainer-factories = ["*.stub"]\n'


def _chain(root: Path, depth: int) -> None:
    """An alarm whose only wake is `depth` plain calls down."""
    (root / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    calls = [f"step{i}()" for i in range(1, depth)] + ['stub().fetch("/deep")']
    steps = [f"def step{i}():\n    {call}\n" for i, call in enumerate(calls)]
    (root / "deep.py").write_text("def stub(): ...\n\n" + "\n".join(steps)
                                  + "\nclass Town:\n    async def alarm(self):\n        step0()\n", encoding="utf-8")


def _check(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", "check", "--no-cache", *args, "."], cwd=root,
                          capture_output=True, text=True, timeout=300)


def test_a_deep_chain_is_followed_when_workers_did_all_the_parsing(tmp_path: Path) -> None:
    # With --jobs 2 every file is lowered by a worker, so the interpreting process never
    # parses: it must still make room on its stack for 300 nested calls.
    _chain(tmp_path, 300)
    result = _check(tmp_path, "--jobs", "2")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("deep.py:") and "WC001 `stub().fetch`" in result.stdout


def test_a_chain_beyond_any_stack_is_one_error_line(tmp_path: Path) -> None:
    _chain(tmp_path, 3000)
    result = _check(tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    # Located at the entry's `def` line, not at the top of the file.
    line = (tmp_path / "deep.py").read_text().splitlines().index("    async def alarm(self):") + 1
    assert f"deep.py:{line}:5: cannot analyse `deep.Town.alarm`: its calls nest too deep" in result.stdout
    assert "no function matches" not in result.stderr  # the entry was found, only not analysed
