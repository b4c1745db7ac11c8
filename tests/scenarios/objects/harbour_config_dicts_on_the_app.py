# [tool.wakecheck]
# entry = ["*.harbour_tick"]
# container-factories = ["*.moor_harbour_box"]

"""Dicts kept on an object: a literal nothing fills holds its keys only; one filled elsewhere holds anything."""
import logging

log = logging.getLogger(__name__)


class HarbourBox:
    def fetch(self, path):
        raise NotImplementedError("talks to the harbour container")


def moor_harbour_box():
    return HarbourBox()


class Harbour:
    def __init__(self):
        self.box = moor_harbour_box()
        self.config = {"region": "solent", "tide_table": "spring"}
        self.overrides = {}
        self.sightings = {}

    def on_sighting(self, vessel):
        self.sightings[vessel] = True


harbour = Harbour()


def harbour_tick():
    if harbour.config.get("dredge_between_tides", False):
        harbour.box.fetch("/dredge")
    if harbour.config.get("region"):
        harbour.box.fetch("/region/heartbeat")  # expect: WC001
    if harbour.overrides.get("pilot"):
        harbour.box.fetch("/pilot")  # expect: WC001
    if harbour.sightings.get("ferry"):
        harbour.box.fetch("/sightings")  # expect: WC001
    log.debug("harbour tick done")
