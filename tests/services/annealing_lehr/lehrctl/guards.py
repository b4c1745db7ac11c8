"""Guard helpers: they raise ``SkipTick`` when there is nothing to do."""

from __future__ import annotations

import logging

from .store import LehrStore

log = logging.getLogger(__name__)


class SkipTick(Exception):
    """Nothing for this step to do on this tick."""


def require_queued_loads(store: LehrStore) -> None:
    if not store.lehr_has_queued_loads():
        raise SkipTick("no loads queued on the belt")
