"""A port's sailing desk; the platform fires its alarm every five minutes."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

import kvbox
import stowage

from .manifests import BoxPair, ManifestLease, book_manifest_box
from .sailings import Sailing, SailingBook, harbour_tariff_updated
from .settings import BOX_ROLES, PortSettings

log = logging.getLogger(__name__)


class SailingDesk:
    def __init__(self, settings: PortSettings, book: SailingBook, pair: BoxPair, boxes: tuple[Any, ...]) -> None:
        self.settings = settings
        self.book = book
        self.pair = pair
        self.boxes = boxes

    def lease(self) -> tuple[Any, int]:
        return self.pair.primary, self.settings.lease_ttl_s

    def overbooking_view(self) -> tuple[Any, list[Sailing]]:
        return self.pair.primary, self.book.overbooked_sailings()

    def alarm(self) -> None:
        box, ttl = self.lease()
        box.fetch("/manifests/keepalive", method="PUT", json={"ttl": ttl})
        self.rotate_roles()
        head, *tail = self.boxes
        self.board(head)
        self.audit(tail)
        lease = ManifestLease(box, ttl, "overbooking")
        self.resolve_overbooking()
        self.apply_tariff(dataclasses.replace(lease, purpose="tariff"))

    def rotate_roles(self) -> None:
        primary, standby = self.pair
        if standby is not None:
            standby.fetch("/roles/standby-sync", method="POST")
        primary, standby = standby, primary
        if standby is not None:
            standby.fetch("/roles/drain", method="POST")

    def board(self, head: Any) -> None:
        if self.book.sailings_boarding():
            head.fetch("/boarding/open", method="POST")

    def audit(self, boxes: list[Any]) -> None:
        for box in boxes:
            box.fetch("/manifests/audit", method="POST")

    def resolve_overbooking(self) -> None:
        box, overbooked = self.overbooking_view()
        for sailing in overbooked:
            box.fetch(f"/sailings/{sailing.sailing_id}/rebook", method="POST")

    def apply_tariff(self, lease: ManifestLease) -> None:
        if harbour_tariff_updated(self.book.cache, self.settings.port):
            log.info("lease for %s", lease.purpose)
            lease.box.set_env_var("HARBOUR_TARIFF", "updated")


def open_desk(port: str) -> SailingDesk:
    settings = PortSettings.for_port(port)
    book = SailingBook(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url))
    boxes = tuple(book_manifest_box(port, role) for role in BOX_ROLES)
    log.info("desk at %s for %s", port, boxes[0].vessel_code())
    return SailingDesk(settings, book, BoxPair(boxes[0], None), boxes)
