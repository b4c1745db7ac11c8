import logging

from .container import SmithyContainer

log = logging.getLogger(__name__)


class SmithyWarden:
    def __init__(self, container: SmithyContainer) -> None:
        self.container = container

    def tick(self) -> None:
        self.container.drive().pump()
        self.container.anvils().sync()


def start_smithy() -> SmithyWarden:
    return SmithyWarden(SmithyContainer())
