# [tool.wakecheck]
# entry = ["*.Chandlery.tick"]
# container-factories = ["*.rent_chandlery_box"]
# active-guards = ["*.ships_provisioning"]

"""Lists kept on self and grown in place under another name: `+=` on an alias, `map(xs.append, ...)`."""
import logging

log = logging.getLogger(__name__)


class ChandleryBox:
    def fetch(self, path):
        raise NotImplementedError("talks to the chandlery container")


def rent_chandlery_box():
    return ChandleryBox()


def ships_provisioning(store):
    return bool(store.orders)


class Chandlery:
    def __init__(self, ledger):
        self.ledger = ledger
        self.box = rent_chandlery_box()
        self.orders = []
        self.ropes = []
        self.tallies = []
        self.hooks = []

    def stocktake(self):
        if ships_provisioning(self):
            self.ropes.append("manila")
            self.tallies.append("lanyard")
            self.hooks.append("gaff")
        shelf = self.ropes
        shelf += ["hemp"]
        list(map(self.tallies.append, ["canvas"]))

    def tick(self):
        self.stocktake()
        if self.ropes:
            self.box.fetch("/ropes/count")  # expect: WC001
        if self.tallies:
            self.box.fetch("/tallies")  # expect: WC001
        if self.hooks:
            self.box.fetch("/hooks")
        log.debug("chandlery tick done")
