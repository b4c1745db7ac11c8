import logging

log = logging.getLogger(__name__)


class StillBox:
    def fetch(self, path: str, **options: object) -> dict:
        raise NotImplementedError("the stillroom's container")


def rent_still_box(site: str) -> StillBox:
    log.info("renting the still box for %s", site)
    return StillBox()


def edition_changed() -> bool:
    raise NotImplementedError("the pharmacopoeia feed")
