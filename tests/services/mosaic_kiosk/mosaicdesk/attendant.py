"""The kiosk attendant and its start-up; the mall platform ticks it every two minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .commands import build_commands
from .context import KioskContext
from .handlers import AFTERCARE, handler_for, skip_aftercare
from .kinds import WALK_IN_KINDS
from .press import hire_mosaic_press
from .repository import KioskRepository, PanelJob
from .settings import KioskSettings
from .warmers import WARMERS

log = logging.getLogger(__name__)


class KioskAttendant:
    def __init__(self, ctx: KioskContext) -> None:
        self.ctx = ctx
        self.warmer = WARMERS[ctx.settings.render_mode]()
        self.ticks = 0

    def tick(self) -> None:
        self.ticks += 1
        self.warmer.warm(self.ctx)
        commands = build_commands(self.ctx.repo, self.ctx.settings)
        for command in commands:
            command.execute(self.ctx)
        walk_ins = self.ctx.repo.walk_in_jobs(WALK_IN_KINDS)
        for job in walk_ins:
            self.serve_walk_in(job)
        if self.ctx.repo.kiosk_has_pending_orders():
            self.ctx.press.fetch("/orders/flush", method="POST")
        self.ctx.repo.note_tick(f"tick {self.ticks}: {len(commands)} commands, {len(walk_ins)} walk-ins")

    def serve_walk_in(self, job: PanelJob) -> None:
        handler_cls = handler_for(job.kind)
        handler = handler_cls(self.ctx)
        handler.handle(job)
        aftercare = AFTERCARE.get(job.kind, skip_aftercare)
        aftercare(self.ctx, job)
        self.ctx.served += 1


def open_kiosk(kiosk: str) -> KioskAttendant:
    settings = KioskSettings.from_env(kiosk)
    repo = KioskRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), kiosk)
    press = hire_mosaic_press(settings.press_image)
    log.info("kiosk %s open in %s mode", kiosk, settings.render_mode.value)
    return KioskAttendant(KioskContext(settings, repo, press))
