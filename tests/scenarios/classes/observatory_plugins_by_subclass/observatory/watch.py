import logging

from observatory.hardware import ControllerLease, LeaseView, reserve_dome_controller
from observatory.plugins import InstrumentPlugin

log = logging.getLogger(__name__)


class NightWatch:
    def __init__(self, site):
        self.site = site
        self.view = LeaseView(ControllerLease(reserve_dome_controller(site), site))

    async def alarm(self):
        for slot, plugin_class in sorted(InstrumentPlugin.registry.items()):
            log.info("servicing %s", slot)
            plugin_class.from_config(self.view).service()
        self.view.controller.heartbeat(self.site)  # expect: WC001
