import logging

from tannery.box import drum_recall_issued, rig_drum_box
from tannery.floor import Bench, Drum, TanneryFloor

log = logging.getLogger(__name__)


class HideForeman:
    def __init__(self, floor: TanneryFloor) -> None:
        self.floor = floor

    def shift_tick(self) -> None:
        for bench in self.floor.benches:
            bench.drum.box.fetch(f"/benches/{bench.name}/lamp")  # expect: WC001
            if bench.drum.fresh:
                bench.drum.box.fetch(f"/benches/{bench.name}/warm")  # expect: WC002
                bench.drum.fresh = False
        if any(bench.soaking for bench in self.floor.benches):
            self.floor.benches[0].drum.box.fetch("/drums/turn")
        if drum_recall_issued():
            self.floor.benches[0] = Bench("north", Drum(rig_drum_box(), fresh=True))


def open_tannery() -> HideForeman:
    floor = TanneryFloor()
    for name in ("north", "south"):
        floor.add_bench(Bench(name, Drum(rig_drum_box())))
    return HideForeman(floor)
