"""Work the foreman queues during a round and the crew drains in the same round."""

from __future__ import annotations

import abc
import logging
from dataclasses import dataclass

from .boxes import SailHouseLink
from .repository import StoneOrder

log = logging.getLogger(__name__)


class MillJob(abc.ABC):
    @abc.abstractmethod
    def run(self, link: SailHouseLink) -> None:
        ...


@dataclass(frozen=True)
class DressingJob(MillJob):
    order: StoneOrder

    def run(self, link: SailHouseLink) -> None:
        link.box.fetch(SailHouseLink.stone_path(self.order.stone_id), method="POST", json={"pattern": self.order.pattern})


@dataclass(frozen=True)
class WindReportJob(MillJob):
    mill: str
    readings: int

    def run(self, link: SailHouseLink) -> None:
        reply = link.box.fetch("/wind/report", method="PUT", json=self.payload(self.mill, self.readings))
        if not reply.ok:
            log.warning("wind report for %s refused; sending once more", self.mill)
            link.box.fetch("/wind/report", method="PUT", json=self.payload(self.mill, self.readings), headers={"x-retry": "1"})

    @staticmethod
    def payload(mill: str, readings: int) -> dict[str, object]:
        return {"mill": mill, "readings": readings}
