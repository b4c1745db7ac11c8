"""The sync's start-up (``start_folio_sync``), then the catalogue syncer's ten-minute tick."""

from folioshop.syncer import start_folio_sync


def run(host):
    syncer = host.start(start_folio_sync, "charing-cross")
    host.ticks(syncer.tick)
