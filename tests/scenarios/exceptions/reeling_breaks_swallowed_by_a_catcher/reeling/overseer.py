import logging

from reeling.box import cocoon_lots_waiting, thread_basin_box
from reeling.breaks import BreakCatcher, FilamentBroke

log = logging.getLogger(__name__)


class BasinOverseer:
    def __init__(self) -> None:
        self.box = thread_basin_box()

    def basin_tick(self) -> None:
        with BreakCatcher(self.box) as catcher:
            reply = self.box.fetch("/basins/1/sample")  # expect: WC001
            if not reply.get("ok"):
                raise FilamentBroke(1)
        if catcher.caught is not None:
            self.box.fetch(f"/basins/{catcher.caught.basin}/retie")  # expect: WC001
        best = max(cocoon_lots_waiting(), key=lambda lot: -lot, default=None)
        if best is not None:
            self.box.fetch(f"/lots/{best}/reel")
