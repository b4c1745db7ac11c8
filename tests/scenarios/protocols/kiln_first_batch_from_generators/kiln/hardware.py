import logging

log = logging.getLogger(__name__)


def attach_kiln_controller(yard_id):
    raise NotImplementedError("provided by the platform")


def firing_scheduled(yard_id):
    raise NotImplementedError("provided by the platform")


def glaze_orders_waiting(yard_id):
    raise NotImplementedError("provided by the platform")


class Thermocouple:
    def __init__(self, controller):
        self.controller = controller

    def sample(self, zone):
        log.debug("sampling %s", zone)
        return self.controller.read_temperature(zone)  # expect: WC001
