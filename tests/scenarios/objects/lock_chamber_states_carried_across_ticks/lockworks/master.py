import logging
from dataclasses import dataclass

from .gear import PaddleBox, breach_reported, hire_paddle_box, keeper_on_duty
from .states import Chamber

log = logging.getLogger(__name__)


@dataclass
class Site:
    name: str
    box: PaddleBox


class ChamberMaster:
    def __init__(self, name: str) -> None:
        self.site = Site(name, hire_paddle_box(name))
        self.chamber = Chamber.SLACK
        self.horn = "quiet"
        self._steps = {
            Chamber.SLACK: self._settle,
            Chamber.PENNED: self._pen_back,
            Chamber.EMPTYING: self._empty,
        }

    def tick(self) -> None:
        self.chamber = self._steps[self.chamber](self.site)
        if self.horn == "sounding":
            self.site.box.crank("/horn/stop")
            self.horn = "quiet"
        if keeper_on_duty(self.site.name):
            self.horn = "sounding"

    def _settle(self, site: Site) -> Chamber:
        if breach_reported(site.name):
            log.warning("breach at %s", site.name)
            return Chamber.EMPTYING
        return Chamber.PENNED

    def _pen_back(self, site: Site) -> Chamber:
        site.box.crank("/paddles/pen")  # expect: WC001
        return Chamber.SLACK

    def _empty(self, site: Site) -> Chamber:
        site.box.crank("/chamber/empty")  # expect: WC002
        return Chamber.SLACK
