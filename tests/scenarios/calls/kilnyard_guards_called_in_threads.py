# [tool.wakecheck]
# entry = ["*.KilnYard.run_once"]
# container-factories = ["*.hire_kiln_box"]
# active-guards = ["*.firings_booked"]
# rare = { "*.permit_renewal_due" = "once a year" }

"""Guards, rare predicates and container pushes run in a worker thread are still what they are."""
import asyncio
import logging

log = logging.getLogger(__name__)


class KilnBox:
    def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the kiln container")


def hire_kiln_box():
    return KilnBox()


class YardLedger:
    def __init__(self, db):
        self.db = db

    def firings_booked(self) -> bool:
        return bool(self.db.count("firings"))

    def permit_renewal_due(self) -> bool:
        return bool(self.db.count("permits"))


def push_temperatures(box, kiln):
    box.fetch(f"/kilns/{kiln}/temperatures", method="POST")  # expect: WC001


class KilnYard:
    def __init__(self, db):
        self.ledger = YardLedger(db)
        self.box = hire_kiln_box()

    async def run_once(self):
        loop = asyncio.get_running_loop()
        if await asyncio.to_thread(self.ledger.firings_booked):
            self.box.fetch("/kilns/fire", method="POST")
        if await loop.run_in_executor(None, self.ledger.permit_renewal_due):
            self.box.fetch("/permits/renew", method="POST")  # expect: WC002
        await asyncio.to_thread(push_temperatures, self.box, "west")
        log.info("yard tick done")
