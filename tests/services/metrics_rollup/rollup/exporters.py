"""Exporters push the latest rollups to external systems, through a shard."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Exporter = Callable[[Any], Any]

EXPORTERS: dict[str, Exporter] = {}


def export_prometheus(box: Any) -> Any:
    return box.fetch("/export/prometheus")


def export_otlp(box: Any) -> Any:
    return box.fetch("/export/otlp", method="POST")


EXPORTERS.update(prometheus=export_prometheus)
EXPORTERS.setdefault("otlp", export_otlp)
