"""What the services need from the repositories, as structural interfaces."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .repository import AnvilBooking, QuenchReading


class CoalLedger(Protocol):
    def coal_on_hand(self) -> int: ...

    def hearth_fires_lit(self) -> bool: ...


class TankLog(Protocol):
    def quench_tanks_over_temperature(self) -> list[QuenchReading]: ...

    def brine_changeover_due(self) -> bool: ...

    def record_circulation(self, tank_id: str) -> None: ...


class AnvilCalendar(Protocol):
    def anvil_bookings_today(self) -> list[AnvilBooking]: ...
