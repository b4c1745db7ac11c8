"""`wakecheck explain FILE:LINE` through the real command, on the reference fixture and small projects."""

from __future__ import annotations

import subprocess
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.forked_cli import ForkedCli

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "towndo"
DISPATCH = "gastown/container_dispatch.py"
TOWN_DO = "gastown/town_do.py"


# Each run is a process of its own, forked from one that imported wakecheck once (tests/forked_cli.py).
CLI = ForkedCli()


@pytest.fixture(scope="module", autouse=True)
def _forked_cli() -> Iterator[None]:
    yield
    CLI.close()


def explain(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return CLI.run(["explain", *args, "--no-cache"], cwd, timeout=180)


def ways(stdout: str) -> list[str]:
    """The lines that start a way: `  1. through `...()` at path:line: VERDICT — reason`."""
    return [line.strip() for line in stdout.splitlines() if line[:2] == "  " and line[2:3].isdigit() and ". " in line]


def test_the_token_refresh_is_yes_by_one_way_and_cut_off_on_the_others() -> None:
    result = explain(f"{DISPATCH}:78", cwd=FIXTURE)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{DISPATCH}:78:15: `container.set_env_var` — YES: an idle tick reaches it (WC001)"
    assert lines[1] == "  4 ways there, each through one call in an alarm loop's body: 1 YES, 3 NO"
    assert ways(result.stdout) == [
        f"1. through `self.refresh_container_token()` at {TOWN_DO}:141: YES — gated only on has_rigs",
        f"2. through `fn()` at {TOWN_DO}:217: NO — zero open beads",
        f"3. through `self.re_escalate_stale_escalations()` at {TOWN_DO}:246: NO — zero stale escalations",
        f"4. through `self.maybe_dispatch_triage_agent()` at {TOWN_DO}:248: NO — zero triage requests",
    ]
    # The YES way's chain, frame by frame, with the conditions that let it through.
    frames = [" ".join(line.split()) for line in lines[3:10]]
    assert frames == [
        f"TownDO.alarm {TOWN_DO}:114",
        "with_log_tags gastown/log.py:31",
        f"<lambda:114> {TOWN_DO}:114",
        f"TownDO._alarm {TOWN_DO}:141 passes has_rigs, not (stored_id is None)",
        f"TownDO.refresh_container_token {TOWN_DO}:313 passes not (now - last_refresh < TOKEN_REFRESH_INTERVAL_MS), "
        "town_id",
        f"ensure_container_token {DISPATCH}:78 passes not (secret is None)",
        "let through by: has_rigs, not (now - last_refresh < TOKEN_REFRESH_INTERVAL_MS), not (secret is None), "
        "not (stored_id is None), town_id",
    ]
    # Each cut-off path says what stops it: the reconciler's paths need open beads (and some, working agents).
    assert "     a path this way is cut off — zero open beads\n" in result.stdout
    assert "     a path this way is cut off — zero open beads, and zero working agents\n" in result.stdout
    assert "     a path this way is cut off — zero triage requests\n" in result.stdout


def test_a_guarded_call_is_no_and_names_the_guard_and_a_column_is_accepted() -> None:
    result = explain(f"{TOWN_DO}:289:23", cwd=FIXTURE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (f"{TOWN_DO}:289:23: `container.fetch` (GET /health) — NO: no idle tick "
                                             "reaches it, every path there is cut off")
    assert ways(result.stdout) == [f"1. through `self.ensure_container_ready()` at {TOWN_DO}:137: NO — gated on "
                                   "has_active_work"]
    assert result.stdout.endswith("     a path this way is cut off — gated on has_active_work\n")


def test_a_rare_call_is_rarely_with_its_reason() -> None:
    result = explain(f"{TOWN_DO}:356", cwd=FIXTURE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (f"{TOWN_DO}:356:15: `self.sync_config_to_container` — RARELY: an idle "
                                             "tick reaches it, but rarely (only near token expiry) (WC002)")


def test_a_line_on_the_chain_names_the_container_calls_it_leads_to() -> None:
    result = explain(f"{TOWN_DO}:141", cwd=FIXTURE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{TOWN_DO}:141: no container call on this line; the call here leads to 2 (explain their lines for every "
        "way there):",
        f"  {DISPATCH}:78:15: `container.set_env_var` — YES: an idle tick reaches it (WC001)",
        f"  {DISPATCH}:82:22: `container.fetch` (POST /refresh-token) — YES: an idle tick reaches it (WC001)",
    ]


def test_a_line_nothing_reaches_says_so(tmp_path: Path) -> None:
    result = explain(f"{TOWN_DO}:1", cwd=FIXTURE)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (f"{TOWN_DO}:1: no alarm loop reaches a container call on this line, not even on the "
                             "paths the idle model cuts off\n")


def test_a_call_the_analysis_loses_is_named(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.wakecheck]\ncontainer-factories = ["*.get_container"]\n')
    (tmp_path / "town.py").write_text(textwrap.dedent("""\
        class Town:
            def alarm(self, callback):
                callback()
    """))
    result = explain("town.py:3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("town.py:3:9: lost track of `callback()` here (")
    assert result.stdout.splitlines()[-1].endswith("; WC003): a container call behind it would go unseen")


@pytest.mark.parametrize(("topic", "error"), [
    ("nope.py:3", "nope.py: no such file"),
    (TOWN_DO, f"{TOWN_DO}: name the line too, as FILE:LINE"),
    (f"{TOWN_DO}:0", f"{TOWN_DO}: line 0 is outside the file, which has 592 lines"),
    (f"{TOWN_DO}:9999", f"{TOWN_DO}: line 9999 is outside the file, which has 592 lines"),
])
def test_a_bad_file_or_line_is_one_line(topic: str, error: str) -> None:
    result = explain(topic, cwd=FIXTURE)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"wakecheck: error: {error}\n"


def test_from_a_subdirectory_the_file_is_found_as_the_analysis_names_it() -> None:
    result = explain("container_dispatch.py:82", cwd=FIXTURE / "gastown")
    assert result.returncode == 0, result.stderr
    head = result.stdout.splitlines()[0]
    assert "container_dispatch.py:82:22: `container.fetch` (POST /refresh-token) — YES" in head
