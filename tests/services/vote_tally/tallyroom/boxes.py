"""The tally container: aggregation, projections and the public feed."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class TallyBox:
    """The runtime's container stub."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def seat_tally_box(jurisdiction: str) -> TallyBox:
    log.info("seating a tally box for %s", jurisdiction)
    return TallyBox()
