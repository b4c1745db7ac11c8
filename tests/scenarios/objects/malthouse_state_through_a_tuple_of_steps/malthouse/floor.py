import logging

from malthouse.box import germination_running, rake_malt_box
from malthouse.state import FloorState
from malthouse.steps import STEPS

log = logging.getLogger(__name__)


class MaltFloor:
    def __init__(self) -> None:
        self.box = rake_malt_box()
        self._carried: tuple[str, ...] = ()

    def floor_tick(self) -> None:
        state = FloorState(self.box, germinating=germination_running(), to_turn=self._carried)
        for step in STEPS:
            state = step(state)
        self._carried = state.to_turn
        log.info("turned %d couches", len(state.turned))
