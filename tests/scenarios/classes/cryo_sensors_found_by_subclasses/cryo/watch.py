import logging

from cryo.box import chill_dewar_box
from cryo.probes import Probe

log = logging.getLogger(__name__)


class DewarWatch:
    def __init__(self, rack: str) -> None:
        self.box = chill_dewar_box()
        self.probes = [kind(self.box, rack) for kind in Probe.__subclasses__()]
        log.info("%d probes on rack %s", len(self.probes), rack)

    def watch_tick(self) -> None:
        for probe in self.probes:
            state = probe.poll()
            if state is not None:
                log.info("%s: %s", type(probe).__name__, state)
