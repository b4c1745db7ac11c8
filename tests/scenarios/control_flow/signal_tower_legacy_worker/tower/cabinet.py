import logging

log = logging.getLogger(__name__)


def attach_relay_cabinet(site):
    raise NotImplementedError("provided by the platform")


def trains_approaching(site):
    raise NotImplementedError("provided by the platform")


def queued_route_requests(site):
    raise NotImplementedError("provided by the platform")
