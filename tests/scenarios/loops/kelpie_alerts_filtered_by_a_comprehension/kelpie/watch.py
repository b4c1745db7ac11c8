import logging

from kelpie.box import flock_moving, whistle_pen_box
from kelpie.pens import Pen, Urgency

log = logging.getLogger(__name__)


class PenWatch:
    def __init__(self) -> None:
        self.box = whistle_pen_box()
        self.pens = [Pen(name, self.box) for name in ("north", "river")]

    def pen_tick(self) -> None:
        moving = [pen.name for pen in self.pens if flock_moving()]
        if moving:
            self.box.fetch("/dogs/out", pens=moving)
        alerts = [a for pen in self.pens if (a := pen.poll()) is not None]
        if not alerts:
            return
        self.box.fetch("/shepherd/log", count=len(alerts))  # expect: WC002
        worst = max(alert.urgency for alert in alerts)
        if worst >= Urgency.WARN:
            self.box.fetch("/shepherd/page")
        for alert in alerts:
            if alert.urgency >= Urgency.URGENT:
                log.warning("pen %s needs the dogs", alert.pen)
