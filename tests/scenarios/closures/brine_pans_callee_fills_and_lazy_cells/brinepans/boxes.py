"""The pan-house box, opened on first use and kept in a closure's cell."""
import logging

log = logging.getLogger(__name__)


def open_pan_box(works):
    return works.container


def lazy_box(works):
    box = None

    def get():
        nonlocal box
        if box is None:
            log.info("opening the pan-house box")
            box = open_pan_box(works)
        return box

    return get


def assay_latch():
    requested = False

    def request():
        nonlocal requested
        requested = True

    def take():
        nonlocal requested
        was, requested = requested, False
        return was

    return request, take
