"""Panel handlers, registered by kind with a class decorator (the render team, 2022)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from .context import KioskContext
from .kinds import PanelKind
from .repository import PanelJob

log = logging.getLogger(__name__)


class GenericPanelHandler:
    """Any kind without a handler of its own gets a plain grid render."""

    def __init__(self, ctx: KioskContext) -> None:
        self.ctx = ctx

    def handle(self, job: PanelJob) -> None:
        log.info("grid render of %s (%s)", job.job_id, job.kind.value)
        self.ctx.press.fetch("/render/grid", method="POST", json={"job": job.job_id, "tiles": job.tiles})


H = TypeVar("H", bound=type[GenericPanelHandler])

PANEL_HANDLERS: dict[PanelKind, type[GenericPanelHandler]] = {}


def renders(kind: PanelKind) -> Callable[[H], H]:
    def register(cls: H) -> H:
        PANEL_HANDLERS[kind] = cls
        return cls
    return register


@renders(PanelKind.PORTRAIT)
class PortraitHandler(GenericPanelHandler):
    def handle(self, job: PanelJob) -> None:
        self.ctx.press.fetch("/render/portrait", method="POST", json={"job": job.job_id, "faces": True})


@renders(PanelKind.LANDSCAPE)
class LandscapeHandler(GenericPanelHandler):
    def handle(self, job: PanelJob) -> None:
        wide = job.tiles * 2
        self.ctx.press.fetch("/render/landscape", method="POST", json={"job": job.job_id, "tiles": wide})


def handler_for(kind: PanelKind) -> type[GenericPanelHandler]:
    return PANEL_HANDLERS.get(kind, GenericPanelHandler)


def frame_portrait(ctx: KioskContext, job: PanelJob) -> None:
    ctx.press.fetch(f"/frames/{job.job_id}", method="POST", json={"style": "oak"})
    ctx.repo.mark_framed(job.job_id)


def bag_samplers(ctx: KioskContext, job: PanelJob) -> None:
    log.info("sampler %s goes in a paper bag", job.job_id)


def skip_aftercare(ctx: KioskContext, job: PanelJob) -> None:
    log.debug("no aftercare for %s", job.kind.value)


AFTERCARE: dict[PanelKind, Callable[[KioskContext, PanelJob], None]] = {
    PanelKind.PORTRAIT: frame_portrait,
    PanelKind.SAMPLER: bag_samplers,
}
