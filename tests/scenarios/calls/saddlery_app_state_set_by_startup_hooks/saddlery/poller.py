import logging

from .app import SaddleryApp

log = logging.getLogger(__name__)


class OrderPoller:
    def __init__(self, app: SaddleryApp) -> None:
        self.app = app

    def poll(self) -> None:
        self.app["client"].fetch("/bench/heartbeat")  # expect: WC001
        notifier = self.app.get("notifier")
        if notifier is not None:
            notifier.fetch("/customers/ready")  # expect: WC001
