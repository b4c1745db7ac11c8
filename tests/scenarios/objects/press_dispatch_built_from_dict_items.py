# [tool.wakecheck]
# entry = ["*.PressFloor.run_pass"]
# container-factories = ["*.rent_platen_box"]

"""A dispatch table built by a comprehension over `workers.items()` keeps each kind with its
own handler; work items are dataclasses whose `kind` is a `field(compare=False)`."""
from dataclasses import dataclass, field
from typing import Any


class PlatenBox:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError


def rent_platen_box() -> PlatenBox:
    return PlatenBox()


@dataclass(order=True)
class WorkItem:
    priority: int
    kind: str = field(compare=False)
    payload: Any = field(compare=False, default=None)


class RollerWasher:
    def __init__(self, box: PlatenBox) -> None:
        self.box = box

    def handle(self, payload: Any) -> None:
        self.box.fetch("/rollers/wash")  # expect: WC001


class ProofPuller:
    def __init__(self, box: PlatenBox) -> None:
        self.box = box

    def handle(self, payload: Any) -> None:
        self.box.fetch("/proofs/pull")


class PressFloor:
    def __init__(self) -> None:
        box = rent_platen_box()
        workers = {"wash": RollerWasher(box), "proof": ProofPuller(box)}
        self._dispatch = {kind: worker.handle for kind, worker in workers.items()}
        self.kinds = list(workers.keys())

    def run_pass(self) -> None:
        item = WorkItem(9, "wash")
        if item.kind == "proof":
            self._dispatch["proof"](item.payload)
        self._dispatch[item.kind](item.payload)
