import logging

log = logging.getLogger(__name__)


class TelemetryLink:
    def __init__(self, url: str) -> None:
        self.url = url

    def post(self, path: str, body: dict) -> None:
        log.debug("POST %s%s", self.url, path)


def telemetry_link(url: str) -> TelemetryLink:
    return TelemetryLink(url)
