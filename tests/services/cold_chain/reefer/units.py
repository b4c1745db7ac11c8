"""Reefer unit containers and the lanes that hold them."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


class ReeferUnitBox:
    """The platform's container stub for a reefer unit controller."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def hire_reefer_box(depot: str, lane: str) -> ReeferUnitBox:
    log.info("hiring a reefer box for %s/%s", depot, lane)
    return ReeferUnitBox()


@dataclass
class Uplink:
    box: Any
    channel: str


@dataclass
class Lane:
    name: str
    link: Uplink
    priority: int
