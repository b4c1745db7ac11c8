"""What a clock on the wall can do, checked at run time."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Beatable(Protocol):
    """A pendulum clock with a beat-error sensor on the bench."""

    clock_id: str
    rate_s_per_day: float

    def beat_error_ms(self) -> float: ...


@runtime_checkable
class Windable(Protocol):
    """A weight- or spring-driven clock the bench's motor winder can wind."""

    clock_id: str

    def turns_to_wind(self) -> int: ...


@runtime_checkable
class ImpulseMaster(Protocol):
    """An electric master clock driving slave dials over impulse lines."""

    clock_id: str
    slave_lines: tuple[str, ...]


@runtime_checkable
class Chiming(Protocol):
    """A clock with a striking train, silenced while it stands in the regulator room."""

    clock_id: str
    strike_silenced: bool

    def strike_train(self) -> str: ...
