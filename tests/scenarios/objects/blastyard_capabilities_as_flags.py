# [tool.wakecheck]
# entry = ["*.BlastYard.tick"]
# container-factories = ["*.hire_blast_box"]
# active-guards = ["*.blasts_scheduled"]

"""Capabilities as an `enum.Flag`, set at start-up and narrowed on each tick (`wanted &= ~Caps.X`
when no blast is scheduled), then tested with `in` and `&`."""
import enum
import logging

log = logging.getLogger(__name__)


class BlastBox:
    def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the blast-yard container")


def hire_blast_box():
    return BlastBox()


class Caps(enum.Flag):
    NONE = 0
    SEISMIC = enum.auto()
    VIBRATION = enum.auto()
    DUST = enum.auto()

    @classmethod
    def for_site(cls, dust_monitor):
        caps = cls.SEISMIC | cls.VIBRATION
        if dust_monitor:
            caps |= cls.DUST
        return caps


class Ledger:
    def blasts_scheduled(self):
        return True


class BlastYard:
    def __init__(self, dust_monitor):
        self.caps = Caps.for_site(dust_monitor)
        self.ledger = Ledger()
        self.box = hire_blast_box()

    def tick(self):
        wanted = self.caps
        if not self.ledger.blasts_scheduled():
            wanted &= ~Caps.SEISMIC
        if Caps.SEISMIC in wanted:
            self.box.fetch("/seismographs/arm", method="POST")
        if wanted & Caps.VIBRATION:
            self.box.fetch("/limits/vibration", method="PUT")  # expect: WC001
        if Caps.DUST in wanted:
            self.box.fetch("/dust/sample", method="POST")  # expect: WC001
        if not wanted & Caps.SEISMIC:
            log.debug("no seismographs armed")
