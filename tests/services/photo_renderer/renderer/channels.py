"""Typed ways to talk to a render node; each holds the node in a dataclass field."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from .repo import RenderJob

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NodeChannel:
    node: Any
    region: str
    timeout_s: float = 30.0


class ThumbClient:
    def __init__(self, channel: NodeChannel) -> None:
        self.channel = channel

    def render(self, job: RenderJob, width: int) -> None:
        self.channel.node.post("/thumbnails", {"asset": job.asset, "width": width})


class Thumbnailer:
    def __init__(self, client: ThumbClient, width: int) -> None:
        self.client = client
        self.width = width

    def run(self, jobs: list[RenderJob]) -> int:
        for job in jobs:
            self.client.render(job, self.width)
        return len(jobs)


class Notifier:
    def __init__(self, channel: NodeChannel) -> None:
        self.channel = channel

    def queue_changed(self, batch: list[RenderJob]) -> None:
        self.channel.node.post("/queue", [job.job_id for job in batch])

    def restart(self, job: RenderJob) -> None:
        self.channel.node.post(f"/jobs/{job.job_id}/restart")


class HealthReporter:
    def __init__(self, channel: NodeChannel) -> None:
        self.channel = channel

    def report(self) -> None:
        log.debug("node labels %s", self.channel.node.labels())
        self.channel.node.post("/health", {"region": self.channel.region})


class ArchiveSync:
    """Copies finished renders to cold storage through its own node, when one is wired."""

    def __init__(self, channel: NodeChannel) -> None:
        self.channel = channel

    def sync(self) -> None:
        if self.channel.node is None:
            return
        self.channel.node.post("/archive/sync")
