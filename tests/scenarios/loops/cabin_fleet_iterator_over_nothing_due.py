# [tool.wakecheck]
# entry = ["*.CabinDispatcher.tick"]
# container-factories = ["*.rig_drive_station"]
# empty-on-idle = { "*.cabins_due_for_inspection" = "no cabin is due for inspection" }

"""An iterator class whose `__next__` raises `StopIteration` once the list it walks is empty:
over nothing due it yields nothing, and the raise ends the loop, not the tick."""
import logging

log = logging.getLogger(__name__)


class DriveStation:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError


def rig_drive_station() -> DriveStation:
    return DriveStation()


def cabins_due_for_inspection() -> list[str]:
    raise NotImplementedError


class Fleet:
    def __init__(self, cabins: list[str]) -> None:
        self._pending = list(cabins)

    def __iter__(self) -> "Fleet":
        return self

    def __next__(self) -> str:
        if not self._pending:
            raise StopIteration
        return self._pending.pop(0)


class CabinDispatcher:
    def __init__(self) -> None:
        self.station = rig_drive_station()

    def tick(self) -> None:
        for cabin in Fleet(cabins_due_for_inspection()):
            log.info("inspecting %s", cabin)
            self.station.fetch(f"/cabins/{cabin}/grip-test")
        self.sync_gates()

    def sync_gates(self) -> None:
        self.station.fetch("/gates/sync")  # expect: WC001
