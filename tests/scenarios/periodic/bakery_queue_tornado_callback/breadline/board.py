import logging

from tornado.ioloop import IOLoop, PeriodicCallback

from breadline.ovens import oven_service

log = logging.getLogger(__name__)
REFRESH_MS = 10_000


class OrderBoard:
    def __init__(self) -> None:
        self.ovens = oven_service()
        self.refresher = PeriodicCallback(self.refresh_ovens, REFRESH_MS)

    def refresh_ovens(self) -> None:
        temps = self.ovens.temperatures()  # expect: WC001
        log.info("ovens %s", temps)

    def start(self) -> None:
        self.refresher.start()
        IOLoop.current().start()
