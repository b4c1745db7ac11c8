import logging

from .base import ShelfJob
from .boxes import rent_still_box

log = logging.getLogger(__name__)


class StillroomClerk:
    def __init__(self, site: str) -> None:
        self.box = rent_still_box(site)

    def round(self) -> None:
        for kind in ShelfJob.rotation:
            log.info("running %s", kind)
            ShelfJob.registry[kind](self.box).run()
