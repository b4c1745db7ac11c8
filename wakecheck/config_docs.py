"""What each `[tool.wakecheck]` key means, as values: `wakecheck explain KEY` prints them.

Kept beside wakecheck.config, which validates the same keys; tests/test_config.py checks
that every key of `config.KEYS` has exactly one entry here and that every example loads.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from wakecheck.model import Level
from wakecheck.rules import RULES, Reports, Rule, reporting


def _code(reports: Reports, level: Level) -> str:
    """A rule's code, asked of the rules (no code is written out outside wakecheck.rules)."""
    found: Rule | None = reporting(reports, level)
    assert found is not None, (reports, level)
    return found.code


_IDLE_WAKE = _code(Reports.SINK, Level.LIVE)
_RARE_WAKE = _code(Reports.SINK, Level.RARE)
_MISREAD = _code(Reports.MISREAD, Level.LIVE)
_DEFAULT_ON = ", ".join(rule.code for rule in RULES if rule.default_on)
_PATTERNS = ("Patterns are `fnmatch` globs over dotted qualified names (`pkg.module.Class.func`); "
             "a pattern without a dot matches the last component only.")
_IDLE_READS = ("They match calls and attribute reads, and reads of module-level names; a method read "
               "without a call (a bound method, always true) never matches.")


@dataclass(frozen=True, slots=True)
class KeyDoc:
    """One configuration key: what it means, its TOML type, its default, and an example table."""

    key: str
    meaning: str
    type: str
    default: str
    example: str  # TOML lines that go under `[tool.wakecheck]`

    def render(self) -> str:
        """The text `wakecheck explain KEY` prints (markdown, like a rule's explanation)."""
        return (f"# {self.key} (configuration key)\n\n{textwrap.fill(self.meaning, 88)}\n\n"
                f"- type: {self.type}\n- default: {self.default}\n\n"
                f"## Example\n```toml\n[tool.wakecheck]\n{self.example}\n```\n")


KEY_DOCS: tuple[KeyDoc, ...] = (
    KeyDoc(
        key="entry",
        meaning=("The functions where a periodic loop starts: each tick of the loop is one call of an "
                 "entry, and wakecheck follows every path from there. A method that a matching class "
                 f"inherits is an entry too. {_PATTERNS}"),
        type="list of patterns",
        default='["alarm"] (every method named `alarm`)',
        example='entry = ["*.TownDO.alarm"]',
    ),
    KeyDoc(
        key="container-factories",
        meaning=("Callables whose return value is a container handle: every method call on a handle "
                 "wakes the container (except `quiet-methods`). Handles are followed through variables, "
                 f"attributes, parameters, return values and containers. {_PATTERNS}"),
        type="list of patterns",
        default="[] (no handles: only `sinks` wake a container)",
        example='container-factories = ["*.get_town_container_stub"]',
    ),
    KeyDoc(
        key="sinks",
        meaning=("Extra callables that wake the container when called, such as a helper that posts "
                 f"to it; wakecheck does not look inside them. {_PATTERNS}"),
        type="list of patterns",
        default="[]",
        example='sinks = ["*.sync_config_to_container"]',
    ),
    KeyDoc(
        key="active-guards",
        meaning=("Predicates that are False on an idle tick (no active work): a container call reached "
                 f"only where one is True is not reported, and the audit says `gated on` it. {_IDLE_READS} "
                 f"{_PATTERNS}"),
        type="list of patterns",
        default="[] (nothing is known to be False when idle)",
        example='active-guards = ["*.has_active_work"]',
    ),
    KeyDoc(
        key="empty-on-idle",
        meaning=("Collections and counts that are empty (or zero) on an idle tick, each with the reason a "
                 "NO verdict shows: loops over them run zero times, comprehensions over them are empty, "
                 f"and tests like `if rows:`, `len(rows) > 0` or `x in rows` are decided. {_IDLE_READS} "
                 f"{_PATTERNS}"),
        type='table of pattern = "reason" (one line each)',
        default="{} (none)",
        example='empty-on-idle = { "*.list_working_agents" = "zero working agents" }',
    ),
    KeyDoc(
        key="rare",
        meaning=("Predicates that are almost always False, each with the reason a RARELY verdict shows: "
                 f"a container call reached on an idle tick only where one is True is {_RARE_WAKE} "
                 f"(off by default), not {_IDLE_WAKE}. {_IDLE_READS} {_PATTERNS}"),
        type='table of pattern = "reason" (one line each)',
        default="{} (none)",
        example='rare = { "*.is_kilocode_token_expiring" = "only near token expiry" }',
    ),
    KeyDoc(
        key="quiet-methods",
        meaning="Methods of a container handle that do not wake the container, by their plain name.",
        type="list of method names",
        default="[] (every method call on a handle wakes it)",
        example='quiet-methods = ["get_state", "stop"]',
    ),
    KeyDoc(
        key="sleep-after",
        meaning=("The container's idle timeout, used by the audit's wake cost when the code does not say it "
                 "(a `sleep_after` class attribute in the analysed code wins). A duration: \"30m\", "
                 "\"1h30m\", \"90s\", \"250ms\", \"2d\" (units largest first), or a number of seconds."),
        type="duration string or number of seconds",
        default="none (the audit shows duty cycles as unknown)",
        example='sleep-after = "30m"',
    ),
    KeyDoc(
        key="idle-interval",
        meaning=("How often the loop runs on an idle tick, used by the audit's wake cost when the code does "
                 "not say it (a `set_alarm(now + period)` reached on an idle tick wins). A duration like "
                 "`sleep-after`'s."),
        type="duration string or number of seconds",
        default="none (the audit shows unthrottled wake intervals as unknown)",
        example='idle-interval = "5m"',
    ),
    KeyDoc(
        key="select",
        meaning=("The rule codes to run (`wakecheck rules` lists them); `--select` on the command line "
                 "replaces it."),
        type="list of rule codes",
        default=f"every rule that is on by default ({_DEFAULT_ON})",
        example=f'select = ["{_IDLE_WAKE}", "{_RARE_WAKE}"]',
    ),
    KeyDoc(
        key="ignore",
        meaning="Rule codes not to run, taken away from `select`; `--ignore` on the command line adds to it.",
        type="list of rule codes",
        default="[]",
        example=f'ignore = ["{_MISREAD}"]',
    ),
    KeyDoc(
        key="exclude",
        meaning=("Paths to leave out of the analysis, gitignore-like, relative to the configuration file's "
                 "directory: a pattern without an inner `/` (`tests/`, `*_pb2.py`) matches a name at any "
                 "depth, any other (`src/gen/`, `/scripts`) the path from that directory; a trailing `/` "
                 "matches directories only."),
        type="list of path patterns",
        default="[]",
        example='exclude = ["tests/", "migrations/"]',
    ),
    KeyDoc(
        key="fix-guard",
        meaning=("The Python statements `wakecheck check --fix` inserts at the top of each callee that "
                 "starts an idle-waking path (checked to parse, never run); its first line also names the "
                 "guard in the audit's fix advice."),
        type="string of Python statements",
        default="none (`--fix` says it needs one)",
        example='fix-guard = "if not self.has_active_work():\\n    return"',
    ),
    KeyDoc(
        key="blocks-on-idle",
        meaning=("Calls that wait for work (an event, a queue, a notification): on an idle tick they never "
                 "return, so the path after them is cut off like the path after a guard that raises, and "
                 f"the container calls behind them are not a {_IDLE_WAKE}. {_PATTERNS}"),
        type="list of patterns",
        default="[]",
        example='blocks-on-idle = ["*.wait_for_pending"]',
    ),
    KeyDoc(
        key="strict",
        meaning=("Warnings exit 2: a pattern of any key that matches nothing in the analysed code, and a "
                 "run with nothing to check. For CI, where a misconfiguration must not pass silently; "
                 "`--strict` does the same for one run. Findings and JSON output are unchanged."),
        type="boolean",
        default="false",
        example="strict = true",
    ),
    KeyDoc(
        key="idle-unit",
        meaning=("The word for one idle tenant in messages and the audit: `wakes the container on an idle "
                 "town` with `idle-unit = \"town\"`."),
        type="string",
        default='"tenant"',
        example='idle-unit = "town"',
    ),
    KeyDoc(
        key="resources",
        meaning=("Other resources that sleep, one `[tool.wakecheck.resources.NAME]` table each: `name` (as "
                 "messages say it), `factories`, `sinks`, `quiet-methods`, `sleep-after`, `models` (the "
                 "built-in library models whose calls are this resource's), `urls` (for HTTP clients) and "
                 "`price-per-hour`. The top-level keys describe the default resource, the container."),
        type="table of tables",
        default="none",
        example='resources = { neon = { name = "the Neon database", models = ["asyncpg"], sleep-after = "5m" } }',
    ),
    KeyDoc(
        key="models",
        meaning=("The built-in library models in use: asyncpg, psycopg, psycopg2, sqlalchemy, django, redis, "
                 "modal, http. Each applies where the project imports its library and says which calls "
                 "wake the server and which are quiet; `[]` turns them all off."),
        type="list of model names",
        default="every model",
        example='models = ["asyncpg", "redis"]',
    ),
    KeyDoc(
        key="fleet-size",
        meaning=("How many tenants or instances run each loop: the audit's awake hours and cost a month "
                 "count them all."),
        type="positive integer",
        default="none (no monthly figures)",
        example="fleet-size = 1000",
    ),
    KeyDoc(
        key="price-per-hour",
        meaning=("What an awake hour of the default resource (the container) costs: with it, the audit "
                 "gives each path's cost a month."),
        type="number",
        default="none",
        example="price-per-hour = 0.05",
    ),
)

BY_KEY = {doc.key: doc for doc in KEY_DOCS}
