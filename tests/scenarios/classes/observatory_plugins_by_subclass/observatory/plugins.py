import logging

from observatory.hardware import mirror_recoat_due, observing_run_booked

log = logging.getLogger(__name__)


class InstrumentPlugin:
    registry: dict = {}

    def __init_subclass__(cls, slot="", **kwargs):
        super().__init_subclass__(**kwargs)
        if slot:
            InstrumentPlugin.registry[slot] = cls

    def __init__(self, view):
        self.view = view

    @classmethod
    def from_config(cls, view):
        log.debug("building %s", cls.__name__)
        return cls(view)

    def service(self):
        log.debug("nothing to service")


class WeatherMast(InstrumentPlugin, slot="weather"):
    def service(self):
        self.view.controller.poll("/mast/wind")  # expect: WC001


class Spectrograph(InstrumentPlugin, slot="spectro"):
    def service(self):
        if observing_run_booked(self.view.site):
            self.view.controller.poll("/spectro/arc-lamp")


class MirrorCell(InstrumentPlugin, slot="mirror"):
    def service(self):
        if mirror_recoat_due(self.view.site):
            self.view.controller.poll("/mirror/recoat")  # expect: WC002
