"""What the fragmentation box is asked to do at this site."""

from __future__ import annotations

import enum


class FragCaps(enum.Flag):
    NONE = 0
    SEISMIC = enum.auto()
    VIBRATION = enum.auto()
    DUST = enum.auto()
    ARCHIVE = enum.auto()

    @classmethod
    def for_site(cls, dust_monitor: bool) -> FragCaps:
        caps = cls.SEISMIC | cls.VIBRATION
        if dust_monitor:
            caps |= cls.DUST
        return caps
