"""Casks, hoop orders, the climate log and the gauging schedule."""

import logging

import stowage

try:
    import kvbox
except ImportError:  # the cache was optional until 2019
    kvbox = None

log = logging.getLogger(__name__)


class CaskRow(object):
    __slots__ = ("cask_id", "toast")

    def __init__(self, cask_id, toast):
        self.cask_id = cask_id
        self.toast = toast

    @staticmethod
    def from_row(row):
        return CaskRow(row["id"], row["toast"])


class CooperageStore(object):
    __slots__ = ("db", "cache", "cooperage")

    def __init__(self, db, cache, cooperage):
        self.db = db
        self.cache = cache
        self.cooperage = cooperage

    @staticmethod
    def connect(dsn, cache_url, cooperage):
        cache = kvbox.Cache(cache_url) if kvbox is not None else None
        return CooperageStore(stowage.connect(dsn), cache, cooperage)

    def cooperage_has_raised_casks(self):
        return self.db.fetch_value("SELECT count(*) FROM casks WHERE state = 'raised'") > 0

    def casks_awaiting_toast(self):
        rows = self.db.fetch_all("SELECT id, toast FROM casks WHERE NOT toasted")
        return [CaskRow.from_row(r) for r in rows]

    def next_hoop_order(self):
        return self.db.fetch_one("SELECT id FROM hoop_orders WHERE NOT driven LIMIT 1")

    def cooper_gauging_due(self):
        if self.cache is None:
            return False
        return self.cache.get("cooperage:%s:gauging" % self.cooperage) is not None

    def climate_reading(self):
        row = self.db.fetch_one("SELECT humidity, temp FROM climate ORDER BY at DESC LIMIT 1")
        if row is None:
            return {}
        return {"humidity": row["humidity"], "temp": row["temp"]}

    def record_tick(self, kind):
        try:
            self.db.execute("INSERT INTO cooperage_ticks (kind) VALUES ($1)", kind)
        except stowage.StowageError as exc:
            log.warning("tick not recorded: %s", exc)
            return False
        return True
