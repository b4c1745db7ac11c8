"""The buoy container's client, kept in a context variable set at start-up."""
import dataclasses
from contextvars import ContextVar
from dataclasses import dataclass


class BuoyBox:
    async def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the buoy container")


def hire_buoy_box():
    return BuoyBox()


current_box: ContextVar[BuoyBox] = ContextVar("current_box")


def harbour_box():
    return current_box.get()


class Harbour:
    async def survey_due(self):
        return True


@dataclass(frozen=True)
class Watch:
    surveying: bool = False

    def begun(self):
        return dataclasses.replace(self, surveying=True)

    def ended(self):
        return dataclasses.replace(self, surveying=False)
