"""The kennel's services: census, vet rounds, vaccination desk, release clerk."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from .boxes import VetLabLink
from .records import IntakeLedger, VetRoster

log = logging.getLogger(__name__)


@dataclass
class RoundReport:
    started_at: float
    jobs_run: list[str] = field(default_factory=list)
    rounds_by: list[str] = field(default_factory=list)
    vaccinations_checked: list[str] = field(default_factory=list)
    release_ready: list[str] = field(default_factory=list)


class Boarder:
    __slots__ = ("boarder_id", "species", "status")

    def __init__(self, boarder_id: str, species: str, status: str = "arrived") -> None:
        self.boarder_id = boarder_id
        self.species = species
        self.status = status

    @property
    def needs_vaccination_check(self) -> bool:
        return self.status in ("arrived", "held")


@dataclass
class KennelWard:
    boarders: dict[str, Boarder] = field(default_factory=dict)

    def admit(self, boarder: Boarder) -> None:
        self.boarders.setdefault(boarder.boarder_id, boarder)

    def in_residence(self) -> list[Boarder]:
        return list(self.boarders.values())

    def discharge(self, boarder_id: str) -> None:
        self.boarders.pop(boarder_id, None)


class CensusPoster:
    def __init__(self, ledger: IntakeLedger, link: VetLabLink) -> None:
        self.ledger = ledger
        self.link = link

    def post_census(self, report: RoundReport) -> None:
        boarders = list(self.ledger.boarders_on_file())
        longest = next(self.ledger.longest_stays(), None)
        self.link.box.fetch(VetLabLink.path("census"), method="PUT", json={"count": len(boarders), "longest": longest})
        self.ledger.stamp_census(len(boarders))


class VetRounds:
    def __init__(self, ledger: IntakeLedger, roster: VetRoster, link: VetLabLink) -> None:
        self.ledger = ledger
        self.roster = roster
        self.link = link

    def make_rounds(self, report: RoundReport) -> None:
        vet = next(self.roster.vets_on_call(), None)
        if vet is None:
            log.warning("no vet on call at %s", self.link.site)
            return
        report.rounds_by.append(vet)
        self.link.box.fetch(VetLabLink.path("rounds", vet, "page"), method="POST")
        if self.ledger.kennel_has_isolation_cases():
            self.link.box.fetch(VetLabLink.path("rounds", "isolation"), method="POST", json={"vet": vet})


class VaccinationDesk:
    def __init__(self, ledger: IntakeLedger, link: VetLabLink, ward: KennelWard) -> None:
        self.ledger = ledger
        self.link = link
        self.ward = ward

    def sweep(self, report: RoundReport) -> None:
        for slip in self.ledger.arrivals_awaiting_intake():
            log.info("admitting %s (%s from %s)", slip.boarder_id, slip.species, slip.origin)
            self.ward.admit(Boarder(slip.boarder_id, slip.species))
        for boarder in self.ward.in_residence():
            match boarder.status:
                case "arrived" | "held":
                    self._check(boarder, report)
                case "cleared":
                    report.release_ready.append(boarder.boarder_id)
                case other:
                    log.warning("boarder %s in unknown status %s", boarder.boarder_id, other)

    def _check(self, boarder: Boarder, report: RoundReport) -> None:
        reply = self.link.box.fetch(VetLabLink.path("vaccinations", boarder.boarder_id, "verify"), method="POST")
        boarder.status = "cleared" if reply.ok else "held"
        report.vaccinations_checked.append(boarder.boarder_id)


class ReleaseClerk:
    def __init__(self, link: VetLabLink, ward: KennelWard) -> None:
        self.link = link
        self.ward = ward

    def file_vaccination_summary(self, report: RoundReport) -> None:
        if not report.vaccinations_checked:
            log.debug("no vaccination checks this round")
            return
        self.link.box.fetch(VetLabLink.path("reports", "vaccinations"), method="POST", json={"checked": report.vaccinations_checked})

    def file_board_minutes(self, report: RoundReport) -> None:
        self.link.box.fetch(VetLabLink.path("release", "board-minutes"), method="POST", json={"ready": len(report.release_ready)})
        for boarder_id in report.release_ready:
            self.link.box.fetch(VetLabLink.path("release", boarder_id, "papers"), method="POST")
            self.ward.discharge(boarder_id)
