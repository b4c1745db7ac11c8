"""The lever cabin containers (one per cabin of the box) and the memoised lookup."""

import logging

from . import settings

log = logging.getLogger(__name__)


class LeverCabin(object):
    """The platform's container stub for one cabin's interlocking controller."""

    __slots__ = ("box", "name")

    def __init__(self, box, name):
        self.box = box
        self.name = name

    def fetch(self, path, **kwargs):
        raise NotImplementedError("bound by the platform")

    def cabin_label(self):
        raise NotImplementedError("bound by the platform")


def provision_lever_cabin(box, name):
    log.info("lever cabin %s of %s", name, box)
    return LeverCabin(box, name)


def open_cabins(box, names=settings.CABIN_NAMES):
    cabins = {}
    for name in names:
        cabins[name] = provision_lever_cabin(box, name)
    return cabins


def cabin_named(ctx, name, _memo={}):
    if name not in _memo:
        _memo[name] = ctx["cabins"][name]
    return _memo[name]
