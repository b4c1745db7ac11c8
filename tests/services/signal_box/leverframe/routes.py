"""The route book: set routes, panel requests, the lamp proving rota, the panel bus."""

import logging

import kvbox
import stowage

try:
    import queuebus
except ImportError:  # boxes without the panel bus poll the database only
    queuebus = None

log = logging.getLogger(__name__)


class RouteBook(object):
    __slots__ = ("db", "cache", "box", "bus")

    def __init__(self, db, cache, box, bus):
        self.db = db
        self.cache = cache
        self.box = box
        self.bus = bus

    @staticmethod
    def open(dsn, cache_url, box, topic):
        bus = queuebus.Subscriber(topic) if queuebus is not None else None
        return RouteBook(stowage.connect(dsn), kvbox.Cache(cache_url), box, bus)

    def route_is_set(self):
        return self.db.fetch_value("SELECT count(*) FROM routes WHERE state = 'set'") > 0

    def pending_route_requests(self):
        return self.db.fetch_all("SELECT id, signal FROM route_requests WHERE NOT served")

    def lamp_proving_due(self):
        return self.cache.get("leverframe:%s:lamp-proving" % self.box) is not None

    def drain_bus(self):
        if self.bus is None:
            return 0
        messages = self.bus.poll()
        for message in messages:
            message.ack()
        return len(messages)
