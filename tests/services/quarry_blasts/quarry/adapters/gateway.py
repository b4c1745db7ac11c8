"""The fragmentation-analysis container and the gateway that talks to it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..core.caps import FragCaps
    from ..core.models import BlastReport

__all__ = ["FragGateway", "QuarryFragBox", "QuarryGatewayError", "open_frag_link", "push_licence_banner"]

log = logging.getLogger(__name__)


class QuarryGatewayError(Exception):
    """The fragmentation box refused a request."""


class QuarryFragBox:
    """The platform's stub for the fragmentation-analysis container (sync client)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def frag_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def open_frag_link(site: str) -> QuarryFragBox:
    log.info("opening the fragmentation link for %s", site)
    return QuarryFragBox()


def push_licence_banner(box: QuarryFragBox, site: str) -> None:
    box.set_env_var("QUARRY_LICENCE_BANNER", f"{site}: licence renewal pending")


class _LinkHolder:
    def __init__(self, *, box: QuarryFragBox, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.box = box


class _SiteScoped:
    def __init__(self, *, site: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.site = site

    def path(self, *parts: str) -> str:
        return "/" + "/".join((self.site, *parts))


class FragGateway(_SiteScoped, _LinkHolder):
    def __init__(self, *, caps: FragCaps, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.caps = caps

    def arm_seismographs(self) -> None:
        self.box.fetch(self.path("seismographs", "arm"), method="POST")

    def sync_vibration_limits(self) -> None:
        log.debug("vibration limits to %s", self.box.frag_serial())
        reply = self.box.fetch(self.path("limits", "vibration"), method="PUT", json={"ppv_mm_s": 6.0})
        if not reply.ok:
            raise QuarryGatewayError(f"vibration limits refused at {self.site}")

    def file_report(self, report: BlastReport) -> bool:
        reply = self.box.fetch(self.path("reports", report.report_id), method="POST", json={"holes": report.holes})
        return bool(reply.ok)

    def sample_dust(self, bench: str) -> None:
        self.box.fetch(self.path("dust", bench), method="POST")

    def flush(self) -> None:
        self.box.fetch(self.path("buffers", "flush"), method="POST")
