# [tool.wakecheck]
# entry = ["*.TollIntake.collect", "*.TollJanitor.sweep"]
# container-factories = ["*.hire_toll_box"]
# empty-on-idle = { "*.pending_toll_tickets" = "zero toll tickets waiting" }

"""A `__new__` singleton: every `TollRegistry()` is the one object `__new__` made and kept on the
class; what one entry stores in it on idle ticks, the other reads (nothing here: its dict stays empty)."""
import logging

log = logging.getLogger(__name__)


class TollBox:
    def fetch(self, path, method="GET", json=None):
        raise NotImplementedError("talks to the toll container")


def hire_toll_box():
    return TollBox()


class TollRegistry:
    _the_one = None

    def __new__(cls):
        if cls._the_one is None:
            made = super().__new__(cls)
            made.gates = {}
            made.replays = []
            cls._the_one = made
        return cls._the_one

    def __init__(self):
        log.debug("registry asked for")


class TollLedger:
    def pending_toll_tickets(self):
        return [("north", 3)]


class TollIntake:
    def __init__(self):
        self.ledger = TollLedger()

    def collect(self):
        registry = TollRegistry()
        for gate, count in self.ledger.pending_toll_tickets():
            registry.gates[gate] = count
        registry.replays.append("collected")


class TollJanitor:
    def __init__(self):
        self.box = hire_toll_box()

    def sweep(self):
        for gate, count in list(TollRegistry().gates.items()):
            self.box.fetch(f"/gates/{gate}", method="PUT", json={"count": count})
        for gate in TollRegistry().gates:
            self.box.fetch(f"/gates/{gate}/open", method="POST")
        if TollRegistry().replays:
            self.box.fetch("/replays", method="POST")  # expect: WC001
        self.box.fetch("/heartbeat")  # expect: WC001
