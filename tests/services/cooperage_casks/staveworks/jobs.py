"""Toasting and climate hooks (the floor team, 2018), registered at import."""

import logging

from . import settings
from .bench import post_to_bench
from .hooks import register_hook

log = logging.getLogger(__name__)


def toast_waiting_casks(ctx, **kwargs):
    store = ctx["store"]
    for n, cask in enumerate(store.casks_awaiting_toast(), start=1):
        ctx["bench_ref"].bench.fetch("/casks/%s/toast" % cask.cask_id, method="POST", json={"level": cask.toast, "n": n})


def push_climate(ctx, **kwargs):
    if not settings.CLIMATE_PUSH:
        return
    reading = ctx["store"].climate_reading()
    send_climate(ctx, reading=reading, **kwargs)


def send_climate(ctx, **kwargs):
    log.debug("climate push %r", kwargs)
    post_to_bench(ctx, "/climate", json=kwargs)


register_hook(toast_waiting_casks)
register_hook(push_climate)
