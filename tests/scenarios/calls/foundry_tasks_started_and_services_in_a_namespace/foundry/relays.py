from foundry.box import CupolaBox


class Relay:
    def __init__(self, downstream: "Relay | BellRinger | None") -> None:
        self.downstream = downstream

    async def signal(self, kind: str) -> None:
        if self.downstream is not None:
            await self.downstream.signal(kind)


class BellRinger:
    def __init__(self, box: CupolaBox) -> None:
        self.box = box

    async def signal(self, kind: str) -> None:
        await self.box.fetch(f"/bells/{kind}")  # expect: WC001
