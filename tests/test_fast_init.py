"""`fast_init` builds a frozen dataclass exactly as the dataclass's own `__init__` does."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field

import pytest

from wakecheck import _speedups
from wakecheck.analysis import cfg as ir
from wakecheck.analysis import values
from wakecheck._speedups.frozen import built_fast, fast_init
from wakecheck.model import Span


@dataclass(frozen=True, slots=True)
class Slotted:
    a: int
    b: str = "b"
    c: tuple[int, ...] = ()


@dataclass(frozen=True)
class Plain:  # no slots: fields live in the instance's __dict__
    a: int
    b: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Checked:
    a: int

    def __post_init__(self) -> None:
        if self.a < 0:
            raise ValueError("negative")


@dataclass(frozen=True, slots=True)
class KeywordOnly:
    a: int = field(kw_only=True)


@dataclass(frozen=True, slots=True)
class NotInInit:
    a: int
    b: int = field(default=2, init=False)
    c: list[int] = field(default_factory=list, init=False)


@pytest.mark.parametrize("cls, args, kwargs", [
    (Slotted, (1,), {}), (Slotted, (1, "x"), {"c": (2,)}), (Slotted, (), {"a": 3, "b": "y"}),
    (Plain, (1,), {}), (Plain, (1, [2]), {}), (Plain, (), {"b": [3], "a": 4}),
    (Checked, (5,), {}), (NotInInit, (1,), {}),
])
def test_the_same_object_as_the_dataclass_builds(cls: type, args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    own = cls(*args, **kwargs)
    fast = cls.__new__(cls)
    init = fast_init(cls)
    assert init is not None
    init(fast, *args, **kwargs)
    assert fast == own
    assert inspect.signature(init) == inspect.signature(cls.__init__)


def test_a_default_factory_makes_a_new_value_each_time() -> None:
    init = fast_init(Plain)
    assert init is not None
    one, two = Plain.__new__(Plain), Plain.__new__(Plain)
    init(one, 1)
    init(two, 1)
    assert one.b == [] and one.b is not two.b


def test_post_init_runs_unless_asked_not_to() -> None:
    checked, unchecked = fast_init(Checked), fast_init(Checked, post_init=False)
    assert checked is not None and unchecked is not None
    with pytest.raises(ValueError, match="negative"):
        checked(Checked.__new__(Checked), -1)
    made = Checked.__new__(Checked)
    unchecked(made, -1)
    assert made.a == -1


def test_the_object_stays_frozen() -> None:
    made = Slotted.__new__(Slotted)
    init = fast_init(Slotted)
    assert init is not None
    init(made, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.a = 2  # type: ignore[misc]


def test_a_field_that_is_no_parameter_gets_its_default() -> None:
    made = NotInInit.__new__(NotInInit)
    init = fast_init(NotInInit)
    assert init is not None
    init(made, 1)
    assert (made.a, made.b, made.c) == (1, 2, [])


@pytest.mark.parametrize("cls", [KeywordOnly, int])
def test_what_it_cannot_reproduce_keeps_its_own_init(cls: type) -> None:
    assert fast_init(cls) is None
    if cls is not int:
        with pytest.raises(TypeError, match="no faster __init__"):
            built_fast(cls)


@pytest.mark.parametrize("module", [ir, values])
def test_wakechecks_own_values_are_built_fast_only_with_the_speedups(module: object) -> None:
    kinds = [v for v in vars(module).values()
             if isinstance(v, type) and dataclasses.is_dataclass(v) and v.__module__ == module.__name__]  # type: ignore[attr-defined]
    assert kinds
    own = {kind: kind.__init__ for kind in kinds}
    _speedups.own_process(speedups=True)
    try:
        for kind in kinds:
            assert kind.__init__ is not own[kind]
            assert kind.__init__.__qualname__ == f"{kind.__qualname__}.__init__"
        assert "__reduce__" in Span.__dict__
        assert Span(1, 2, 3, 4) == Span(line=1, column=2, end_line=3, end_column=4)
    finally:
        _speedups.disown()
    # Elsewhere (a library caller, a linter's plugin) they are the dataclasses they were defined as.
    assert all(kind.__init__ is own[kind] for kind in kinds)
    assert "__reduce__" not in Span.__dict__
