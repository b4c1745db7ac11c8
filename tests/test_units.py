"""A large check is analysed in groups of files ("units"), on every core: nothing lost, nothing changed by --jobs.

The project below has 240 files that may hold entries (above the 200 from which a
check is split into units of 100). Every entry calls into a module that lies in
another unit, and every helper it reaches wakes the container: each helper must be
reported, whichever unit and process its callers were analysed in.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

N = 240
CONFIG = ('[tool.wakecheck]\nentry = ["*.run"]\ncontainer-factories = ["*.stub"]\n'
          'active-guards = ["*.has_active_work"]\n')
ENV = "def stub(town): ...\n\n\ndef has_active_work(town): ...\n\n\nclass Base:\n    def tick(self, town):\n        return None\n"


def _project(root: Path) -> None:
    (root / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    pkg = root / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "env.py").write_text(ENV, encoding="utf-8")
    for i in range(N):
        other = (i + 137) % N
        (pkg / f"m{i:03d}.py").write_text(
            f"from pkg import env\nfrom pkg import m{other:03d} as other\n\n\n"
            f"class Worker{i}(env.Base):\n"
            f"    def run(self, town):\n"
            f"        if env.has_active_work(town):\n"
            f"            env.stub(town).fetch('/busy/{i}')\n"
            f"        other.helper(town)\n"
            f"        self.tick(town)\n\n\n"
            f"def helper(town):\n"
            f"    env.stub(town).fetch('/idle/{i}')\n",
            encoding="utf-8")


def _check(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", "check", "--format", "json", *args, "."],
                          cwd=root, capture_output=True, text=True, timeout=600)


def test_every_helper_is_found_and_jobs_do_not_change_the_report(tmp_path: Path) -> None:
    _project(tmp_path)
    one = _check(tmp_path, "--no-cache", "--jobs", "1")
    two = _check(tmp_path, "--no-cache", "--jobs", "2")
    assert one.returncode == 1, one.stderr
    assert "Traceback" not in one.stderr + two.stderr
    assert one.stdout == two.stdout
    findings = json.loads(one.stdout)["findings"]
    idle = sorted(f["path"] for f in findings if f["rule"] == "WC001")
    # One finding per helper (line 14), none for the guarded call (line 8).
    assert idle == [f"pkg/m{i:03d}.py" for i in range(N)]
    assert all(f["line"] == 14 for f in findings)
    # Each helper is reported through its caller: the entry of the module 137 before it.
    by_path = {f["path"]: f for f in findings}
    caller = (5 - 137) % N
    assert [c["function"] for c in by_path["pkg/m005.py"]["chain"]] == [
        f"pkg.m{caller:03d}.Worker{caller}.run", "pkg.m005.helper"]


def test_units_through_the_cache_give_the_same_report(tmp_path: Path) -> None:
    _project(tmp_path)
    cold = _check(tmp_path, "--no-cache", "--jobs", "1")
    filled = _check(tmp_path, "--jobs", "2")  # lowers into the cache, the units read it back
    (tmp_path / "pkg" / "m001.py").write_text(
        (tmp_path / "pkg" / "m001.py").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = _check(tmp_path, "--jobs", "2")  # one file parsed again, the others from the cache
    again = _check(tmp_path, "--jobs", "1")
    assert cold.stdout == filled.stdout == edited.stdout == again.stdout
    assert cold.returncode == filled.returncode == edited.returncode == again.returncode == 1
    assert list((tmp_path / ".wakecheck_cache").iterdir())
