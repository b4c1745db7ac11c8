# [tool.wakecheck]
# entry = ["*.KilnMonitor.tick"]
# container-factories = ["*.hire_kiln_box"]

"""Enum members looked up by name (`Firing["COOLING"]`): a constant name is that member, a name
read from the environment may be any of them."""
import enum
import os


class KilnBox:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError


def hire_kiln_box() -> KilnBox:
    return KilnBox()


class Firing(enum.Enum):
    COLD = "cold"
    FIRING = "firing"
    COOLING = "cooling"


class KilnMonitor:
    def __init__(self) -> None:
        self.box = hire_kiln_box()
        self.firing = Firing["COLD"]

    def tick(self) -> None:
        if self.firing is Firing.FIRING:
            self.box.fetch("/kiln/thermocouples")
        requested = Firing[os.environ.get("KILN_MODE", "COLD")]
        if requested is Firing.COOLING:
            self.box.fetch("/kiln/vent")  # expect: WC001
