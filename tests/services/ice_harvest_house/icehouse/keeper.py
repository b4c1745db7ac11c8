"""The ice house keeper: its cold round runs every ten minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .boxes import IceHouseBox, summon_icehouse_box
from .inventory import BLOCKS, IceBlock, blocks_in, load_inventory
from .repository import BlockLedger, thaw_survey_due
from .settings import IceHouseSettings

log = logging.getLogger(__name__)


class IceHouseKeeper:
    def __init__(self, settings: IceHouseSettings, ledger: BlockLedger, cache: kvbox.Cache, box: IceHouseBox) -> None:
        self.settings = settings
        self.ledger = ledger
        self.cache = cache
        self.box = box
        self._draining: dict[str, int] = {}

    def cold_round(self) -> None:
        self.box.fetch("/thermometers", method="GET")
        for bay in self.settings.bays:
            self.tend_bay(bay)
        self.load_harvest_orders()
        if self.ledger.ice_saws_running():
            self.box.fetch("/saws/floor", method="GET")
        if thaw_survey_due(self.cache, self.settings.region):
            self.survey_thaw()

    def tend_bay(self, bay: str) -> None:
        melting = [block for block in blocks_in(bay) if block.melting]
        if not melting:
            if self._draining.pop(bay, None) is not None:
                log.info("bay %s is dry again", bay)
            return
        if bay in self._draining:
            log.debug("bay %s already draining %d blocks", bay, self._draining[bay])
            return
        self._draining[bay] = len(melting)
        self.box.fetch(f"/bays/{bay}/drain", method="POST", json={"blocks": [b.block_id for b in melting]})

    def load_harvest_orders(self) -> None:
        for order in self.ledger.harvest_orders_waiting():
            block = BLOCKS.pop(order.block_key, None)
            if block is None:
                log.warning("order %s names block %s, which is not in the house", order.order_id, order.block_key)
                continue
            self.box.fetch(f"/dock/{order.order_id}", method="POST", json={"block": block.key, "buyer": order.buyer})

    def survey_thaw(self) -> None:
        self.box.fetch("/survey/thaw", method="POST", json={"blocks": len(BLOCKS)})
        doomed: list[IceBlock] = [block for block in BLOCKS.values() if block.melting]
        doomed.sort(key=lambda block: block.cut_on)
        for index, block in enumerate(reversed(doomed)):
            if index >= self.settings.survey_batch:
                log.info("%d more melting blocks wait for the next survey", len(doomed) - index)
                break
            del BLOCKS[block.key]
            self.ledger.record_write_off(block.key)
            self.box.fetch(f"/bays/{block.bay}/write-off", method="POST", json={"block": block.block_id})


def open_ice_house(region: str) -> IceHouseKeeper:
    settings = IceHouseSettings.from_env(region)
    ledger = BlockLedger(stowage.connect(settings.dsn), settings.region)
    load_inventory(ledger, settings.bays)
    box = summon_icehouse_box(settings.region)
    return IceHouseKeeper(settings, ledger, kvbox.Cache(settings.cache_url), box)
