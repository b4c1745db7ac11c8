"""The poll loop's tick: what runs every 30 seconds."""

from __future__ import annotations

import logging

import kvbox

from .channels import ArchiveSync, HealthReporter, Notifier, Thumbnailer
from .nodes import gpu_driver_outdated
from .profile import push_render_profile
from .repo import JobRepo

log = logging.getLogger(__name__)


class RenderPoller:
    def __init__(self, repo: JobRepo, notifier: Notifier, thumbnailer: Thumbnailer,
                 health: HealthReporter, archive: ArchiveSync, cache: kvbox.Cache, batch_size: int) -> None:
        self.repo = repo
        self.notifier = notifier
        self.thumbnailer = thumbnailer
        self.health = health
        self.archive = archive
        self.cache = cache
        self.batch_size = batch_size

    def tick(self) -> None:
        self.health.report()
        if self.repo.render_queue_busy():
            batch = self.repo.next_batch(self.batch_size)
            self.notifier.queue_changed(batch)
        for job in self.repo.stalled_renders():
            self.notifier.restart(job)
        done = self.thumbnailer.run(self.repo.thumbnails_due())
        log.debug("%d thumbnails", done)
        self.archive.sync()
        self.refresh_profile()

    def refresh_profile(self) -> None:
        channel = self.notifier.channel
        if gpu_driver_outdated(self.cache, channel.region):
            push_render_profile(channel.node, {"driver": "latest", "region": channel.region})
