"""`wakecheck init`: the proposed table, through the real command line in a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

import pytest

TOKEN_REFRESH = ("gastown/container_dispatch.py", 82, "WC001")  # the fixture's `container.fetch(.../refresh-token)`
WORKER = Path(__file__).resolve().parent / "data" / "worker"


def wakecheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args, "--no-cache"], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def bare_town(town: Path) -> Path:
    """The reference fixture with its [tool.wakecheck] table removed (its wrangler.toml stays)."""
    pyproject = town / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text[:text.index("[tool.wakecheck]")], encoding="utf-8")
    return town


def test_the_proposal_says_what_was_found_and_where(bare_town: Path) -> None:
    result = wakecheck("init", cwd=bare_town)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ("wakecheck: a proposal for pyproject.toml: review it, then add it with "
                             "`wakecheck init --write`\n")
    table = tomllib.loads(result.stdout)["tool"]["wakecheck"]
    # What the analysis knows is proposed as it is.
    assert table["entry"] == ["*.TownDO.alarm"]
    assert table["container-factories"] == ["*.get_town_container_stub"]
    # What only the user knows is left commented out, each with where it was found.
    assert table["active-guards"] == [] and table["empty-on-idle"] == {} and table["rare"] == {}
    lines = result.stdout.splitlines()

    def line_of(pattern: str) -> str:
        [found] = [line for line in lines if f'"{pattern}"' in line]
        return found

    assert line_of("*.TownDO.alarm").endswith("# gastown/town_do.py:113, Durable Object TOWN in wrangler.toml:14")
    assert line_of("*.TownDO.has_active_work").startswith('    # "*.TownDO.has_active_work",  # gastown/town_do.py:281')
    assert line_of("*.list_working_agent_rows").startswith(
        '# "*.list_working_agent_rows" = "list_working_agent_rows is empty"  # gastown/town_do.py:153')
    assert line_of("*.count_pending_triage_requests").startswith('# "*.count_pending_triage_requests" = ')
    # Asked with the time (`is_kilocode_token_expiring(payload, now)`): a rare candidate, in its table.
    rare = lines[lines.index("[tool.wakecheck.rare]") + 1]
    assert rare.startswith('# "*.is_kilocode_token_expiring" = "only when is_kilocode_token_expiring is true"')
    assert "env.TOWN_CONTAINER: TownContainerDO" in result.stdout


def test_the_proposal_accepted_as_is_finds_the_token_refresh(bare_town: Path) -> None:
    before = (bare_town / "pyproject.toml").read_text(encoding="utf-8")
    printed = wakecheck("init", cwd=bare_town).stdout
    written = wakecheck("init", "--write", cwd=bare_town)
    assert written.returncode == 0, written.stderr
    assert written.stdout == ""
    assert written.stderr == ("wakecheck: added the proposed [tool.wakecheck] table to pyproject.toml; confirm its "
                              "commented candidates, then run `wakecheck check`\n")
    after = (bare_town / "pyproject.toml").read_text(encoding="utf-8")
    # Added after what was there, which is left as it was; the table is the one printed.
    assert after.startswith(before) and after.endswith(printed) and not after[len(before):-len(printed)].strip()
    check = wakecheck("check", "--format", "json", ".", cwd=bare_town)
    assert check.returncode == 1, check.stderr
    found = {(f["path"], f["line"], f["rule"]) for f in json.loads(check.stdout)["findings"]}
    assert TOKEN_REFRESH in found


def test_init_never_overwrites(bare_town: Path) -> None:
    assert wakecheck("init", "--write", cwd=bare_town).returncode == 0
    kept = (bare_town / "pyproject.toml").read_bytes()
    again = wakecheck("init", "--write", cwd=bare_town)
    assert again.returncode == 2
    assert again.stderr == ("wakecheck: error: pyproject.toml: already has a [tool.wakecheck] table; "
                            "`wakecheck init --write` never replaces a configuration (without --write it prints "
                            "a proposal)\n")
    assert (bare_town / "pyproject.toml").read_bytes() == kept
    # Without --write it still proposes, and says the existing table's idle model is left out.
    printed = wakecheck("init", cwd=bare_town)
    assert printed.returncode == 0
    assert printed.stderr.splitlines()[0] == ("wakecheck: note: pyproject.toml already has a [tool.wakecheck] "
                                              "table; the proposal leaves out its idle model")


def test_a_worker_without_pyproject_gets_one(tmp_path: Path) -> None:
    worker = tmp_path / "worker"
    shutil.copytree(WORKER, worker)
    (worker / "pyproject.toml").unlink()
    (worker / ".git").mkdir()  # the project's root, as a repository marks it
    unconfigured = wakecheck("check", "--format", "json", ".", cwd=worker)
    result = wakecheck("init", "--write", ".", cwd=worker / "src")  # from a subdirectory
    assert result.returncode == 0, result.stderr
    assert "to ../pyproject.toml;" in result.stderr
    table = tomllib.loads((worker / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["wakecheck"]
    assert table["entry"] == ["*.Tenant.alarm"]
    assert table["container-factories"] == ["*.sandbox_for"]
    text = (worker / "pyproject.toml").read_text(encoding="utf-8")
    assert '"*.Tenant.alarm",  # src/tenants.py:20, Durable Object TENANT in wrangler.jsonc:22' in text
    # The container bindings: Sandbox is listed in `containers`, BackupBox derives from Container in the code.
    assert "#   env.SANDBOX: Sandbox, line 23\n#   env.BACKUP: BackupBox, line 24\n" in text
    assert "env.TENANT" not in text and "env.AUDIT_LOG" not in text
    # Accepted as it is, the table reports what the unconfigured check reports.
    configured = wakecheck("check", "--format", "json", ".", cwd=worker)
    assert configured.returncode == unconfigured.returncode == 1
    assert json.loads(configured.stdout)["findings"] == json.loads(unconfigured.stdout)["findings"] != []


def test_no_entry_is_said_and_no_entry_pattern_is_written(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("def tick():\n    pass\n", encoding="utf-8")
    result = wakecheck("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    table = tomllib.loads(result.stdout)["tool"]["wakecheck"]
    assert "entry" not in table and table["container-factories"] == []
    assert "# No entry found (searched: alarm)." in result.stdout
