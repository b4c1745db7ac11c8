import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

BEAT = {
    "tickets": {"task": "tickets.sync_tickets", "every": 300},
    "crew": {"task": "crew.post_roster", "every": 3600},
}


@dataclass(frozen=True)
class Slot:
    name: str
    task: str
    every: int


def resolve(dotted: str) -> Callable[[], None]:
    module_name, _, attr = dotted.strip().rpartition(".")
    module = importlib.import_module(f"{__package__}.tasks.{module_name}")
    return getattr(module, attr)


class TideBeat:
    def __init__(self) -> None:
        self.slots = [Slot(name, str(entry["task"]), int(entry["every"])) for name, entry in BEAT.items()]

    def run_due(self) -> None:
        for slot in self.slots:
            log.info("running %s", slot.name)
            resolve(slot.task)()
