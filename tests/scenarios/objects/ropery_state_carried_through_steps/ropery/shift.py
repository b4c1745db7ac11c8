import logging

from ropery.jenny import rig_spinning_jenny
from ropery.state import WalkState, gather, twist

log = logging.getLogger(__name__)
STRANDS = ("manila", "hemp")


class RopeWalkShift:
    def __init__(self) -> None:
        self.jenny = rig_spinning_jenny()
        self._carried: tuple[str, ...] = ()
        self.laid = [0] * len(STRANDS)

    def shift_tick(self) -> None:
        self.jenny.fetch("/walk/lamp")  # expect: WC001
        state = WalkState(self.jenny, to_twist=self._carried)
        for _ in range(2):
            state = gather(state)
        self._carried = state.to_twist
        for hank in self._carried:
            self.jenny.fetch(f"/hanks/{hank}/soak")
        state = twist(state)
        if state.twisted:
            self.jenny.fetch("/report", twisted=len(state.twisted))
        for strand, laid in zip(STRANDS, self.laid):
            if laid:
                self.jenny.fetch(f"/strands/{strand}/coil")
                log.info("coiling %s", strand)
