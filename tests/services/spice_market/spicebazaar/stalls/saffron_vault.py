"""Weighs the saffron in the vault whenever a seal has been broken."""

from __future__ import annotations

import logging

from ..context import StallContext
from ..registry import StallRegistry

log = logging.getLogger(__name__)

INNER_VAULT = "inner"


def check_saffron_vault(ctx: StallContext) -> None:
    with ctx.ledger.cursor() as cursor:
        if not cursor.saffron_vault_unsealed():
            return
        log.info("a saffron seal is broken at %s: weighing", ctx.settings.market)
        ctx.booths.weigh_saffron(INNER_VAULT)


def register(registry: StallRegistry) -> None:
    registry.register("saffron_vault", check_saffron_vault)
