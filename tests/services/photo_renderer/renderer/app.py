"""main(): every collaborator is built here and handed down."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

import kvbox
import stowage

from .channels import ArchiveSync, HealthReporter, NodeChannel, Notifier, ThumbClient, Thumbnailer
from .config import RenderConfig
from .nodes import acquire_render_node
from .poller import RenderPoller
from .repo import JobRepo


@dataclass
class App:
    config: RenderConfig
    poller: RenderPoller


def create_app(env: Mapping[str, str]) -> App:
    config = RenderConfig.load(env)
    repo = JobRepo(stowage.connect(config.dsn))
    primary = NodeChannel(node=acquire_render_node(config), region=config.region)
    # Thumbnails tolerate a slow node; the same node, a longer timeout.
    thumbs = dataclasses.replace(primary, timeout_s=120.0)
    poller = RenderPoller(
        repo=repo,
        notifier=Notifier(primary),
        thumbnailer=Thumbnailer(ThumbClient(thumbs), config.thumbnail_width),
        health=HealthReporter(primary),
        archive=ArchiveSync(NodeChannel(node=None, region="cold")),  # no archive node in this deployment
        cache=kvbox.Cache("redis://render"),
        batch_size=config.batch_size,
    )
    return App(config, poller)
