from dataclasses import dataclass


@dataclass(frozen=True)
class Resole:
    boot: str
    heel: bool = False


def resoles_waiting() -> list[str]:
    raise NotImplementedError


class BootLedger:
    def pending(self):
        for boot in resoles_waiting():
            yield Resole(boot)

    async def pending_async(self):
        for boot in resoles_waiting():
            yield Resole(boot, heel=True)

    def first_boot(self) -> str | None:
        return next(iter(resoles_waiting()), None)
