"""The vat-console container, and the thin client the tasks use."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class TanneryVatBox:
    """The platform's stub for the vat-console container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def console_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def hail_vat_box(site: str) -> TanneryVatBox:
    log.info("hailing the vat console at %s", site)
    return TanneryVatBox()


class VatConsole:
    def __init__(self, site: str) -> None:
        self.site = site
        self.box = hail_vat_box(site)

    def rotate_drums(self) -> Any:
        return self.box.fetch("/drums/rotate", method="POST")

    def probe_liquor(self, kind: str, probe: str) -> Any:
        return self.box.fetch(f"/liquor/{kind}/{probe}", method="GET")

    def recalibrate(self, kind: str) -> Any:
        return self.box.fetch(f"/liquor/{kind}/recalibrate", method="POST")

    def read_colour(self, kind: str) -> Any:
        return self.box.fetch(f"/liquor/{kind}/colour", method="GET")

    def drain(self, vat_id: str) -> Any:
        return self.box.fetch(f"/vats/{vat_id}/drain", method="POST")

    def publish_grades(self, grade_set: str) -> Any:
        return self.box.fetch(f"/grading/{grade_set}", method="PUT")

    def reseed_culture(self, kind: str) -> Any:
        return self.box.fetch(f"/liquor/{kind}/reseed", method="POST")
