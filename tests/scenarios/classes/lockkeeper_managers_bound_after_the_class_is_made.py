# [tool.wakecheck]
# entry = ["*.LockKeeper.tick"]
# container-factories = ["*.hire_sluice_box"]

"""Objects kept on a class are bound to it after it is made (`__set_name__`, a hook in `__init_subclass__`):
what their `__init__` stored is not what a later tick reads."""
import logging

log = logging.getLogger(__name__)


class SluiceBox:
    def fetch(self, path):
        raise NotImplementedError("talks to the sluice container")


def hire_sluice_box():
    return SluiceBox()


class NamedSluice:
    def __init__(self):
        self.owner = None

    def __set_name__(self, owner, name):
        self.owner = owner

    def open(self):
        if self.owner is None:
            raise LookupError("not installed on a lock")
        hire_sluice_box().fetch(f"/sluices/{self.owner.__name__}")  # expect: WC001


class PaddleGear:
    def __init__(self):
        self.lock = None

    def install(self, lock):
        self.lock = lock

    def wind(self):
        if self.lock is None:
            raise LookupError("not installed on a lock")
        hire_sluice_box().fetch("/paddles/wind")  # expect: WC001


class Lock:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.paddles.install(cls)


class FlightLock(Lock):
    sluice = NamedSluice()
    paddles = PaddleGear()


class LockKeeper:
    def tick(self):
        FlightLock.sluice.open()
        FlightLock.paddles.wind()
        log.debug("lock tick done")
