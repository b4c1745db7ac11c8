"""The pipeline-worker container, one per region."""

from __future__ import annotations

import functools
import logging
from typing import Any

log = logging.getLogger(__name__)


class TributaryWorker:
    """The platform's container stub for a pipeline worker."""

    def __init__(self, region: str) -> None:
        self.region = region

    def post(self, path: str, body: Any = None) -> Any:
        raise NotImplementedError("bound by the platform")

    def get(self, path: str) -> Any:
        raise NotImplementedError("bound by the platform")


@functools.lru_cache(maxsize=None)
def get_tributary_worker(region: str) -> TributaryWorker:
    log.info("pipeline worker for %s", region)
    return TributaryWorker(region)
