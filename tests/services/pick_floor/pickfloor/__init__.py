"""Pick floor room: runs a warehouse floor's phases against its picker box.

Main idiom: dispatch by ``getattr``: ``getattr(self, "report_heartbeat")()``,
``getattr(self.handlers, f"handle_{kind}")`` with ``kind`` from the constant
tuple ``PHASES``, and ``getattr(obj, name, default)`` both where the attribute
exists (the default is never used) and where it does not (the default runs).
Second idiom: handles held in dataclass fields (``PhaseHandlers`` and
``FloorContext`` carry the box), wired by ``open_floor`` at start-up.
"""
