"""Posts each stall row's price board, again only when its prices moved."""

from __future__ import annotations

import itertools
import logging
from operator import attrgetter

from ..context import StallContext
from ..registry import StallRegistry

log = logging.getLogger(__name__)


def refresh_price_boards(ctx: StallContext) -> None:
    prices = sorted(ctx.ledger.posted_prices())
    if prices:
        log.debug("board of %s opens with %s, cheapest spice %s", ctx.settings.market, prices[0],
                  min(prices, key=attrgetter("per_kilo")).spice)
    for row, group in itertools.groupby(prices, key=attrgetter("stall")):
        board = tuple(group)
        if ctx.posted_boards.get(row) == board:
            continue
        ctx.booths.post_board(row, [price.board_line() for price in board])
        ctx.posted_boards[row] = board


def register(registry: StallRegistry) -> None:
    registry.register("price_boards", refresh_price_boards)
