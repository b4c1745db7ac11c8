import logging

from pewter.box import assay_day, light_casting_box
from pewter.tools import BenchTool

log = logging.getLogger(__name__)


class PewterBench:
    def __init__(self) -> None:
        self.box = light_casting_box()

    def bench_round(self) -> None:
        BenchTool.from_rack("mould", self.box).work()
        if assay_day():
            BenchTool.from_rack("touchmark", self.box).work()
