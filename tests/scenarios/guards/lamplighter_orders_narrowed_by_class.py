# [tool.wakecheck]
# entry = ["*.LamplighterRound.round"]
# container-factories = ["*.hire_lamp_box"]
# active-guards = ["*.crews_aloft"]

"""A list mixing order classes: `isinstance` and a `match` class pattern keep, on each edge, the
orders of the class they admit, so a field only one class has is read from that class."""
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


class LampBox:
    async def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the lamp container")


def hire_lamp_box():
    return LampBox()


class Guild:
    async def crews_aloft(self):
        return True


@dataclass(frozen=True)
class RollCall:
    ward: str


@dataclass(frozen=True)
class LadderCheck:
    crew: int
    aloft: bool


class LamplighterRound:
    def __init__(self):
        self.box = hire_lamp_box()
        self.guild = Guild()

    async def round(self):
        orders = [RollCall("north"), LadderCheck(3, await self.guild.crews_aloft())]
        for order in orders:
            match order:
                case LadderCheck(crew, True):
                    await self.box.fetch(f"/crews/{crew}/ladders")
                case RollCall(ward):
                    await self.box.fetch(f"/wards/{ward}/roll-call")  # expect: WC001
        for order in orders:
            if isinstance(order, LadderCheck) and order.aloft:
                await self.box.fetch("/crews/aloft")
        log.debug("round done")
