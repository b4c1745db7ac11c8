from typing import Protocol, runtime_checkable


@runtime_checkable
class Beating(Protocol):
    def beat_error_ms(self) -> float: ...


@runtime_checkable
class Striking(Protocol):
    def strike_train(self) -> str: ...


class DeadbeatRegulator:
    __slots__ = ("clock_id",)

    def __init__(self, clock_id: str) -> None:
        self.clock_id = clock_id

    def beat_error_ms(self) -> float:
        return 0.4


class SlaveDial:
    def __init__(self, clock_id: str) -> None:
        self.clock_id = clock_id
