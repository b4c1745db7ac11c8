from dataclasses import dataclass

from malthouse.box import MaltBox


@dataclass(frozen=True)
class FloorState:
    box: MaltBox
    germinating: bool
    to_turn: tuple[str, ...] = ()
    turned: tuple[str, ...] = ()
    inspect: bool = False
    damped: bool = False
