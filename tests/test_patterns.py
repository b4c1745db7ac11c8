"""Glob matching over dotted qualified names."""

from __future__ import annotations

import pickle

import pytest

from wakecheck.errors import ConfigError
from wakecheck.patterns import PatternMap, PatternSet, compile_pattern


@pytest.mark.parametrize(("pattern", "name", "matches"), [
    # Without a dot: the last component only.
    ("alarm", "gastown.town_do.TownDO.alarm", True),
    ("alarm", "alarm", True),
    ("alarm", "gastown.alarm.TownDO.tick", False),
    ("alarm", "gastown.town_do.TownDO.alarm_later", False),
    ("*_container_stub", "gastown.container.get_town_container_stub", True),
    ("get_*", "gastown.get_x.helper", False),
    # With a dot: the whole qualified name; `*` crosses dots.
    ("*.TownDO.alarm", "pkg.mod.TownDO.alarm", True),
    ("*.TownDO.alarm", "gastown.town_do.TownDO.alarm", True),
    ("*.TownDO.alarm", "pkg.mod.OtherDO.alarm", False),
    ("*.TownDO.alarm", "pkg.mod.TownDO.alarm.inner", False),
    ("*.TownDO.alarm", "pkg.mod.MyTownDO.alarm", False),
    ("pkg.mod.TownDO.alarm", "pkg.mod.TownDO.alarm", True),
    ("pkg.mod.TownDO.alarm", "other.pkg.mod.TownDO.alarm", False),
    ("pkg.*.f", "pkg.a.b.f", True),
    # A leading `*.` may match nothing, so a bare name still matches.
    ("*.has_active_work", "has_active_work", True),
    ("*.TownDO.alarm", "TownDO.alarm", True),
    # ?, sets and case.
    ("pkg.mod?.f", "pkg.mod1.f", True),
    ("pkg.mod[12].f", "pkg.mod3.f", False),
    ("pkg.mod[!3].f", "pkg.mod1.f", True),
    ("Alarm", "pkg.alarm", False),
])
def test_pattern_matching(pattern: str, name: str, matches: bool) -> None:
    expected = pattern if matches else None
    assert PatternSet((pattern,)).match([name]) == expected


def test_first_configured_pattern_wins() -> None:
    patterns = PatternSet(("*.refresh_*", "refresh_container_token", "*"))
    assert patterns.match(["m.C.refresh_container_token"]) == "*.refresh_*"
    # Order of patterns decides, not order of names.
    assert patterns.match(["m.f", "m.C.refresh_x"]) == "*.refresh_*"
    assert patterns.match(["m.f"]) == "*"


def test_any_name_may_match() -> None:
    patterns = PatternSet(("*.has_active_work",))
    names = (n for n in ["self.has_rigs", "gastown.scheduling.has_active_work"])
    assert patterns.match(names) == "*.has_active_work"
    assert patterns.match([]) is None
    assert PatternSet(()).match(["anything"]) is None


def test_pattern_map_returns_pattern_and_reason() -> None:
    rare = PatternMap((
        ("*.is_kilocode_token_expiring", "only near token expiry"),
        ("is_*", "fallback"),
    ))
    assert rare.match(["g.t.TownDO.is_kilocode_token_expiring"]) == (
        "*.is_kilocode_token_expiring", "only near token expiry")
    assert rare.match(["g.t.is_other"]) == ("is_*", "fallback")
    assert rare.match(["g.t.has_rigs"]) is None


def test_pattern_values_compare_and_pickle_by_patterns() -> None:
    patterns = PatternSet(("*.TownDO.alarm", "alarm"))
    assert patterns == PatternSet(("*.TownDO.alarm", "alarm"))
    copy = pickle.loads(pickle.dumps(patterns))
    assert copy == patterns
    assert copy.match(["p.TownDO.alarm"]) == "*.TownDO.alarm"
    reasons = PatternMap((("*.f", "why"),))
    assert pickle.loads(pickle.dumps(reasons)).match(["m.f"]) == ("*.f", "why")


@pytest.mark.parametrize("pattern", [
    "alarm", "*.TownDO.alarm", "pkg.mod[12].f", "f[]]", "f[!]x]", "*", "g?t_*",
])
def test_compile_pattern_accepts(pattern: str) -> None:
    assert compile_pattern(pattern, "entry") == pattern


@pytest.mark.parametrize("pattern", [
    "", "   ", "*.Town DO.alarm", "alarm\t", "pkg.mod[12.f", "f[!]", "f[", "pkg..f", ".f", "f.",
])
def test_compile_pattern_rejects(pattern: str) -> None:
    with pytest.raises(ConfigError) as caught:
        compile_pattern(pattern, "active-guards")
    assert caught.value.key == "active-guards"


def test_compile_pattern_message_names_key_and_pattern() -> None:
    with pytest.raises(ConfigError) as caught:
        compile_pattern("pkg.[ab", "sinks")
    assert "'sinks'" in caught.value.message
    assert "'pkg.[ab'" in caught.value.message
