"""`wakecheck check --fix` / `--diff` through the real command."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

GUARD = 'fix-guard = "if not self.has_active_work():\\n    return"\n'


def wakecheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=180)


def with_guard(town: Path, guard: str | None = GUARD) -> Path:
    """The fixture's config with this fix-guard line (None: without one)."""
    config = town / "pyproject.toml"
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    assert GUARD in lines, "the fixture configures the recommended guard"
    config.write_text("".join(guard or "" if line == GUARD else line for line in lines), encoding="utf-8")
    return town


def verdicts(where: Path) -> list[str]:
    result = wakecheck("audit", "--format", "json", ".", cwd=where)
    assert result.returncode == 0, result.stderr
    return [row["verdict"] for row in json.loads(result.stdout)["entries"][0]["rows"]]


def test_fix_yields_the_recommended_fix(town: Path, variant_dir: Callable[[str | None], Path]) -> None:
    with_guard(town)
    preview = wakecheck("check", "--diff", ".", cwd=town)
    assert preview.returncode == 1
    assert preview.stdout.startswith("--- a/gastown/town_do.py\n+++ b/gastown/town_do.py\n")
    assert "+        if not self.has_active_work():\n+            return\n" in preview.stdout
    added = [line for line in preview.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    removed = [line for line in preview.stdout.splitlines() if line.startswith("-") and not line.startswith("---")]
    assert len(added) == 2 and removed == [], "only the guard is added"
    untouched = (town / "gastown" / "town_do.py").read_text(encoding="utf-8")
    assert "if not self.has_active_work():\n            return\n        TOKEN" not in untouched

    fixed = wakecheck("check", "--fix", ".", cwd=town)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "wakecheck: guarded 1 function in 1 file" in fixed.stderr
    expected = (variant_dir("recommended_fix") / "gastown" / "town_do.py").read_bytes()
    assert (town / "gastown" / "town_do.py").read_bytes() == expected
    assert verdicts(town) == ["NO", "NO", "RARELY", "NO", "NO", "NO", "NO", "NO"]

    again = wakecheck("check", "--fix", ".", cwd=town)
    assert again.returncode == 0 and "guarded" not in again.stderr
    assert (town / "gastown" / "town_do.py").read_bytes() == expected
    assert wakecheck("check", "--diff", ".", cwd=town).returncode == 0


def test_fix_of_rare_paths_too_leaves_every_row_no(town: Path) -> None:
    with_guard(town)
    result = wakecheck("check", "--fix", "--select", "WC001,WC002", ".", cwd=town)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "guarded 2 functions in 1 file" in result.stderr
    assert set(verdicts(town)) == {"NO"}


def test_fix_keeps_permissions(town: Path) -> None:
    with_guard(town)
    target = town / "gastown" / "town_do.py"
    target.chmod(0o640)
    assert wakecheck("check", "--fix", ".", cwd=town).returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not list(target.parent.glob(".town_do.py.*.tmp")), "no temporary file left behind"


def test_without_fix_guard_nothing_is_written(town: Path) -> None:
    with_guard(town, None)
    before = (town / "gastown" / "town_do.py").read_bytes()
    result = wakecheck("check", "--fix", ".", cwd=town)
    assert result.returncode == 1
    assert "no `fix-guard` in the configuration" in result.stderr
    assert (town / "gastown" / "town_do.py").read_bytes() == before


def test_a_guard_that_does_not_gate_is_not_written(town: Path) -> None:
    with_guard(town, 'fix-guard = "if False:\\n    return"\n')
    before = (town / "gastown" / "town_do.py").read_bytes()
    result = wakecheck("check", "--fix", ".", cwd=town)
    assert result.returncode == 1
    assert "gastown/town_do.py: not fixed: with the guard inserted, gastown/container_dispatch.py:" in result.stderr
    assert (town / "gastown" / "town_do.py").read_bytes() == before


def test_bad_fix_guard_is_a_config_error(town: Path) -> None:
    with_guard(town, 'fix-guard = "if not self.has_active_work(:\\n    return"\n')
    result = wakecheck("check", "--fix", ".", cwd=town)
    assert result.returncode == 2
    assert result.stderr.startswith("wakecheck: error: pyproject.toml:")
    assert "'fix-guard' is not valid Python" in result.stderr


def project(tmp_path: Path, loop: str, guard: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent(f"""\
        [tool.wakecheck]
        entry = ["*.Loop.alarm"]
        container-factories = ["*.stub"]
        active-guards = ["*.busy"]
        fix-guard = {json.dumps(guard)}
        """), encoding="utf-8")
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "activity.py").write_text("def busy() -> bool:\n    return True\n", encoding="utf-8")
    (package / "loop.py").write_text(textwrap.dedent(loop), encoding="utf-8")
    return tmp_path


def test_fix_imports_what_the_guard_needs(tmp_path: Path) -> None:
    where = project(tmp_path, '''\
        """The loop."""
        from pkg.activity import busy as _unused  # noqa: F401 - does not bind `activity`


        def stub(): ...


        class Loop:
            async def alarm(self):
                await self.refresh()
                await self.ping()

            async def ping(self):
                if activity.busy():
                    await stub().fetch("/ping")

            async def refresh(self):
                """Refresh, keeping this docstring first."""
                # a comment that must survive
                await stub().fetch("/refresh")  # and this one
        ''', "if not activity.busy():\n    return")
    result = wakecheck("check", "--fix", ".", cwd=where)
    assert result.returncode == 0, result.stdout + result.stderr
    text = (where / "pkg" / "loop.py").read_text(encoding="utf-8")
    assert "from pkg import activity\n" in text
    assert ('        """Refresh, keeping this docstring first."""\n'
            "        if not activity.busy():\n            return\n"
            "        # a comment that must survive\n") in text
    assert '# and this one' in text


def test_unfixable_paths_are_left_untouched_with_a_reason(tmp_path: Path) -> None:
    where = project(tmp_path, '''\
        def stub(): ...


        class Loop:
            async def alarm(self):
                await stub().fetch("/ping")
                go = lambda: stub().fetch("/lambda")
                await go()
        ''', "if not busy():\n    return")
    before = (where / "pkg" / "loop.py").read_bytes()
    result = wakecheck("check", "--fix", ".", cwd=where)
    assert result.returncode == 1
    assert "a guard there would stop the whole loop" in result.stderr
    assert "its callee is a lambda" in result.stderr
    assert (where / "pkg" / "loop.py").read_bytes() == before


def test_guard_names_that_cannot_be_imported(tmp_path: Path) -> None:
    where = project(tmp_path, '''\
        def stub(): ...


        class Loop:
            async def alarm(self):
                await self.refresh()
                await self.refresh_too()

            async def refresh(self):
                await stub().fetch("/refresh")

            async def refresh_too(self):
                await stub().fetch("/refresh-too")
        ''', "if not nowhere.busy():\n    return")
    result = wakecheck("check", "--fix", ".", cwd=where)
    assert result.returncode == 1
    assert "`nowhere` in fix-guard is not bound in the file and names nothing in the project" in result.stderr


SELF_PROJECT = {
    "pyproject.toml": """\
        [tool.wakecheck]
        entry = ["*.Worker.alarm"]
        container-factories = ["*.get_container"]
        active-guards = ["*.has_active_work"]
        fix-guard = "if not {self}.has_active_work():\\n    return"
        """,
    "pkg/__init__.py": "",
    "pkg/containers.py": """\
        def get_container(env):
            return env.SANDBOX.get("main")
        """,
    "pkg/upkeep.py": """\
        from pkg.containers import get_container


        async def refresh(do):
            await get_container(do.env).fetch("/refresh")
        """,
    "pkg/worker.py": """\
        from pkg.containers import get_container
        from pkg.upkeep import refresh


        class Worker:
            def has_active_work(self):
                return bool(self.jobs)

            async def alarm(self):
                await refresh(self)
                await self.sync()

            async def sync(self):
                await get_container(self.env).fetch("/sync")
        """,
}


def test_self_in_fix_guard_is_each_callees_first_parameter(tmp_path: Path) -> None:
    for name, text in SELF_PROJECT.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    # The audit's advice reads as the guard would in each place: `do.` in refresh(do), `self.` in methods.
    audit = wakecheck("audit", "--no-cache", cwd=tmp_path)
    assert audit.returncode == 0, audit.stderr
    assert "start `refresh` by returning early unless the tenant has active work (the configured guard: " \
           "`if not do.has_active_work():`)" in audit.stdout
    assert "start `Worker.sync` by returning early unless the tenant has active work (the configured guard: " \
           "`if not self.has_active_work():`)" in audit.stdout
    assert "in `Worker.alarm`, call `refresh()` only when the tenant has active work (the configured guard: " \
           "`if not self.has_active_work():`)" in audit.stdout
    assert "{self}" not in audit.stdout
    fixed = wakecheck("check", "--fix", "--no-cache", cwd=tmp_path)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "wakecheck: guarded 2 functions in 2 files" in fixed.stderr
    upkeep = (tmp_path / "pkg" / "upkeep.py").read_text(encoding="utf-8")
    assert "async def refresh(do):\n    if not do.has_active_work():\n        return\n" in upkeep
    worker = (tmp_path / "pkg" / "worker.py").read_text(encoding="utf-8")
    assert "async def sync(self):\n        if not self.has_active_work():\n            return\n" in worker


def test_self_in_fix_guard_needs_a_parameter(tmp_path: Path) -> None:
    for name, text in SELF_PROJECT.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    upkeep = tmp_path / "pkg" / "upkeep.py"
    upkeep.write_text(upkeep.read_text().replace("refresh(do)", "refresh()").replace("do.env", "None"))
    worker = tmp_path / "pkg" / "worker.py"
    worker.write_text(worker.read_text().replace("refresh(self)", "refresh()"))
    result = wakecheck("check", "--fix", "--no-cache", cwd=tmp_path)
    assert "pkg/upkeep.py: not fixed: `{self}` in fix-guard stands for the first parameter, " \
           "and `refresh` has none" in result.stderr
    assert "if not" not in upkeep.read_text() and "if not self.has_active_work()" in worker.read_text()
