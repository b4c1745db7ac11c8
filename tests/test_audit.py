"""`wakecheck audit` through the real command: the reference audit, wake cost, variants, --check."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.forked_cli import ForkedCli

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "fixtures" / "towndo"
GOLDEN = FIXTURE / "AUDIT.md"

# The audit of ../shared/reference-towndo.md: callee → (verdict, reason), in source order,
# plus the reconciler's deferred side effects (the row whose call is `fn()`).
REFERENCE = [
    ("ensure_container_ready", "NO", "gated on has_active_work"),
    ("refresh_container_token", "YES", "gated only on has_rigs"),
    ("refresh_kilocode_token_if_expiring", "RARELY", "only near token expiry"),
    ("check_status", "NO", "zero working agents"),
    ("fn", "NO", "zero open beads"),
    ("deliver_pending_mail", "NO", "zero working agents"),
    ("re_escalate_stale_escalations", "NO", "zero stale escalations"),
    ("maybe_dispatch_triage_agent", "NO", "zero triage requests"),
]


# Each run is a process of its own, forked from one that imported wakecheck once
# (tests/forked_cli.py); the runs compared for identical output start `python -m
# wakecheck` themselves (`started`), each with a hash seed of its own.
CLI = ForkedCli()


@pytest.fixture(scope="module", autouse=True)
def _forked_cli() -> Iterator[None]:
    yield
    CLI.close()


def wakecheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return CLI.run(list(args), cwd, timeout=180)


def started(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=180)


def audit_json(where: Path) -> dict[str, object]:
    result = wakecheck("audit", "--format", "json", ".", cwd=where)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def rows_of(document: dict[str, object]) -> list[dict[str, object]]:
    entries = document["entries"]
    assert isinstance(entries, list) and len(entries) == 1
    return entries[0]["rows"]  # type: ignore[no-any-return]


def row_for(rows: list[dict[str, object]], code_path_start: str) -> dict[str, object]:
    found = [r for r in rows if str(r["code_path"]).startswith(code_path_start)]
    assert len(found) == 1, [r["code_path"] for r in rows]
    return found[0]


@pytest.fixture(scope="module")
def reference() -> dict[str, object]:
    return audit_json(FIXTURE)


# ---------------------------------------------------------------------------
# The reference TownDO


def test_reference_rows_verdicts_and_reasons(reference: dict[str, object]) -> None:
    rows = rows_of(reference)
    got = [(str(r["code_path"]).split("(")[0], r["verdict"], r["reason"]) for r in rows]
    assert got == REFERENCE
    lines = [r["line"] for r in rows]
    assert lines == sorted(lines), "rows are in source order"
    entry = reference["entries"][0]  # type: ignore[index]
    assert entry["entry"] == "gastown.town_do.TownDO.alarm"
    assert [f["function"].rsplit(".", 1)[-1] for f in entry["body"]] == [
        "alarm", "with_log_tags", "<lambda:114>", "_alarm"]


def test_reference_token_row_costs_one_wake_an_hour_and_half_the_day(reference: dict[str, object]) -> None:
    token = row_for(rows_of(reference), "refresh_container_token()")
    assert token["function"] == "gastown.town_do.TownDO.refresh_container_token"
    assert token["wakes"] == ["set_env_var", "POST /refresh-token"]
    assert token["wake_interval_s"] == 3600
    assert token["duty_cycle"] == 0.5
    [throttle] = token["throttles"]  # type: ignore[misc]
    assert throttle["test"] == "now - last_refresh < TOKEN_REFRESH_INTERVAL_MS"
    assert throttle["in_memory"] is False
    assert [f["kind"] for f in token["fixes"]] == ["call-site", "callee", "lazy"]  # type: ignore[union-attr]
    assert "start_agent_in_container" in token["fixes"][2]["text"]  # type: ignore[index]
    entry = reference["entries"][0]  # type: ignore[index]
    assert entry["sleep_after_s"] == 1800 and entry["idle_period_s"] == 300
    assert entry["sleep_after_from"]["text"] == 'TownContainerDO.sleep_after = "30m"'


def test_reference_rows_other_than_yes_and_rarely_have_no_cost(reference: dict[str, object]) -> None:
    for row in rows_of(reference):
        if row["verdict"] == "NO":
            assert row["wake_interval_s"] is None and row["duty_cycle"] is None and not row["fixes"]


def test_rarely_row_names_the_in_memory_throttle_and_does_not_count_it(reference: dict[str, object]) -> None:
    kilo = row_for(rows_of(reference), "refresh_kilocode_token_if_expiring()")
    [throttle] = kilo["throttles"]  # type: ignore[misc]
    assert throttle["in_memory"] is True
    assert throttle["kept_in"] == "self.last_kilocode_token_check_at"
    assert kilo["wake_interval_s"] == 300 and kilo["duty_cycle"] == 1


def test_golden_audit_is_up_to_date() -> None:
    """fixtures/towndo/AUDIT.md is what `wakecheck audit` writes there (it is checked in)."""
    result = wakecheck("audit", "--check", "--output", "AUDIT.md", cwd=FIXTURE)
    assert result.returncode == 0, result.stderr
    assert "AUDIT.md is up to date" in result.stderr


def test_golden_audit_reads_as_the_reference_table() -> None:
    text = GOLDEN.read_text(encoding="utf-8")
    table = [line for line in text.splitlines() if line.startswith("| [")]
    assert len(table) == len(REFERENCE)
    for line, (callee, verdict, reason) in zip(table, REFERENCE):
        cells = _cells(line)
        assert len(cells) == 4
        assert f"`{callee}()`" in cells[1]
        assert cells[2] == f"{verdict} — {reason}"
    assert "every 1 h · awake 50% · 12 h/day" in table[1]
    assert "```mermaid" in text
    assert "wakecheck 0.1.0" in text and "pyproject.toml [tool.wakecheck]" in text
    # Links are relative to the document and point at real lines.
    for target, line in re.findall(r"\]\(([^)#]+)#L(\d+)\)", text):
        source = (FIXTURE / target).read_text(encoding="utf-8").splitlines()
        assert 1 <= int(line) <= len(source), (target, line)


def test_output_is_byte_identical_across_runs_and_working_directories(tmp_path: Path) -> None:
    first = started("audit", "fixtures/towndo", "--output", str(tmp_path / "one.md"), cwd=REPO)
    assert first.returncode == 0, first.stderr
    again = started("audit", "fixtures/towndo", "--output", str(tmp_path / "two.md"), cwd=REPO)
    assert (tmp_path / "one.md").read_bytes() == (tmp_path / "two.md").read_bytes()
    inside = wakecheck("audit", "--output", "AUDIT.md", "--check", cwd=FIXTURE)
    from_root = wakecheck("audit", "fixtures/towndo", "--output", "fixtures/towndo/AUDIT.md", "--check",
                          cwd=REPO)
    assert again.returncode == inside.returncode == from_root.returncode == 0, from_root.stderr


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


# ---------------------------------------------------------------------------
# Fixed variants


@pytest.mark.parametrize("variant", ["recommended_fix", "landed_fix"])
def test_fixed_variants_show_the_token_row_as_no(variant: str,
                                                 variant_dir: Callable[[str | None], Path]) -> None:
    rows = rows_of(audit_json(variant_dir(variant)))
    token = row_for(rows, "refresh_container_token()")
    assert token["verdict"] == "NO"
    assert str(token["reason"]).startswith("gated on has_active_work")
    assert token["wake_interval_s"] is None and token["duty_cycle"] is None
    assert not [r for r in rows if r["verdict"] == "YES"]


def test_landed_fix_names_both_halves_of_its_guard(variant_dir: Callable[[str | None], Path]) -> None:
    token = row_for(rows_of(audit_json(variant_dir("landed_fix"))), "refresh_container_token()")
    assert token["reason"] == "gated on has_active_work; no live mayor"


def test_lazy_refresh_leaves_the_token_only_on_dispatch_paths(variant_dir: Callable[[str | None], Path]) -> None:
    rows = rows_of(audit_json(variant_dir("lazy_refresh")))
    assert not [r for r in rows if str(r["code_path"]).startswith("refresh_container_token")]
    refreshing = [r for r in rows if "POST /refresh-token" in r["wakes"]]  # type: ignore[operator]
    assert refreshing and all(r["verdict"] == "NO" for r in refreshing)


def test_instance_throttle_is_not_a_real_throttle(variant_dir: Callable[[str | None], Path]) -> None:
    token = row_for(rows_of(audit_json(variant_dir("instance_throttle"))), "refresh_container_token()")
    assert token["verdict"] == "YES"
    [throttle] = token["throttles"]  # type: ignore[misc]
    assert throttle["in_memory"] is True and throttle["kept_in"] == "self.last_container_token_refresh_at"
    assert token["wake_interval_s"] == 300 and token["duty_cycle"] == 1


# ---------------------------------------------------------------------------
# --check


def test_check_up_to_date_edited_and_missing(town: Path) -> None:
    assert wakecheck("audit", "--check", "--output", "AUDIT.md", cwd=town).returncode == 0

    doc = town / "AUDIT.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("YES — gated only on has_rigs", "NO — fine"),
                   encoding="utf-8")
    stale = wakecheck("audit", "--check", "--output", "AUDIT.md", cwd=town)
    assert stale.returncode == 1
    assert "--- AUDIT.md (on disk)" in stale.stderr and "+++ AUDIT.md (generated)" in stale.stderr
    assert re.search(r"^-.*NO — fine", stale.stderr, re.M)
    assert re.search(r"^\+.*YES — gated only on has_rigs", stale.stderr, re.M)
    assert "AUDIT.md is stale; regenerate it with `wakecheck audit --output AUDIT.md`" in stale.stderr
    assert stale.stdout == ""
    assert "NO — fine" in doc.read_text(encoding="utf-8"), "--check never writes"

    doc.unlink()
    missing = wakecheck("audit", "--check", "--output", "AUDIT.md", cwd=town)
    assert missing.returncode == 1
    assert "AUDIT.md does not exist" in missing.stderr
    assert not doc.exists()


def test_check_needs_output(town: Path) -> None:
    result = wakecheck("audit", "--check", cwd=town)
    assert result.returncode == 2
    assert result.stderr.strip() == "wakecheck: error: --check needs --output FILE: the audit document to compare with"


def test_check_of_json_and_stale_after_a_code_change(town: Path) -> None:
    assert wakecheck("audit", "--format", "json", "--output", "audit.json", cwd=town).returncode == 0
    assert wakecheck("audit", "--format", "json", "--check", "--output", "audit.json", cwd=town).returncode == 0
    source = town / "gastown" / "town_do.py"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "        TOKEN_REFRESH_INTERVAL_MS = 60 * 60_000\n",
        "        if not self.has_active_work():\n            return\n        TOKEN_REFRESH_INTERVAL_MS = 60 * 60_000\n"),
        encoding="utf-8")
    stale = wakecheck("audit", "--check", "--output", "AUDIT.md", cwd=town)
    assert stale.returncode == 1
    assert "+| [2](#gastown-town-do-towndo-alarm-2) | `refresh_container_token()` → set_env_var + " \
           "POST /refresh-token | NO — gated on has_active_work | — |" in stale.stderr


MOVED = ("is up to date but its line numbers are not (code moved); "
         "refresh its links with `wakecheck audit{fmt} --output {doc}`")


@pytest.mark.parametrize(("fmt", "doc"), [("markdown", "AUDIT.md"), ("json", "audit.json")])
def test_check_passes_when_only_lines_moved_and_fails_on_a_changed_guard(town: Path, fmt: str, doc: str) -> None:
    args = ("audit", "--format", fmt, "--output", doc)
    assert wakecheck(*args, cwd=town).returncode == 0
    written = (town / doc).read_text(encoding="utf-8")
    for module in ("town_do.py", "container_dispatch.py", "log.py"):  # every file a link points into
        source = town / "gastown" / module
        source.write_text("# a comment that moves every line below it\n" + source.read_text(encoding="utf-8"),
                          encoding="utf-8")

    moved = wakecheck(*args, "--check", cwd=town)
    assert moved.returncode == 0, moved.stderr
    shown = " --format json" if fmt == "json" else ""
    said = [line for line in moved.stderr.splitlines() if not line.startswith("wakecheck: warning:")]
    assert said == [f"wakecheck: {doc} " + MOVED.format(fmt=shown, doc=doc)]
    assert (town / doc).read_text(encoding="utf-8") == written, "--check never writes"
    regenerated = wakecheck(*args, cwd=town)
    assert regenerated.returncode == 0 and (town / doc).read_text(encoding="utf-8") != written, "lines did move"
    (town / doc).write_text(written, encoding="utf-8")

    town_do = town / "gastown" / "town_do.py"
    text = town_do.read_text(encoding="utf-8")
    assert text.count("        if has_rigs:\n") == 1
    town_do.write_text(text.replace("        if has_rigs:\n", "        if has_rigs and await self.has_active_work():\n"),
                       encoding="utf-8")
    stale = wakecheck(*args, "--check", cwd=town)
    assert stale.returncode == 1
    assert stale.stderr.endswith(f"wakecheck: {doc} is stale; regenerate it with `wakecheck audit{shown} --output {doc}`\n")
    changed = [line for line in stale.stderr.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    if fmt == "json":
        assert '-          "verdict": "YES",' in changed and '+          "verdict": "NO",' in changed
    else:
        assert "-| [2](#gastown-town-do-towndo-alarm-2) | `refresh_container_token()` → set_env_var + " \
               "POST /refresh-token | YES — gated only on has_rigs | every 1 h · awake 50% · 12 h/day |" in changed
    # Only what the audit says changed is in the diff, not every line number that moved with it:
    # the entry's own line and the lambda named by its line, on every chain, are not in it.
    if fmt == "json":
        assert not any('"function": "gastown.town_do.TownDO.alarm.<lambda:' in line for line in changed), changed
    else:
        assert not any(line[1:].startswith("Entry and loop body") for line in changed), changed


def test_line_numbers_are_blanked_only_where_the_document_shows_lines() -> None:
    from wakecheck.render.audit_json import without_line_numbers as json_blind
    from wakecheck.render.markdown import without_line_numbers as markdown_blind

    assert markdown_blind("[`<lambda:114>`](gastown/town_do.py#L114) \\<lambda:7\\> r1[\"#lt;lambda#58;9#gt;\"]") \
        == "[`<lambda:#>`](gastown/town_do.py#L#) \\<lambda:#\\> r1[\"#lt;lambda#58;##gt;\"]"
    assert markdown_blind("| every 1 h · awake 50% · 12 h/day | GET /agents/1") == "| every 1 h · awake 50% · 12 h/day | GET /agents/1"
    assert json_blind('      "line": 141,') == '      "line": #,'
    assert json_blind('      "column": 9') == '      "column": #'
    assert json_blind('      "line": null,') == '      "line": null,'
    assert json_blind('      "wake_interval_s": 3600,') == '      "wake_interval_s": 3600,'
    assert json_blind('      "reason": "line: 5 \\"line\\": 5 <lambda:3>",') == '      "reason": "line: 5 \\"line\\": 5 <lambda:#>",'


def test_a_file_that_does_not_parse_is_reported_and_the_rest_audited(town: Path) -> None:
    forge = town / "gastown" / "forge.py"  # reached from the reconciler's PR closures
    forge.write_text(forge.read_text(encoding="utf-8") + "\ndef broken(:\n", encoding="utf-8")
    result = wakecheck("audit", "--output", "AUDIT.md", cwd=town)
    assert result.returncode == 2
    assert re.search(r"^gastown/forge.py:\d+:\d+: ", result.stderr, re.M), result.stderr
    text = (town / "AUDIT.md").read_text(encoding="utf-8")
    assert "## Files that could not be analysed" in text
    assert "YES — gated only on has_rigs" in text


# ---------------------------------------------------------------------------
# Wake cost from small programs


CONFIG = """\
[tool.wakecheck]
entry = ["*.Loop.alarm"]
container-factories = ["*.stub"]
active-guards = ["*.has_work"]
{extra}
"""

HEADER = """\
import time
from datetime import datetime, timedelta

def stub(): ...
def has_work(): ...
"""


def project(tmp_path: Path, body: str, extra: str = "", header: str = HEADER) -> Path:
    (tmp_path / "pyproject.toml").write_text(CONFIG.format(extra=extra), encoding="utf-8")
    (tmp_path / "loop.py").write_text(header + textwrap.dedent(body), encoding="utf-8")
    return tmp_path


def only_row(where: Path) -> dict[str, object]:
    rows = rows_of(audit_json(where))
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(("throttle", "seconds"), [
    ("now = time.time()\nif now - self.storage_get() < 3600:\n    return", 3600),
    ("now = int(time.time() * 1000)\nif now - self.storage_get() < 60 * 60_000:\n    return", 3600),
    ("now = time.time_ns()\nif now - self.storage_get() < 2 * 60 * 10**9:\n    return", None),
    ("if datetime.now() - self.storage_get() < timedelta(hours=2):\n    return", 7200),
    ("elapsed = time.time() - self.storage_get()\nif 900 > elapsed:\n    return", 900),
    ("if time.time() - self.storage_get() < timedelta(minutes=5).total_seconds():\n    return", None),
])
def test_throttle_intervals_in_any_unit(tmp_path: Path, throttle: str, seconds: int | None) -> None:
    body = """
    IDLE = 60

    class Loop:
        def storage_get(self): ...

        async def alarm(self):
            await self.tick()
            await self.ctx.storage.set_alarm(time.time() + IDLE)

        async def tick(self):
    THROTTLE
            await self.refresh()

        async def refresh(self):
            await stub().fetch("/refresh")
    """.replace("    THROTTLE\n", textwrap.indent(throttle, " " * 12) + "\n")
    row = only_row(project(tmp_path, body, 'sleep-after = "30m"'))
    assert row["verdict"] == "YES"
    if seconds is None:
        # Not a constant we fold (`**`, a method of a timedelta): the idle period is used.
        assert row["wake_interval_s"] == 60 and row["throttles"] == []
        return
    assert row["wake_interval_s"] == seconds
    assert row["duty_cycle"] == min(1, 1800 / seconds)
    [note] = row["throttles"]  # type: ignore[misc]
    assert note["interval_s"] == seconds and note["in_memory"] is False


def test_throttle_that_lets_the_call_through_when_true(tmp_path: Path) -> None:
    row = only_row(project(tmp_path, """
    class Loop:
        async def alarm(self):
            if time.time() - self.ctx.storage.get("last") >= 1800:
                await stub().fetch("/refresh")
    """, 'sleep-after = "30m"'))
    assert row["wake_interval_s"] == 1800 and row["duty_cycle"] == 1


def test_module_global_throttle_is_in_memory(tmp_path: Path) -> None:
    row = only_row(project(tmp_path, """
    _last = 0

    class Loop:
        async def alarm(self):
            global _last
            now = time.time()
            if now - _last < 3600:
                return
            _last = now
            await stub().fetch("/refresh")
    """, 'sleep-after = "10m"\nidle-interval = "2m"'))
    [note] = row["throttles"]  # type: ignore[misc]
    assert note["in_memory"] is True and note["kept_in"] == "_last"
    assert row["wake_interval_s"] == 120 and row["duty_cycle"] == 1


def test_unthrottled_path_wakes_every_idle_tick_of_the_rearm(tmp_path: Path) -> None:
    row = only_row(project(tmp_path, """
    ACTIVE_MS = 5_000
    IDLE_MS = 10 * 60_000

    class Loop:
        async def alarm(self):
            await stub().fetch("/ping")
            busy = has_work()
            await self.ctx.storage.set_alarm(int(time.time() * 1000) + (ACTIVE_MS if busy else IDLE_MS))
    """, 'sleep-after = "5m"'))
    assert row["wake_interval_s"] == 600 and row["duty_cycle"] == 0.5


def test_sleep_after_from_the_container_class_beats_the_config(tmp_path: Path) -> None:
    document = audit_json(project(tmp_path, """
    class Box:
        sleep_after = "2h"

    class Loop:
        async def alarm(self):
            await stub().fetch("/ping")
    """, 'sleep-after = "5m"\nidle-interval = "1h"'))
    entry = document["entries"][0]  # type: ignore[index]
    assert entry["sleep_after_s"] == 7200 and entry["idle_period_s"] == 3600
    assert entry["idle_period_from"]["text"] == "idle-interval in pyproject.toml [tool.wakecheck]"
    assert rows_of(document)[0]["duty_cycle"] == 1


def test_cost_unknown_without_period_or_sleep_after(tmp_path: Path) -> None:
    where = project(tmp_path, """
    class Loop:
        async def alarm(self):
            await stub().fetch("/ping")
    """)
    row = only_row(where)
    assert row["verdict"] == "YES" and row["wake_interval_s"] is None and row["duty_cycle"] is None
    text = wakecheck("audit", ".", cwd=where).stdout
    assert "interval unknown" in text and "sleep timeout is unknown" in text


def test_sink_in_the_entry_itself_is_a_row(tmp_path: Path) -> None:
    row = only_row(project(tmp_path, """
    class Loop:
        async def alarm(self):
            if not has_work():
                return
            await stub().fetch("/work")
    """))
    assert row["code_path"] == "stub().fetch()"
    assert (row["verdict"], row["reason"]) == ("NO", "gated on has_work")


def test_no_entry_gives_an_empty_audit(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text("def f():\n    pass\n", encoding="utf-8")
    result = wakecheck("audit", ".", cwd=tmp_path)
    assert result.returncode == 0
    assert "No periodic entry was found" in result.stdout  # with no container in view, no alarm either
    assert "no function matches the entry patterns" in result.stderr


# ---------------------------------------------------------------------------
# Escaping: names and reasons that would break a table, a link or the diagram


def test_hostile_names_and_reasons_stay_in_their_cells(tmp_path: Path) -> None:
    odd = tmp_path / "we|ird `dir` <b>"
    odd.mkdir()
    extra = ('[tool.wakecheck.empty-on-idle]\n'
             '"*.rows" = "zero | `rows` <script>alert(1)</script> second line"')
    project(odd, """
    def rows(): ...

    class Loop:
        async def alarm(self):
            for r in rows():
                await stub().fetch("/x|y`z")
            await self.go()

        async def go(self):
            await stub().fetch("/ok")
    """, extra)
    result = wakecheck("audit", "--output", "AUDIT.md", ".", cwd=odd)
    assert result.returncode == 0, result.stderr
    text = (odd / "AUDIT.md").read_text(encoding="utf-8")
    table = [line for line in text.splitlines() if line.startswith("| [")]
    assert len(table) == 2 and all(len(_cells(line)) == 4 for line in table)
    # Outside code spans (where markup is shown as text), no raw HTML from the input survives.
    prose = re.sub(r"(`+)(?!`).+?(?<!`)\1(?!`)", "", text.split("```mermaid")[0] + text.split("```\n", 1)[1])
    assert "<script>" not in prose and "<b>" not in prose
    assert "second line" in table[0]
    mermaid = text.split("```mermaid\n", 1)[1].split("```", 1)[0]
    assert "\n" not in mermaid.split('"]', 1)[0].split('["', 1)[1]


# ---------------------------------------------------------------------------
# Formatting helpers


def test_durations_percentages_and_code_spans() -> None:
    from wakecheck.render.markdown import _code, _duration, _hours, _percent, _text

    assert [_duration(s) for s in (3600, 1800, 300, 90, 5400, 86400, 172800, 0.5)] == [
        "1 h", "30 min", "5 min", "1 min 30 s", "1 h 30 min", "1 day", "2 days", "500 ms"]
    assert [_percent(d) for d in (0.5, 1, 1 / 12, 0.25)] == ["50%", "100%", "8.3%", "25%"]
    assert [_hours(d) for d in (0.5, 1, 1 / 12)] == ["12 h", "24 h", "2 h"]
    assert _code("a`b") == "``a`b``" and _code("`x`") == "`` `x` ``" and _code("a\nb") == "`a b`"
    assert _text("x|y `z` <b>*_w_*</b>\nv") == "x\\|y \\`z\\` \\<b\\>\\*\\_w\\_\\*\\</b\\> v"


def test_a_with_whose_exit_wakes_only_on_error_is_one_row(tmp_path: Path) -> None:
    """`__aexit__` runs at each way out of the block, the end and an exception: one call, one row."""
    where = project(tmp_path, """
    class Session:
        def __init__(self, box):
            self.box = box
        async def __aenter__(self):
            return self
        async def __aexit__(self, exc_type, exc, tb):
            if exc_type is not None:
                await self.box.fetch("/abort")
            return False

    class Loop:
        def __init__(self, db):
            self.box = stub()
            self.db = db
        async def alarm(self):
            try:
                async with Session(self.box):
                    await self.db.execute("UPDATE hall SET round = round + 1")
            except LookupError:
                pass
    """)
    row = only_row(where)
    assert row["verdict"] == "YES", row
    assert len(row["sinks"]) == 1, row["sinks"]  # type: ignore[arg-type]


def test_stop_iteration_ends_the_loop_not_the_tick(tmp_path: Path) -> None:
    """An iterator class's `raise StopIteration` ends the `for`: the calls after it are rows of their own."""
    where = project(tmp_path, """
    class Walk:
        def __init__(self, items):
            self._pending = list(items)
        def __iter__(self):
            return self
        def __next__(self):
            if not self._pending:
                raise StopIteration
            return self._pending.pop(0)

    class Loop:
        def __init__(self):
            self.box = stub()
        def alarm(self):
            for item in Walk([]):
                self.box.work(item)
            self.box.ping()
    """)
    rows = rows_of(audit_json(where))
    assert [r["verdict"] for r in rows] == ["NO", "YES"], rows
