import logging

from capstan.batteries import SETTINGS, CapstanBattery
from capstan.box import rig_capstan_box

log = logging.getLogger(__name__)


def open_capstans() -> CapstanBattery:
    battery = CapstanBattery.create(SETTINGS["capstan"]["kind"], rig_capstan_box())
    log.info("capstan battery %s", type(battery).__name__)
    return battery
