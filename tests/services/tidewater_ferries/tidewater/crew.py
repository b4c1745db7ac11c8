"""Crew rosters, published to the vessels' boards every hour."""

from __future__ import annotations

import logging
from collections import defaultdict

from .harbour import harbour
from .repository import RosterLine
from .taskkit import task

log = logging.getLogger(__name__)


def crew_by_vessel(lines: list[RosterLine]) -> dict[str, list[str]]:
    boards: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        boards[line.vessel].append(f"{line.crew_id}@{line.shift}")
    return dict(boards)


@task(queue="crew")
def publish_crew_roster() -> int:
    ctx = harbour()
    lines = ctx.repo.crew_roster()
    for vessel, crew in crew_by_vessel(lines).items():
        ctx.box.fetch(f"/vessels/{vessel}/crew", method="PUT", json={"crew": crew})
    ctx.repo.record_roster_published(len(lines))
    return len(lines)
