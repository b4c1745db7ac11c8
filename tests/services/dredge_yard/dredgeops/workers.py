"""The tow worker: a base class and two mixins added by two different teams."""

from __future__ import annotations

import logging
import time
from typing import Any

from .hull import DredgeHull
from .store import DredgeStore

log = logging.getLogger(__name__)


class BaseTowWorker:
    def __init__(self, hull: DredgeHull, store: DredgeStore) -> None:
        self.hull = hull
        self.store = store

    def run_cycle(self) -> int:
        handled = 0
        for request in self.store.iter_tow_requests():
            self.hull.fetch(f"/tows/{request.request_id}", method="POST", json={"vessel": request.vessel})
            handled += 1
        return handled


class ThrottleMixin:
    """Added in 2020 after the tow API was hammered: one cycle per interval."""

    def __init__(self, *args: Any, interval: float = 300.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.interval = interval
        self._last: float | None = None

    def run_cycle(self) -> int:
        now = time.monotonic()
        if self._last is not None and now - self._last < self.interval:
            return 0
        self._last = now
        return super().run_cycle()  # type: ignore[misc]


class HullMetricsMixin:
    """Added in 2022 by the observability team: report each cycle to the hull."""

    hull: DredgeHull

    def run_cycle(self) -> int:
        handled = super().run_cycle()  # type: ignore[misc]
        self.hull.fetch("/metrics/tows", method="POST", json={"handled": handled})
        return handled


class TowWorker(ThrottleMixin, HullMetricsMixin, BaseTowWorker):
    pass
