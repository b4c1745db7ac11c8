"""The block inventory, loaded once at start-up and kept in a module-level dict."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from .repository import BlockLedger

log = logging.getLogger(__name__)


@dataclass
class IceBlock:
    bay: str
    block_id: str
    cut_on: str
    melting: bool = False

    @property
    def key(self) -> str:
        return f"{self.bay}/{self.block_id}"


BLOCKS: dict[str, IceBlock] = {}


def load_inventory(ledger: BlockLedger, bays: Iterable[str]) -> int:
    """Fill ``BLOCKS`` with every block stacked in the given bays."""
    BLOCKS.clear()
    for bay in bays:
        for row in ledger.stacked_blocks(bay):
            block = IceBlock(bay=bay, block_id=row["block_id"], cut_on=row["cut_on"])
            block.melting = ledger.is_melting(block.block_id)
            BLOCKS[block.key] = block
    log.info("ice house inventory: %d blocks", len(BLOCKS))
    return len(BLOCKS)


def blocks_in(bay: str) -> list[IceBlock]:
    """The blocks of one bay, oldest cut first."""
    stacked = [block for block in BLOCKS.values() if block.bay == bay]
    stacked.sort(key=lambda block: (block.cut_on, block.block_id))
    return stacked
