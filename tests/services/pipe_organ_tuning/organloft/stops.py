"""The concrete ranks of the cathedral organ."""

from __future__ import annotations

import logging

from .ranks import Rank

log = logging.getLogger(__name__)


class Diapason(Rank, stop="8ft"):
    """The reference rank: its middle A is sounded every round for the others to tune to."""

    def tune(self) -> None:
        self.chest.fetch("/ranks/8ft/reference-pitch", method="POST", json={"note": "a1"})


class Principal(Rank, stop="4ft"):
    """Tuned pipe by pipe, only the pipes the microphones found drifted."""

    def tune(self) -> None:
        for pipe in self.ledger.drifted_pipes(self.stop):
            log.info("retuning %s %s (%+.1f cents)", pipe.stop, pipe.note, pipe.cents)
            self.chest.fetch(f"/ranks/4ft/pipes/{pipe.note}/slide", method="PUT", json={"cents": -pipe.cents})


class Bourdon(Rank, stop="16ft"):
    """The stopped flue speaks slowly: its speech is checked only while someone plays."""

    def tune(self) -> None:
        if not self.ledger.organist_at_console():
            super().tune()
            return
        self.chest.fetch("/ranks/16ft/speech-check", method="POST")


class Trompette(Rank, stop="8ft reed"):
    """Reeds drift with the weather; they are left alone (the curator tunes them by hand)."""
