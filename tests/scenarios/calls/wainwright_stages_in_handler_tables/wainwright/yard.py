import enum
import logging

from wainwright.box import axle_recall_issued, hitch_yard_box
from wainwright.orders import ORDER_HANDLERS, AxleRecall, Grease, Recall

log = logging.getLogger(__name__)


class Stage(enum.Enum):
    ROUNDS = "rounds"
    REWHEEL = "rewheel"


class WagonYard:
    def __init__(self) -> None:
        self.box = hitch_yard_box()
        self.stage = Stage.ROUNDS
        self.stage_handlers = {Stage.ROUNDS: self._rounds, Stage.REWHEEL: self._rewheel}

    def yard_tick(self) -> None:
        self.box.fetch("/yard/lamp")  # expect: WC001
        stage, self.stage = self.stage, Stage.ROUNDS
        self.stage_handlers[stage]()
        orders = [Grease("w1")]
        if axle_recall_issued():
            orders.append(Recall("w2"))
        for order in orders:
            ORDER_HANDLERS[type(order)](order)
        if AxleRecall.pending:
            self.box.fetch("/axles/recall", count=AxleRecall.pending)  # expect: WC002
            AxleRecall.pending = 0

    def _rounds(self) -> None:
        if axle_recall_issued():
            self._plan_rewheel()

    def _plan_rewheel(self) -> None:
        self.stage = Stage.REWHEEL

    def _rewheel(self) -> None:
        self.box.fetch("/wagons/rewheel")  # expect: WC002
