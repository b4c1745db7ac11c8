import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)


ROUTES: list[str] = []
ARMS: dict[str, str] = {}


def _record(*, tower: str, arm: str = "home") -> None:
    ROUTES.append(tower)
    ARMS[tower] = arm


def register_route(**options: str) -> None:
    log.info("route %s", options)
    _record(**options)


def route_specs(path: Path) -> list[dict[str, str]]:
    return json.loads(path.read_text())
