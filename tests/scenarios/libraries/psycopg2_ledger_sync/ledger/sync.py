import time

from ledger.store import LedgerStore


class LedgerSync:
    def __init__(self, dsn):
        self.store = LedgerStore(dsn)

    def tick(self):
        rows = self.store.latest_entries()
        self.store.archive(rows)
        self.store.scratch_pools()
        time.sleep(300)
