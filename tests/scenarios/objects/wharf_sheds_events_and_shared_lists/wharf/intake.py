"""Manifests the harbour delivers: the framework calls on_manifest, nothing in the project does."""
import logging

log = logging.getLogger(__name__)


class ManifestDrain:
    def __init__(self, backlog):
        self.backlog = backlog

    def on_manifest(self, manifest):
        log.info("manifest %s queued", manifest)
        self.backlog.append(manifest)
