"""The real `wakecheck` command in a subprocess, against the reference fixture and small trees."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "towndo"
TOKEN_SINKS = {("gastown/container_dispatch.py", "container.set_env_var"),
               ("gastown/container_dispatch.py", "container.fetch")}


def wakecheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_reference_fixture_reports_only_the_token_refresh_sinks(town: Path) -> None:
    result = wakecheck("check", "--format", "json", ".", cwd=town)
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert {(f["path"], f["sink"]) for f in findings} == TOKEN_SINKS
    for f in findings:
        assert f["rule"] == "WC001" and f["severity"] == "error"
        assert f["entry"] == "gastown.town_do.TownDO.alarm"
        functions = [frame["function"] for frame in f["chain"]]
        assert functions[0] == "gastown.town_do.TownDO.alarm"
        assert "gastown.town_do.TownDO.refresh_container_token" in functions
        assert functions[-1] == "gastown.container_dispatch.ensure_container_token"
        assert f["chain"][-1]["line"] == f["line"]
        assert "gated only on has_rigs" in f["message"]


def test_text_format_and_default_command(town: Path) -> None:
    result = wakecheck("gastown", cwd=town)  # `wakecheck PATHS` is `wakecheck check PATHS`
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(line.startswith("gastown/container_dispatch.py:") and ": WC001 " in line for line in lines)


def test_rare_path_is_wc002_when_selected(town: Path) -> None:
    result = wakecheck("check", "--format", "json", "--select", "WC002", ".", cwd=town)
    findings = json.loads(result.stdout)["findings"]
    assert [(f["rule"], f["sink"]) for f in findings] == [("WC002", "self.sync_config_to_container")]
    assert "only near token expiry" in findings[0]["message"]


def test_exit_zero_and_output_file(town: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = wakecheck("check", "--format", "json", "--exit-zero", "--output", str(out), ".", cwd=town)
    assert result.returncode == 0
    assert result.stdout == ""
    assert len(json.loads(out.read_text())["findings"]) == 2


def test_ignore_removes_the_rule(town: Path) -> None:
    result = wakecheck("check", "--ignore", "WC001", ".", cwd=town)
    assert result.returncode == 0 and result.stdout == ""


def test_explicit_config_flag(town: Path, tmp_path: Path) -> None:
    config = tmp_path / "wakecheck.toml"
    config.write_text((town / "pyproject.toml").read_text().split("[tool.wakecheck]", 1)[1]
                      .replace("[tool.wakecheck.", "["))
    (town / "pyproject.toml").unlink()
    result = wakecheck("check", "--config", str(config), "--format", "json", ".", cwd=town)
    assert result.returncode == 1, result.stderr
    assert len(json.loads(result.stdout)["findings"]) == 2


def test_unparsable_file_is_an_error_entry_and_the_rest_is_analysed(town: Path) -> None:
    # A file that may hold an entry is parsed, so its syntax error is reported.
    (town / "gastown" / "broken.py").write_text("class TownDO:\n    def alarm(self:\n        pass\n")
    result = wakecheck("check", "--format", "json", ".", cwd=town)
    document = json.loads(result.stdout)
    assert result.returncode == 2
    assert len(document["findings"]) == 2
    [error] = document["errors"]
    assert error["path"] == "gastown/broken.py" and error["line"] == 2 and error["column"] >= 1
    assert "syntax error" in error["message"]


def test_bad_config_key_exits_2_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.wakecheck]\nactive-guard = ["x"]\n')
    (tmp_path / "a.py").write_text("def alarm(): pass\n")
    result = wakecheck("check", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "active-guard" in result.stderr and "active-guards" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_path_exits_2(tmp_path: Path) -> None:
    result = wakecheck("check", "nope.py", cwd=tmp_path)
    assert result.returncode == 2 and "nope.py" in result.stderr and "Traceback" not in result.stderr


def test_no_entry_warns_and_exits_0(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("def tick(): pass\n")
    result = wakecheck("check", ".", cwd=tmp_path)
    assert result.returncode == 0
    assert "no function matches the entry patterns" in result.stderr


def test_rules_and_explain(tmp_path: Path) -> None:
    listing = wakecheck("rules", cwd=tmp_path)
    assert listing.returncode == 0
    assert [line.split()[0] for line in listing.stdout.splitlines()] == ["WC001", "WC002", "WC003", "WC004", "WC100"]
    doc = wakecheck("explain", "wc001", cwd=tmp_path)
    assert doc.returncode == 0
    for heading in ("## What it does", "## Why it matters", "## Example", "## How to fix", "## Configuration"):
        assert heading in doc.stdout
    unknown = wakecheck("explain", "WC999", cwd=tmp_path)
    assert unknown.returncode == 2 and "WC999" in unknown.stderr


def test_explain_a_configuration_key(tmp_path: Path) -> None:
    doc = wakecheck("explain", "active-guards", cwd=tmp_path)
    assert doc.returncode == 0, doc.stderr
    assert doc.stdout.startswith("# active-guards (configuration key)\n")
    assert "- type: list of patterns\n" in doc.stdout and "- default: " in doc.stdout
    assert 'active-guards = ["*.has_active_work"]' in doc.stdout


@pytest.mark.parametrize(("topic", "error"), [
    ("WC01", "unknown rule code 'WC01' (did you mean 'WC001'?)"),
    ("active-guard", "'active-guard' is neither a rule code, a configuration key nor FILE:LINE (did you mean 'active-guards'?)"),
    ("sleep_after", "'sleep_after' is neither a rule code, a configuration key nor FILE:LINE (did you mean 'sleep-after'?)"),
])
def test_explain_an_unknown_topic_suggests_the_closest(tmp_path: Path, topic: str, error: str) -> None:
    result = wakecheck("explain", topic, cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"wakecheck: error: {error}\n"


def test_unknown_select_code_exits_2(town: Path) -> None:
    result = wakecheck("check", "--select", "WC042", ".", cwd=town)
    assert result.returncode == 2 and "WC042" in result.stderr


def test_output_is_deterministic(town: Path) -> None:
    first = wakecheck("check", "--format", "json", "--select", "WC001,WC002,WC003", ".", cwd=town)
    second = wakecheck("check", "--format", "json", "--select", "WC001,WC002,WC003", ".", cwd=town)
    assert first.stdout == second.stdout


def test_a_tree_with_no_entry_does_not_import_libcst(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("def tick():\n    return 1\n")
    probe = ("import atexit, sys\n"
             "atexit.register(lambda: print('libcst' in sys.modules, 'wakecheck.audit_model' in sys.modules,\n"
             "                              file=sys.stderr))\n"
             "from wakecheck.cli import main\n"
             "main(['check', '.'])\n")
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    assert result.stderr.strip().splitlines()[-1] == "False False"


def test_a_check_does_not_make_the_audit_types(town: Path) -> None:
    """Only `audit` builds them (wakecheck.audit_model); a check with findings never imports it."""
    probe = ("import atexit, sys\n"
             "atexit.register(lambda: print('wakecheck.audit_model' in sys.modules, file=sys.stderr))\n"
             "from wakecheck.cli import main\n"
             "main(['check', '--format', 'json', '.'])\n")
    result = subprocess.run([sys.executable, "-c", probe], cwd=town, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr  # the fixture has findings
    assert result.stderr.strip().splitlines()[-1] == "False"
