"""Tide tables: reloaded when the hydrographic office publishes a new almanac."""

from __future__ import annotations

import logging

from .harbour import harbour
from .taskkit import task

log = logging.getLogger(__name__)


@task(queue="tides")
def reload_tide_tables() -> bool:
    ctx = harbour()
    if not ctx.repo.tide_almanac_published():
        log.debug("no new tide almanac for %s", ctx.settings.terminal)
        return False
    ctx.box.fetch("/tide-tables", method="PUT", json={"terminal": ctx.settings.terminal, "slipways": list(ctx.settings.slipways)})
    return True
