import logging

log = logging.getLogger(__name__)


class DockClient:
    def __init__(self, name):
        self.name = name

    def ping(self, path):
        log.debug("ping %s %s", self.name, path)


def dock_client(env):
    return DockClient(env["dock"])


def tide_turning(env):
    return env.get("tide", False)
