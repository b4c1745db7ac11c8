"""Photo-mosaic kiosk: renders walk-in panels, reprints, and the shop-window gallery.

Main idiom: dispatch driven by data and configuration. Handler classes are registered
into the module-level ``PANEL_HANDLERS`` dict (keyed by the ``PanelKind`` enum) by a
class decorator, ``@renders(kind)``, and looked up with ``.get(kind, GenericPanelHandler)``
from each work item's kind; the warm-up class comes from ``WARMERS``, a dict keyed by
the ``RenderMode`` enum, indexed with the mode the settings chose; an ``AFTERCARE`` dict
of functions is called through ``.get(kind, skip_aftercare)``. Commands are frozen
dataclasses with ``execute(self, ctx)``, built from rows (reprint requests, queued
jobs) plus one scheduled command, and run in the tick over a heterogeneous list.
Second idioms: a frozen settings dataclass with a ``from_env`` classmethod, a
``KioskContext`` dataclass passed to every command, a repository on ``stowage``.

Bugs: the full-render warmer warms the press on every tick, and reprint requests and
walk-in panels (the portrait handler, the generic grid handler, the portrait framing
aftercare) wake the press on an idle kiosk. The preview warmer and the order flush are
gated by the active guard; the landscape handler is reached only from the queued jobs.
"""
