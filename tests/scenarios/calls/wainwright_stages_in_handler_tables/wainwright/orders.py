import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


class AxleRecall:
    pending = 0


@dataclass(frozen=True)
class Grease:
    wagon: str


@dataclass(frozen=True)
class Recall:
    wagon: str


def grease(order: Grease) -> None:
    log.debug("greased %s", order.wagon)


def recall(order: Recall) -> None:
    AxleRecall.pending += 1
    log.info("axle recall for %s", order.wagon)


ORDER_HANDLERS = {Grease: grease, Recall: recall}
