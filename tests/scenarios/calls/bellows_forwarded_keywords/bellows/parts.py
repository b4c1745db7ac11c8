"""Cooperative parts: each takes its own keywords and hands the rest on."""
import logging

log = logging.getLogger(__name__)


class BellowsBox:
    def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the bellows container")


def rent_bellows_box():
    return BellowsBox()


def forge_lit(site):
    return bool(site.lit)


class Linked:
    def __init__(self, box=None, **kwargs):
        super().__init__(**kwargs)
        self.box = box


class Named:
    def __init__(self, *, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name


class Nozzle(Named, Linked):
    def __init__(self, bore=3, **kwargs):
        super().__init__(**kwargs)
        self.bore = bore

    def puff(self):
        log.debug("puff %s", self.name)
        self.box.fetch(f"/nozzles/{self.name}/puff", method="POST")  # expect: WC001


class Spare(Linked):
    def __init__(self, **kwargs):
        Linked.__init__(self, **kwargs)

    def idle(self):
        if self.box is not None:
            self.box.fetch("/spare/idle")


def open_valve(*, box, valve, **options):
    return box.fetch(f"/valves/{valve}", **options)  # expect: WC001


def through(**kwargs):
    return open_valve(**kwargs)
