"""Render-queue worker.

Idiom: dependency injection. ``create_app`` builds every collaborator and passes
handles and clients to constructors; the poll tick reaches the render node
through attributes several objects deep (``self.health.channel.node``). An archive
channel is wired with no node at all. Second idiom: dataclass fields holding the
node (``NodeChannel``), and ``dataclasses.replace`` making a regional copy.
"""
