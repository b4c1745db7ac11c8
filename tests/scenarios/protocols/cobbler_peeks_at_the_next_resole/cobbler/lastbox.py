import contextlib
import logging

log = logging.getLogger(__name__)


class LastBox:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError


def summon_last_box() -> LastBox:
    return LastBox()


@contextlib.contextmanager
def lasting(box: LastBox, boot: str):
    box.fetch(f"/lasts/{boot}/clamp")
    try:
        yield box
    finally:
        box.fetch(f"/lasts/{boot}/release")
