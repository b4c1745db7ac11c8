# [tool.wakecheck]
# entry = ["*.RivetShop.tick"]
# container-factories = ["*.lease_rivet_box"]

"""A list a database driver fills (`fetch_into(sql, rows)`) holds what the driver put there; `closing(obj)` runs
`obj.close()` when the block ends."""
import contextlib
import logging

import rivetdb

log = logging.getLogger(__name__)


class RivetBox:
    def fetch(self, path):
        raise NotImplementedError("talks to the rivet container")


def lease_rivet_box():
    return RivetBox()


class GaugeLog:
    def __init__(self, box):
        self.box = box

    def close(self):
        self.box.fetch("/gauges/close")  # expect: WC001


class RivetShop:
    def __init__(self, dsn):
        self.box = lease_rivet_box()
        self.db = rivetdb.connect(dsn)

    def tick(self):
        rows = []
        self.db.fetch_into("SELECT id FROM rivets WHERE loose", rows)
        for row in rows:
            self.box.fetch(f"/rivets/{row}")  # expect: WC001
        spare = []
        if spare:
            self.box.fetch("/rivets/spare")
        with contextlib.closing(GaugeLog(self.box)) as gauges:
            log.debug("gauges open: %s", gauges)
