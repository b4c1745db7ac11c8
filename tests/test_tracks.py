"""A track arriving again at a block: only what changed is joined, whatever order its variables come in."""

from __future__ import annotations

from wakecheck.analysis.flow import Track, grow as _grow
from wakecheck.analysis.reach import START
from wakecheck.analysis.values import UNKNOWN, Const, join


def test_a_track_that_brings_nothing_new_adds_nothing() -> None:
    one, two = Const(1), Const(2)
    kept = Track(START, {"a": one, "b": two})
    assert _grow(kept, Track(START, {"a": one, "b": two}), 1) is None
    assert _grow(kept, Track(START, {"b": two, "a": one}), 1) is None  # another order


def test_changed_and_new_variables_are_joined_in_either_order() -> None:
    one, two, three = Const(1), Const(2), Const(3)
    kept = Track(START, {"a": one, "b": two, "c": UNKNOWN})
    expected = {"a": one, "b": join(two, three), "c": UNKNOWN, "d": one}
    same_order = _grow(kept, Track(START, {"a": one, "b": three, "c": UNKNOWN, "d": one}), 1)
    other_order = _grow(kept, Track(START, {"d": one, "c": UNKNOWN, "b": three, "a": one}), 1)
    assert same_order is not None and other_order is not None
    assert same_order.env == other_order.env == expected
    # The kept track's environment is never changed in place.
    assert kept.env == {"a": one, "b": two, "c": UNKNOWN}
