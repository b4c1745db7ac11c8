import logging
from typing import ClassVar

from pewter.box import CastingBox

log = logging.getLogger(__name__)


class BenchTool:
    _rack: ClassVar[dict[str, type["BenchTool"]]] = {}

    def __init__(self, box: CastingBox) -> None:
        self.box = box

    @classmethod
    def hang(cls, hook: str):
        def on_hook(tool_cls: type["BenchTool"]) -> type["BenchTool"]:
            cls._rack[hook] = tool_cls
            log.debug("hung %s on %s", tool_cls.__name__, hook)
            return tool_cls
        return on_hook

    @classmethod
    def from_rack(cls, hook: str, box: CastingBox) -> "BenchTool":
        return cls._rack[hook](box)

    def work(self) -> None:
        raise NotImplementedError


@BenchTool.hang("mould")
class Mould(BenchTool):
    def work(self) -> None:
        self.box.fetch("/moulds/warm")  # expect: WC001


@BenchTool.hang("touchmark")
class Touchmark(BenchTool):
    def work(self) -> None:
        self.box.fetch("/touchmarks/strike")  # expect: WC002
