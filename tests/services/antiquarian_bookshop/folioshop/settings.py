"""Settings of the catalogue sync."""

from __future__ import annotations

from dataclasses import dataclass, field

import envknobs


@dataclass(frozen=True)
class FolioSyncSettings:
    shop_code: str
    catalogue_dsn: str
    cache_url: str
    # The commands the periodic tick runs, in this order. ``purge_withdrawn`` is
    # deliberately not here: it is run by hand from the operator console.
    tick_commands: tuple[str, ...] = field(
        default=("heartbeat", "push_reprices", "collate_consignments", "reissue_provenance"),
    )
    batch_limit: int = 50


def load_folio_settings(shop_code: str) -> FolioSyncSettings:
    return FolioSyncSettings(
        shop_code=shop_code,
        catalogue_dsn=envknobs.text("FOLIO_STOCK_DSN", "postgres://folios"),
        cache_url=envknobs.text("FOLIO_CACHE_URL", "redis://folios"),
        batch_limit=envknobs.number("FOLIO_BATCH_LIMIT", 50),
    )
