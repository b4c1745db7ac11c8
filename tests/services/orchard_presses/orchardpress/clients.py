"""Press-bay containers: leased from the platform, shared while someone holds them."""

from __future__ import annotations

import logging
import threading
import weakref
from typing import Any

log = logging.getLogger(__name__)


class PressBayBox:
    """The platform's container stub for one press bay."""

    def __init__(self, bay: str) -> None:
        self.bay = bay

    def post(self, path: str, body: Any = None) -> Any:
        raise NotImplementedError("bound by the platform")

    def report(self, path: str, **fields: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def bay_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def lease_press_house_box(bay: str) -> PressBayBox:
    log.info("leasing the press-bay box %s", bay)
    return PressBayBox(bay)


# A bay's box lives as long as some service holds it; the next caller leases a new one.
_LEASED: weakref.WeakValueDictionary[str, PressBayBox] = weakref.WeakValueDictionary()
_LEASE_LOCK = threading.Lock()


def press_box_for(bay: str) -> PressBayBox:
    with _LEASE_LOCK:
        box = _LEASED.get(bay)
        if box is None:
            box = lease_press_house_box(bay)
            _LEASED[bay] = box
        return box


def leased_bays() -> list[str]:
    return sorted(_LEASED.keys())
