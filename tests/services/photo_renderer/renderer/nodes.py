"""Render nodes: GPU containers, one per region."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .config import RenderConfig

log = logging.getLogger(__name__)


class RenderNode:
    """The platform's container stub for a render node."""

    def __init__(self, region: str) -> None:
        self.region = region

    def post(self, path: str, body: Any = None) -> Any:
        raise NotImplementedError("bound by the platform")


def acquire_render_node(config: RenderConfig) -> RenderNode:
    log.info("render node for %s", config.region)
    return RenderNode(config.region)


def gpu_driver_outdated(cache: kvbox.Cache, region: str) -> bool:
    return cache.get(f"gpu-driver:{region}:outdated") == "1"
