"""The clocks on the wall, and the weak index the round finds them by."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


class PendulumRegulator:
    """A seconds-pendulum regulator, rewound by its own electric remontoire."""

    __slots__ = ("clock_id", "maker", "rate_s_per_day", "__weakref__")

    def __init__(self, clock_id: str, maker: str, rate_s_per_day: float) -> None:
        self.clock_id = clock_id
        self.maker = maker
        self.rate_s_per_day = rate_s_per_day

    def beat_error_ms(self) -> float:
        return 0.0

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.clock_id!r})"


class WeightDrivenRegulator(PendulumRegulator):
    """A regulator driven by a weight the bench winds back up."""

    __slots__ = ("drop_cm",)

    def __init__(self, clock_id: str, maker: str, rate_s_per_day: float, drop_cm: int = 120) -> None:
        super().__init__(clock_id, maker, rate_s_per_day)
        self.drop_cm = drop_cm

    def turns_to_wind(self) -> int:
        return self.drop_cm // 4


class MasterClock:
    """An electric master clock: no pendulum sensor, it drives slave dials."""

    __slots__ = ("clock_id", "slave_lines", "__weakref__")

    def __init__(self, clock_id: str, slave_lines: tuple[str, ...]) -> None:
        self.clock_id = clock_id
        self.slave_lines = slave_lines

    def __repr__(self) -> str:
        return f"MasterClock({self.clock_id!r})"


class LongcaseClock:
    """A striking longcase clock, hung in the room only while it is in for regulation."""

    __slots__ = ("clock_id", "strike_silenced", "drop_cm", "__weakref__")

    def __init__(self, clock_id: str) -> None:
        self.clock_id = clock_id
        self.strike_silenced = False
        self.drop_cm = 150

    def strike_train(self) -> str:
        return "westminster"

    def turns_to_wind(self) -> int:
        return self.drop_cm // 5


Clock = PendulumRegulator | MasterClock | LongcaseClock


@dataclass(frozen=True)
class ClockSpec:
    clock_id: str
    kind: str
    options: tuple[tuple[str, Any], ...] = ()


# How each kind of clock is built from its spec.
CLOCK_KINDS: dict[str, Callable[..., Clock]] = {
    "pendulum": PendulumRegulator,
    "weight": WeightDrivenRegulator,
    "master": MasterClock,
    "longcase": LongcaseClock,
}

# The wall as it is hung.
ROSTER: tuple[ClockSpec, ...] = (
    ClockSpec("R1", "pendulum", (("maker", "Riefler"), ("rate_s_per_day", 0.4))),
    ClockSpec("R2", "weight", (("maker", "Dent"), ("rate_s_per_day", -0.25))),
    ClockSpec("M1", "master", (("slave_lines", ("workshop", "showroom")),)),
)


_wall_index: weakref.WeakValueDictionary[str, Clock] = weakref.WeakValueDictionary()


def build_clock(spec: ClockSpec) -> Clock:
    return CLOCK_KINDS[spec.kind](spec.clock_id, **dict(spec.options))


def hang_clock(clock: Clock) -> Clock:
    _wall_index[clock.clock_id] = clock
    log.info("hung %r", clock)
    return clock


def clock_by_id(clock_id: str) -> Clock | None:
    return _wall_index.get(clock_id)


def hanging_clocks() -> list[Clock]:
    return list(_wall_index.values())
