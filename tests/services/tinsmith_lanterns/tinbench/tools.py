"""The tools hanging on the bench's rack: a class-level registry filled by a class decorator."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import ClassVar, TypeVar

from .wiring import BenchKit

log = logging.getLogger(__name__)

ToolT = TypeVar("ToolT", bound="type[BenchTool]")


class UnknownToolError(Exception):
    """No tool hangs on the rack under that name."""


class BenchTool:
    _rack: ClassVar[dict[str, type[BenchTool]]] = {}
    hook: ClassVar[str] = ""

    def __init__(self, kit: BenchKit) -> None:
        self.kit = kit

    @classmethod
    def hang(cls, hook: str) -> Callable[[ToolT], ToolT]:
        def on_hook(tool_cls: ToolT) -> ToolT:
            tool_cls.hook = hook
            cls._rack[hook] = tool_cls
            return tool_cls

        return on_hook

    @classmethod
    def from_rack(cls, hook: str, kit: BenchKit) -> BenchTool:
        try:
            tool_cls = cls._rack[hook]
        except KeyError:
            raise UnknownToolError(hook) from None
        log.debug("took the %s from the rack", hook)
        return tool_cls(kit)

    async def work(self, piece: str) -> None:
        raise NotImplementedError


@BenchTool.hang("iron")
class SolderingIron(BenchTool):
    async def work(self, piece: str) -> None:
        tip_c = await self.kit.hub.settle(f"{self.kit.bench_id}/iron-tip")
        log.debug("iron tip settled at %.0f for %s", tip_c, piece)
        await self.kit.box.tin_the_tip(piece=piece, tip_c=tip_c)


@BenchTool.hang("flux")
class FluxBrush(BenchTool):
    async def work(self, piece: str) -> None:
        await self.kit.box.brush_flux(piece=piece)


@BenchTool.hang("mallet")
class SeamingMallet(BenchTool):
    async def work(self, piece: str) -> None:
        await self.kit.box.crimp_seam(piece=piece)


@BenchTool.hang("burnisher")
class HallmarkBurnisher(BenchTool):
    async def work(self, piece: str) -> None:
        await self.kit.box.stamp_hallmark(piece=piece, mark=self.kit.settings.hallmark)
