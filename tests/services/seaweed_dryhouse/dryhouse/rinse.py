"""The brine rinse: the dehydrator's rinse line, always drained afterwards."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from .handles import DehydratorHandle

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def saltwater_rinse_line(box: DehydratorHandle, shed: str) -> AsyncIterator[DehydratorHandle]:
    log.info("rinse line open at %s", shed)
    try:
        yield box
    finally:
        await box.fetch("/rinse-line/drain", method="POST")
