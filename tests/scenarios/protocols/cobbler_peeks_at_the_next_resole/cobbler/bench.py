import logging

from cobbler.lastbox import lasting, summon_last_box
from cobbler.ledger import BootLedger

log = logging.getLogger(__name__)


class CobblerBench:
    def __init__(self) -> None:
        self.box = summon_last_box()
        self.ledger = BootLedger()

    async def bench_round(self) -> None:
        self.box.fetch("/bench/heartbeat")  # expect: WC001
        head = next(self.ledger.pending(), None)
        if head is not None:
            with lasting(self.box, head.boot) as box:
                box.fetch(f"/boots/{head.boot}/resole")
        boot = self.ledger.first_boot()
        if boot:
            self.box.fetch(f"/boots/{boot}/inspect")
        heel = await anext(self.ledger.pending_async(), None)
        if heel is None:
            log.info("no heel to mend")
            return
        self.box.fetch(f"/boots/{heel.boot}/heel")
