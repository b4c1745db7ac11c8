# [tool.wakecheck]
# entry = ["*.SiloSweep.sweep"]
# container-factories = ["*.hire_silo_box"]
# rare = { "*.fumigation_window_open" = "only in the fumigation window" }

"""Listeners registered under `(Model, "after_insert")` keys, looked up by `type(obj)`: each
object runs the listeners of its own class."""
import logging

log = logging.getLogger(__name__)


class SiloBox:
    def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the silo container")


def hire_silo_box():
    return SiloBox()


_LISTENERS = {}


def listen(model, event, fn):
    _LISTENERS.setdefault((model, event), []).append(fn)


def dispatch(event, box, target):
    for fn in _LISTENERS.get((type(target), event), ()):
        fn(box, target)


class SweepLog:
    pass


class FumigationNotice:
    pass


def record_sweep(box, target):
    box.fetch("/sweeps", method="POST")  # expect: WC001


def announce_fumigation(box, target):
    box.fetch("/fumigation", method="POST")  # expect: WC002


listen(SweepLog, "after_insert", record_sweep)
listen(FumigationNotice, "after_insert", announce_fumigation)


class Ledger:
    def fumigation_window_open(self):
        return True


class SiloSweep:
    def __init__(self):
        self.box = hire_silo_box()
        self.ledger = Ledger()

    def sweep(self):
        pending = [SweepLog()]
        if self.ledger.fumigation_window_open():
            pending.append(FumigationNotice())
        for obj in pending:
            dispatch("after_insert", self.box, obj)
