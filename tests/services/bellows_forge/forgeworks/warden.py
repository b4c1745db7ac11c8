"""The hearth warden: its tick runs every five minutes."""

from __future__ import annotations

import logging

import stowage

from .container import ForgeContainer
from .repository import ForgeError

log = logging.getLogger(__name__)


class HearthWarden:
    def __init__(self, container: ForgeContainer) -> None:
        self.container = container

    def tick(self) -> None:
        settings = self.container.settings()
        self.container.bellows().pump(settings.blast_seconds)
        self.container.quench_service().cycle_tanks()
        booked = self.container.anvil_desk().sync_bookings()
        log.debug("%d anvil bookings synced", booked)
        try:
            self.container.coal_service().check_stock()
        except stowage.StowageError:
            log.warning("coal stock unreadable; next tick retries")


def create_forge() -> HearthWarden:
    container = ForgeContainer()
    settings = container.settings()
    try:
        container.bellows()
    except ForgeError:
        log.exception("bellows drive misconfigured")
        raise
    box = container.box_client().box
    log.info("forge at %s (box %s) with %s bellows", settings.site, box.forge_site(), settings.bellows_drive)
    return HearthWarden(container)
