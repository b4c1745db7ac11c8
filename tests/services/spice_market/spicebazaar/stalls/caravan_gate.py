"""Files a manifest per caravan origin at the gate; posts the monsoon tariff when the harbour announces it."""

from __future__ import annotations

import itertools
import logging
from operator import attrgetter

from ..context import StallContext
from ..ledger import monsoon_tariff_announced
from ..records import CaravanArrival
from ..registry import StallRegistry

log = logging.getLogger(__name__)


def receive_caravans(ctx: StallContext) -> None:
    messages = ctx.arrivals.poll()
    arrivals = sorted(
        CaravanArrival(
            origin=str(m.body.get("origin", "unknown")),
            arrived_at=str(m.body.get("arrived_at", "")),
            caravan_id=str(m.body.get("caravan", "unnamed")),
            sacks=int(m.body.get("sacks", 0)),
        )
        for m in messages
    )
    with ctx.ledger.cursor() as cursor:
        for origin, caravans in itertools.groupby(arrivals, key=attrgetter("origin")):
            batch = list(caravans)
            ctx.booths.file_manifest(origin, [caravan.caravan_id for caravan in batch])
            for caravan in batch:
                cursor.record_arrival(caravan)
    for message in messages:
        message.ack()
    if monsoon_tariff_announced(ctx.cache):
        log.info("monsoon tariff announced for %s", ctx.settings.market)
        ctx.booths.post_tariff("monsoon")


def register(registry: StallRegistry) -> None:
    registry.register("caravan_gate", receive_caravans)
