"""Kiosk commands: dataclasses built from rows, each with ``execute(ctx)``."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from .context import KioskContext
from .handlers import handler_for
from .repository import KioskRepository, PanelJob
from .settings import KioskSettings

log = logging.getLogger(__name__)


class KioskCommand(Protocol):
    def execute(self, ctx: KioskContext) -> None: ...


@dataclass(frozen=True)
class ReprintPanel:
    request_id: str
    panel: str

    def execute(self, ctx: KioskContext) -> None:
        log.info("reprint %s of panel %s", self.request_id, self.panel)
        ctx.press.fetch(f"/panels/{self.panel}/reprint", method="POST")


@dataclass(frozen=True)
class RenderQueuedPanel:
    job: PanelJob

    def execute(self, ctx: KioskContext) -> None:
        handler = handler_for(self.job.kind)(ctx)
        handler.handle(self.job)
        ctx.served += 1


@dataclass(frozen=True)
class RotateWindowGallery:
    slots: int = 6

    def execute(self, ctx: KioskContext) -> None:
        if not ctx.repo.gallery_refresh_ordered():
            return
        ctx.press.fetch("/gallery/rotate", method="POST", json={"slots": self.slots})


def build_commands(repo: KioskRepository, settings: KioskSettings) -> list[KioskCommand]:
    commands: list[KioskCommand] = [ReprintPanel(r.request_id, r.panel) for r in repo.reprint_requests()[: settings.reprint_limit]]
    commands.extend(RenderQueuedPanel(job) for job in repo.queued_panel_jobs())
    commands.append(RotateWindowGallery())
    return commands
