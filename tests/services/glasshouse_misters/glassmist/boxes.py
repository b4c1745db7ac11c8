"""The mist-manifold container: it drives the valve blocks and the fog pump."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class MistManifoldBox:
    """The platform's container stub for the mist manifold."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def manifold_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def rig_mist_manifold_box(house: str) -> MistManifoldBox:
    log.info("rigging the mist manifold for %s", house)
    return MistManifoldBox()
