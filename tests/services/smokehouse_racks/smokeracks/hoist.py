"""The rack hoist: the platform's container that turns, parks and samples the racks."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SmokehouseHoist:
    """The platform's stub for the rack-hoist container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def hang_smokehouse_hoist(site: str) -> SmokehouseHoist:
    log.info("hanging the rack hoist at %s", site)
    return SmokehouseHoist()
