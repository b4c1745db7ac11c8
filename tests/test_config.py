"""Finding, reading and validating `[tool.wakecheck]`."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from wakecheck.config import KEYS, Config, find_config, load_config, parse_duration
from wakecheck.errors import ConfigError
from wakecheck.patterns import PatternMap, PatternSet

SPEC_EXAMPLE = """\
[project]
name = "town"

[tool.wakecheck]
entry = ["*.TownDO.alarm"]                      # globs over qualified function names
container-factories = ["*.get_town_container_stub"]
sinks = ["*.sync_config_to_container"]          # extra callables that wake the container
active-guards = ["*.has_active_work"]           # False on an idle town
empty-on-idle = { "*.list_working_agents" = "zero working agents" }
rare = { "*.is_kilocode_token_expiring" = "only near token expiry" }
quiet-methods = ["get_state", "stop"]           # handle methods that do not wake it
sleep-after = "30m"        # container idle timeout, when the code does not say it
idle-interval = "5m"       # alarm period on an idle town, when the code does not say it
select = ["WC001"]
exclude = ["tests/"]
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def config_error(tmp_path: Path, body: str) -> ConfigError:
    """Load a pyproject.toml whose [tool.wakecheck] table is `body`; return the error."""
    write(tmp_path / "pyproject.toml", f"[project]\nname = 'x'\n\n[tool.wakecheck]\n{body}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(["."], cwd=tmp_path)
    return caught.value


# -- finding the file ----------------------------------------------------------------


def test_defaults_without_a_config(tmp_path: Path) -> None:
    config = load_config(["."], cwd=tmp_path)
    assert config == Config.defaults(tmp_path)
    assert config.root == tmp_path
    assert config.source is None
    assert config.entry == PatternSet(("alarm",))
    assert config.entry.match(["pkg.mod.TownDO.alarm"]) == "alarm"
    assert config.container_factories.patterns == ()
    assert config.empty_on_idle == PatternMap(())
    assert config.select is None
    assert (config.ignore, config.exclude, config.fix_guard) == ((), (), None)


def test_spec_example(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", SPEC_EXAMPLE)
    config = load_config([], cwd=tmp_path)
    assert config.root == tmp_path
    assert config.source == tmp_path / "pyproject.toml"
    assert config.entry.patterns == ("*.TownDO.alarm",)
    assert config.container_factories.patterns == ("*.get_town_container_stub",)
    assert config.sinks.patterns == ("*.sync_config_to_container",)
    assert config.active_guards.patterns == ("*.has_active_work",)
    assert config.empty_on_idle.items == (("*.list_working_agents", "zero working agents"),)
    assert config.rare.items == (("*.is_kilocode_token_expiring", "only near token expiry"),)
    assert config.quiet_methods == frozenset({"get_state", "stop"})
    assert config.sleep_after_s == 1800.0
    assert config.idle_interval_s == 300.0
    assert config.select == ("WC001",)
    assert config.exclude == ("tests/",)


def test_nearest_config_skips_pyproject_without_table(tmp_path: Path) -> None:
    top = write(tmp_path / "pyproject.toml", "[tool.wakecheck]\nentry = ['top']\n")
    write(tmp_path / "app" / "pyproject.toml", "[project]\nname = 'app'\n[tool.ruff]\n")
    source = write(tmp_path / "app" / "pkg" / "mod.py", "")
    assert find_config(source) == top
    assert find_config(source.parent) == top
    config = load_config(["app/pkg/mod.py"], cwd=tmp_path)
    assert config.source == top
    assert config.root == tmp_path
    assert config.entry.patterns == ("top",)


def test_nearer_config_wins(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.wakecheck]\nentry = ['top']\n")
    near = write(tmp_path / "app" / "pyproject.toml", "[tool.wakecheck]\nentry = ['near']\n")
    (tmp_path / "app" / "pkg").mkdir()
    config = load_config(["app/pkg", "."], cwd=tmp_path)  # the first PATH decides
    assert config.source == near
    assert config.root == tmp_path / "app"


def test_search_starts_at_first_path_relative_to_cwd(tmp_path: Path) -> None:
    write(tmp_path / "a" / "wakecheck.toml", "entry = ['a']\n")
    write(tmp_path / "b" / "wakecheck.toml", "entry = ['b']\n")
    config = load_config(["../b"], cwd=tmp_path / "a")
    assert config.entry.patterns == ("b",)
    assert load_config([], cwd=tmp_path / "a").entry.patterns == ("a",)


def test_wakecheck_toml_whole_file_is_the_table(tmp_path: Path) -> None:
    path = write(tmp_path / "wakecheck.toml", "entry = ['*.TownDO.alarm']\nsleep-after = 60\n")
    assert find_config(tmp_path) == path
    config = load_config(["."], cwd=tmp_path)
    assert config.entry.patterns == ("*.TownDO.alarm",)
    assert config.sleep_after_s == 60.0


def test_wakecheck_toml_may_hold_tool_table(tmp_path: Path) -> None:
    write(tmp_path / "wakecheck.toml", "[tool.wakecheck]\nsinks = ['*.wake']\n[tool.other]\nx = 1\n")
    assert load_config(["."], cwd=tmp_path).sinks.patterns == ("*.wake",)


def test_empty_wakecheck_toml_counts(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.wakecheck]\nentry = ['outer']\n")
    inner = write(tmp_path / "inner" / "wakecheck.toml", "")
    config = load_config(["inner"], cwd=tmp_path)
    assert config.source == inner
    assert config.entry.patterns == ("alarm",)


def test_wakecheck_toml_preferred_over_pyproject_in_same_dir(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.wakecheck]\nentry = ['py']\n")
    dedicated = write(tmp_path / "wakecheck.toml", "entry = ['wc']\n")
    assert find_config(tmp_path) == dedicated


def test_wakecheck_toml_mixing_forms_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "wakecheck.toml", "entry = ['a']\n[tool.wakecheck]\nsinks = ['b']\n")
    with pytest.raises(ConfigError) as caught:
        load_config(["."], cwd=tmp_path)
    assert (caught.value.key, caught.value.line) == ("entry", 1)


def test_explicit_config_wins(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.wakecheck]\nentry = ['found']\n")
    chosen = write(tmp_path / "conf" / "strict.toml", "entry = ['chosen']\n")
    config = load_config(["."], explicit="conf/strict.toml", cwd=tmp_path)
    assert config.entry.patterns == ("chosen",)
    assert config.source == chosen
    assert config.root == tmp_path / "conf"


def test_explicit_config_missing(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(["."], explicit="nope.toml", cwd=tmp_path)
    assert caught.value.path == "nope.toml"


def test_explicit_pyproject_needs_the_table(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    with pytest.raises(ConfigError) as caught:
        load_config(["."], explicit="pyproject.toml", cwd=tmp_path)
    assert caught.value.path == "pyproject.toml"


def test_explicit_directory_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "dir.toml").mkdir()
    with pytest.raises(ConfigError) as caught:
        load_config(["."], explicit="dir.toml", cwd=tmp_path)
    assert caught.value.path == "dir.toml"


def test_error_path_is_relative_to_cwd(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.wakecheck]\nentry = 'alarm'\n")
    (tmp_path / "sub").mkdir()
    with pytest.raises(ConfigError) as caught:
        load_config(["."], cwd=tmp_path / "sub")
    assert (caught.value.path, caught.value.key, caught.value.line) == (
        "../pyproject.toml", "entry", 2)


# -- reading the file ----------------------------------------------------------------


def test_bad_toml_reports_parser_position(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.wakecheck]\nentry = ['a']\nsinks = [,]\n")
    with pytest.raises(ConfigError) as caught:
        load_config(["."], cwd=tmp_path)
    assert caught.value.path == "pyproject.toml"
    assert caught.value.line == 3
    assert "line 3, column" in caught.value.message


def test_unclosed_toml_points_at_last_line(tmp_path: Path) -> None:
    write(tmp_path / "wakecheck.toml", "entry = [\n  'a',\n")
    with pytest.raises(ConfigError) as caught:
        load_config(["."], cwd=tmp_path)
    assert caught.value.line == 2


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(
        codecs.BOM_UTF8 + b"[tool.wakecheck]\nentry = ['bom']\n")
    assert load_config(["."], cwd=tmp_path).entry.patterns == ("bom",)


def test_bad_utf8_is_a_clean_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"[tool.wakecheck]\n# caf\xe9\nentry = []\n")
    with pytest.raises(ConfigError) as caught:
        load_config(["."], cwd=tmp_path)
    assert (caught.value.path, caught.value.line) == ("pyproject.toml", 2)


def test_malformed_pyproject_met_while_searching_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[project\n")
    with pytest.raises(ConfigError) as caught:
        find_config(tmp_path, cwd=tmp_path)
    assert (caught.value.path, caught.value.line) == ("pyproject.toml", 1)


def test_tool_wakecheck_must_be_a_table(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool]\nwakecheck = 3\n")
    with pytest.raises(ConfigError) as caught:
        load_config(["."], cwd=tmp_path)
    assert (caught.value.key, caught.value.line) == ("tool.wakecheck", 2)


def test_every_message_is_one_line(tmp_path: Path) -> None:
    error = config_error(tmp_path, "fix-guard = '''\nif self.busy()\n    return\n'''")
    assert "\n" not in str(error) and "'fix-guard' is not valid Python" in str(error)


# -- validating keys -----------------------------------------------------------------


def test_unknown_key_suggests_closest(tmp_path: Path) -> None:
    error = config_error(tmp_path, "entry = ['alarm']\nactive-guard = ['*.has_active_work']")
    assert (error.path, error.key, error.line) == ("pyproject.toml", "active-guard", 6)
    assert error.message == (
        "unknown key 'active-guard' in [tool.wakecheck] (did you mean 'active-guards'?)")


def test_unknown_key_of_another_file_is_named_by_its_path_alone(tmp_path: Path) -> None:
    write(tmp_path / "cfg" / "notes.toml", "entry = ['alarm']\nactive-guard = []\n")
    with pytest.raises(ConfigError) as caught:
        load_config(["."], "cfg/notes.toml", cwd=tmp_path)
    assert str(caught.value) == "cfg/notes.toml:2: unknown key 'active-guard' (did you mean 'active-guards'?)"
    write(tmp_path / "cfg" / "notes.toml", "[tool.black]\nline-length = 99\n")
    with pytest.raises(ConfigError) as caught:
        load_config(["."], "cfg/notes.toml", cwd=tmp_path)
    assert str(caught.value) == "cfg/notes.toml: no [tool.wakecheck] table, only other tools' ('tool' is no wakecheck key)"


def test_unknown_key_without_suggestion(tmp_path: Path) -> None:
    error = config_error(tmp_path, "frobnicate = 1")
    assert error.key == "frobnicate"
    assert "did you mean" not in error.message


@pytest.mark.parametrize(("body", "key"), [
    ("entry = 'alarm'", "entry"),
    ("entry = [1]", "entry"),
    ("entry = ['a b']", "entry"),
    ("container-factories = 3", "container-factories"),
    ("container-factories = ['']", "container-factories"),
    ("sinks = { a = 'b' }", "sinks"),
    ("sinks = ['pkg.[x']", "sinks"),
    ("active-guards = true", "active-guards"),
    ("active-guards = [['nested']]", "active-guards"),
    ("empty-on-idle = ['*.list_working_agents']", "empty-on-idle"),
    ("empty-on-idle = { '*.list_working_agents' = 0 }", "empty-on-idle"),
    ("empty-on-idle = { '*.list_working_agents' = '' }", "empty-on-idle"),
    ("empty-on-idle = { 'a..b' = 'why' }", "empty-on-idle"),
    ("rare = 'only near expiry'", "rare"),
    ("rare = { '*.expiring' = ['x'] }", "rare"),
    ("quiet-methods = 'stop'", "quiet-methods"),
    ("quiet-methods = ['container.stop']", "quiet-methods"),
    ("sleep-after = ['30m']", "sleep-after"),
    ("sleep-after = 'thirty minutes'", "sleep-after"),
    ("sleep-after = 1979-05-27", "sleep-after"),
    ("idle-interval = true", "idle-interval"),
    ("idle-interval = -5", "idle-interval"),
    ("idle-interval = 0", "idle-interval"),
    ("select = 'WC001'", "select"),
    ("select = ['E501']", "select"),
    ("select = ['wc001']", "select"),
    ("ignore = ['WC1']", "ignore"),
    ("ignore = [3]", "ignore"),
    ("exclude = 'tests/'", "exclude"),
    ("exclude = ['']", "exclude"),
    ("fix-guard = 1", "fix-guard"),
    ("fix-guard = ''", "fix-guard"),
    ("strict = 'yes'", "strict"),
    ("strict = 1", "strict"),
    ("idle-unit = ''", "idle-unit"),
    ("idle-unit = ['town']", "idle-unit"),
])
def test_bad_value_names_key_and_line(tmp_path: Path, body: str, key: str) -> None:
    error = config_error(tmp_path, f"# comment\n{body}")
    assert (error.path, error.key, error.line) == ("pyproject.toml", key, 6)


def test_type_error_message(tmp_path: Path) -> None:
    error = config_error(tmp_path, "entry = 'alarm'")
    assert error.message == "'entry' must be a list of strings, got str"


def test_key_in_subtable_header_is_located(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml",
          "[tool.wakecheck]\nentry = []\n\n[tool.wakecheck.rare]\n'*.x' = 1\n")
    with pytest.raises(ConfigError) as caught:
        load_config(["."], cwd=tmp_path)
    assert (caught.value.key, caught.value.line) == ("rare", 4)


def test_other_values(tmp_path: Path) -> None:
    write(tmp_path / "wakecheck.toml", """\
select = ["WC001", "WC002"]
ignore = ["WC003"]
fix-guard = " self.has_active_work() "
sleep-after = 90
idle-interval = 2.5
[empty-on-idle]
"*.list_working_agents" = "zero working agents"
"*.list_open_beads" = "zero open beads"
""")
    config = load_config(["."], cwd=tmp_path)
    assert config.select == ("WC001", "WC002")
    assert config.ignore == ("WC003",)
    assert config.fix_guard == "self.has_active_work()"
    assert (config.sleep_after_s, config.idle_interval_s) == (90.0, 2.5)
    assert config.empty_on_idle.match(["m.list_open_beads"]) == (
        "*.list_open_beads", "zero open beads")


def test_strict_and_idle_unit(tmp_path: Path) -> None:
    assert (Config.defaults(tmp_path).strict, Config.defaults(tmp_path).idle_unit) == (False, "tenant")
    write(tmp_path / "wakecheck.toml", 'strict = true\nidle-unit = " town "\n')
    config = load_config(["."], cwd=tmp_path)
    assert (config.strict, config.idle_unit) == (True, "town")
    # The words are not what the idle model means: the audit's digest stays, stored findings do not.
    assert config.digest() == Config.defaults(tmp_path).digest()
    assert config.run_digest() != Config.defaults(tmp_path).run_digest()


# -- durations -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "seconds"), [
    ("30m", 1800.0), ("1h", 3600.0), ("90s", 90.0), ("250ms", 0.25), ("1h30m", 5400.0),
    ("2d", 172800.0), ("1d2h3m4s5ms", 93784.005), ("1.5h", 5400.0), (" 5m ", 300.0),
    ("45", 45.0), (90, 90.0), (2.5, 2.5),
])
def test_parse_duration(text: str | int | float, seconds: float) -> None:
    assert parse_duration(text, "sleep-after") == pytest.approx(seconds)


@pytest.mark.parametrize("text", [
    "", "m", "abc", "30 m", "1h1h", "30m1h", "1x", "-5m", "5m-", "1.5.2h", "h30",
    "inf", "nan", 0, -1, 0.0, float("inf"), True,
])
def test_parse_duration_rejects(text: str | int | float) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_duration(text, "idle-interval")
    assert caught.value.key == "idle-interval"
    assert "'idle-interval'" in caught.value.message


# ---------------------------------------------------------------------------
# `wakecheck explain KEY`: every key documented, beside the definitions


def test_every_key_has_one_explanation_and_every_explanation_a_key() -> None:
    from wakecheck.config_docs import KEY_DOCS

    documented = [doc.key for doc in KEY_DOCS]
    assert len(documented) == len(set(documented)), "a key explained twice"
    assert set(KEYS) - set(documented) == set(), "keys without an explanation in wakecheck/config_docs.py"
    assert set(documented) - set(KEYS) == set(), "explanations of keys that do not exist"


@pytest.mark.parametrize("key", KEYS)
def test_each_key_explanation_is_complete_and_its_example_loads(tmp_path: Path, key: str) -> None:
    from wakecheck.config_docs import BY_KEY

    doc = BY_KEY[key]
    assert doc.meaning and doc.type and doc.default and doc.example
    assert doc.example.startswith(f"{key} = "), "the example sets the key it explains"
    load_config([str(tmp_path)], str(write(tmp_path / "pyproject.toml", f"[tool.wakecheck]\n{doc.example}\n")))
    shown = doc.render()
    assert shown.startswith(f"# {key} (configuration key)\n\n") and f"- type: {doc.type}\n" in shown
    assert f"[tool.wakecheck]\n{doc.example}\n```\n" in shown
