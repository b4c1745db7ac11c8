"""Manifest containers and the shapes the desk passes them around in."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, NamedTuple

log = logging.getLogger(__name__)


class ManifestBox:
    """The platform's container stub for the manifest service."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def book_manifest_box(port: str, role: str) -> ManifestBox:
    log.info("booking the %s manifest box at %s", role, port)
    return ManifestBox()


class BoxPair(NamedTuple):
    primary: Any
    standby: Any


@dataclass(frozen=True)
class ManifestLease:
    box: Any
    ttl_s: int
    purpose: str
