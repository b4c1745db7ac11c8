"""What a new user meets on a first run: the real `wakecheck` command on small projects in tmp dirs.

No silent pass (patterns that match nothing, nothing to check, no configuration),
`strict`, `idle-unit`, paths from a subdirectory, unknown commands, and the other rough
edges of issue 26, each through a subprocess as a user would run it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CONFIG = """\
[project]
name = "nb"

[tool.wakecheck]
entry = ["*.Worker.alarm"]
container-factories = ["*.get_container"]
active-guards = ["*.has_active_work"]
"""

WORKER = """\
from nb.util import get_container, refresh


class Worker:
    def has_active_work(self):
        return bool(self.jobs)

    async def alarm(self):
        await refresh(self.env)
        if self.has_active_work():
            await get_container(self.env).fetch("/work")
"""

UTIL = """\
def get_container(env):
    return env.SANDBOX.get("main")


async def refresh(env):
    container = get_container(env)
    await container.fetch("/refresh")
"""


def wakecheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def project(root: Path, config: str | None = CONFIG, files: dict[str, str] | None = None) -> Path:
    """A project under `root`: `src/nb/` with the worker and its helpers (and `files`), `config` as pyproject.toml."""
    sources = {"src/nb/__init__.py": "", "src/nb/worker.py": WORKER, "src/nb/util.py": UTIL, **(files or {})}
    for name, text in sources.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    if config is not None:
        (root / "pyproject.toml").write_text(config)
    return root


def warnings(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("wakecheck: warning:")]


# ---------------------------------------------------------------------------
# idle-unit: the word for one idle tenant


def test_messages_and_audit_say_tenant_unless_idle_unit_names_another_word(tmp_path: Path) -> None:
    root = project(tmp_path)
    check = wakecheck("check", "--no-cache", cwd=root)
    assert check.returncode == 1, check.stderr
    assert "wakes the container on an idle tenant (ungated)" in check.stdout
    (root / "pyproject.toml").write_text(CONFIG + 'idle-unit = "shop"\n')
    check = wakecheck("check", "--no-cache", cwd=root)
    assert "wakes the container on an idle shop (ungated)" in check.stdout and "tenant" not in check.stdout
    audit = wakecheck("audit", "--no-cache", cwd=root)
    assert audit.returncode == 0, audit.stderr
    assert "| # | Code path | Fires on idle shop? | Idle wake cost |" in audit.stdout
    assert "town" not in audit.stdout and "tenant" not in audit.stdout
