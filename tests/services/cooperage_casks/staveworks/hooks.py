"""Tick hooks: modules register plain functions at import time, the master runs them."""

import logging

log = logging.getLogger(__name__)

_TICK_HOOKS = []


def register_hook(fn):
    _TICK_HOOKS.append(fn)
    return fn


def run_tick_hooks(ctx, **kwargs):
    ran = 0
    for i in range(len(_TICK_HOOKS)):
        hook = _TICK_HOOKS[i]
        hook(ctx, **kwargs)
        ran += 1
    log.debug("%d tick hooks ran", ran)
    return ran
