"""Oven zones: a deck and the band of it a command addresses."""

from __future__ import annotations


class OvenZone:
    """A deck and a band ("hearth", "crown", "proof"); equal zones are interchangeable."""

    __slots__ = ("deck", "band")

    def __init__(self, deck: int, band: str) -> None:
        self.deck = deck
        self.band = band

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OvenZone):
            return NotImplemented
        return (self.deck, self.band) == (other.deck, other.band)

    def __hash__(self) -> int:
        return hash((OvenZone, self.deck, self.band))

    def __repr__(self) -> str:
        return f"OvenZone(deck={self.deck}, band={self.band!r})"

    @property
    def path(self) -> str:
        return f"/decks/{self.deck}/{self.band}"


HALL_ZONE = OvenZone(0, "hall")
