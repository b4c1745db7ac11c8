import logging

log = logging.getLogger(__name__)


def lease_crusher_controller(site):
    raise NotImplementedError("provided by the platform")


def blasting_window_open(site):
    raise NotImplementedError("provided by the platform")


def queued_loads(site):
    raise NotImplementedError("provided by the platform")
