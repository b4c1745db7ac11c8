"""Services over the churn control box: station polling and churning the waiting cream."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from functools import reduce

from .control import ChurnControlBox
from .records import ChurnStation, CreamBatch, DrumOrder, RunTally
from .settings import CHURN_STATIONS, ChurnLineSettings

log = logging.getLogger(__name__)


class StationPoller:
    def __init__(self, box: ChurnControlBox) -> None:
        self.box = box

    def poll_stations(self) -> list[int]:
        return list(map(self._poll_station, CHURN_STATIONS))

    def line_rpm_budget(self) -> int:
        return reduce(lambda total, station: total + station.rpm_limit, CHURN_STATIONS, 0)

    def _poll_station(self, station: ChurnStation) -> int:
        name, *wiring = station
        self.box.signal(f"/stations/{name}/poll", wiring=wiring)
        return station.rpm_limit


class CreamChurner:
    def __init__(self, box: ChurnControlBox, settings: ChurnLineSettings) -> None:
        self.box = box
        self.settings = settings

    def churn_waiting(self, batches: Iterable[CreamBatch]) -> RunTally:
        measured = filter(lambda batch: batch.litres > 0, batches)
        assayed = filter(self._assay_cream, measured)
        orders = map(self._charge_drum, assayed)
        return reduce(lambda tally, order: self._book_order(tally, order), orders, RunTally())

    def _assay_cream(self, batch: CreamBatch) -> bool:
        reply = self.box.signal(f"/assay/{batch.batch_id}", vat=batch.vat)
        return bool(reply.ok)

    def _charge_drum(self, batch: CreamBatch) -> DrumOrder:
        batch_id, vat, *measures = batch
        order = DrumOrder(batch_id, batch.litres)
        if batch.fat_pct >= self.settings.salting_fat_pct:
            order = dataclasses.replace(order, salted=True)
        self.box.signal("/drum/charge", batch=batch_id, vat=vat, measures=measures, salted=order.salted)
        return order

    def _book_order(self, tally: RunTally, order: DrumOrder) -> RunTally:
        self.box.signal("/run/book", batch=order.batch_id, litres=order.litres)
        return dataclasses.replace(tally, batches=tally.batches + 1, litres=tally.litres + order.litres)
