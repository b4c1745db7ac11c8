import logging

from astrolabe.box import commission_open, mount_rete_box, solstice_reset_due

log = logging.getLogger(__name__)


class AstrolabeBench:
    def __init__(self) -> None:
        self.box = mount_rete_box()

    def bench_tick(self) -> None:
        self.box.fetch("/bench/lamp")  # expect: WC001
        kind = "solstice" if solstice_reset_due() else "routine"
        match (kind, commission_open()):
            case ("solstice", _):
                self.box.fetch("/rete/reset")  # expect: WC002
            case ("routine", True):
                self.box.fetch("/rete/engrave")
            case _:
                log.debug("nothing to engrave")
        urgency: str = "high" if commission_open() else "low"
        if urgency == "high":
            self.box.fetch("/commission/rush")
