# [tool.wakecheck]
# entry = ["*.InkWarden.bell_tick"]
# container-factories = ["*.rent_ink_box"]
# active-guards = ["*.ink_curing"]

"""An enum whose members answer through their own methods and attributes: `stage.is_terminal()`
runs with `self` the member (`self in (...)` decided), `stage.value` and `stage.name` are the member's."""
import enum
import logging

log = logging.getLogger(__name__)


class InkBox:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError


def rent_ink_box() -> InkBox:
    return InkBox()


def ink_curing() -> bool:
    raise NotImplementedError


class InkStage(enum.Enum):
    CURING = "curing"
    SETTLED = "settled"
    SPOILED = "spoiled"

    def is_terminal(self) -> bool:
        return self in (InkStage.SETTLED, InkStage.SPOILED)

    def is_spoiled(self) -> bool:
        return self is InkStage.SPOILED

    @classmethod
    def observe(cls, curing: bool) -> "InkStage":
        return cls.CURING if curing else cls.SETTLED


class InkWarden:
    def __init__(self) -> None:
        self.box = rent_ink_box()

    def bell_tick(self) -> None:
        stage = InkStage.observe(ink_curing())
        log.info("ink stage %s", stage.name)
        if not stage.is_terminal():
            self.box.fetch("/ink/stir")
        if stage.value == "settled":
            self.box.fetch("/ink/seal")  # expect: WC001
        if stage.name == "CURING":
            self.box.fetch("/ink/sample")
        if stage.is_spoiled():
            self.box.fetch("/ink/discard")
