"""The train describer relay: three layers of **kwargs, the cabin rides along (2017)."""

import logging

from . import settings

log = logging.getLogger(__name__)


def announce(ctx, **fields):
    fields.setdefault("topic", settings.BUS_TOPIC)
    _relay(ctx, **fields)


def _relay(ctx, **fields):
    _emit(cabin=ctx.get("primary"), path="/describer", **fields)


def _emit(**kw):
    cabin = kw.pop("cabin")
    path = kw.pop("path")
    log.debug("describer %s %r", path, kw)
    return cabin.fetch(path, method="POST", json=kw)
