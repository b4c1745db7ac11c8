"""The track marshal: its lap tick runs every minute; ``open_velodrome`` is the start-up."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import kvbox
import stowage

from .boxes import VelodromeError
from .consoles import LightingConsole, ScoreboardConsole, TimingConsole
from .lighting import TRACK_GROUPS, LightingDirector, SectionLightingMap
from .repository import LapRepository
from .settings import TrackSettings

log = logging.getLogger(__name__)


class VelodromeMarshal:
    def __init__(self, settings: TrackSettings, repo: LapRepository, director: LightingDirector,
                 timing: TimingConsole, lighting: LightingConsole, scoreboard: ScoreboardConsole) -> None:
        self.settings = settings
        self.repo = repo
        self.director = director
        self.timing = timing
        self.lighting = lighting
        self.scoreboard = scoreboard

    def lap_tick(self) -> None:
        self.timing.publish_heartbeat(self.settings.venue)
        posted = self.post_splits()
        if self.repo.heat_on_the_boards():
            self.timing.sync_gate_clocks(self.settings.heat_distance_m)
        for cue in self.director.cues():
            self.lighting.apply(cue)
        self.scoreboard.show_clock(datetime.now(timezone.utc).strftime("%H:%M"))
        if posted:
            self.announce_standings()
        if self.repo.track_record_claimed():
            self.certify_claim()

    def post_splits(self) -> int:
        posted = 0
        for number, split in enumerate(self.repo.unposted_lap_splits(), start=1):
            self.timing.post_split(number, split)
            posted = number
        if posted:
            log.info("posted %d lap splits", posted)
        return posted

    def announce_standings(self) -> None:
        riders = self.repo.standings(self.settings.standings_shown)
        if not riders:
            return
        board = " | ".join(f"{place}. {rider}" for place, rider in enumerate(riders, start=1))
        log.info("standings: %s", board)
        self.scoreboard.show_standings(board)

    def certify_claim(self) -> None:
        claim = self.repo.record_claim()
        if claim is None:
            log.info("record claim already certified")
            return
        try:
            self.timing.certify_record(claim)
        except VelodromeError:
            log.warning("record claim by %s left for the commissaires", claim.rider)


def open_velodrome(venue: str) -> VelodromeMarshal:
    settings = TrackSettings.from_env(venue)
    repo = LapRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), venue)
    groups = SectionLightingMap(TRACK_GROUPS, fallback="infield")
    timing = TimingConsole(settings.timing_box_name)
    lighting = LightingConsole(settings.lighting_box_name)
    scoreboard = ScoreboardConsole(settings.scoreboard_box_name)
    for console in (timing, lighting):
        console.connect()
    if settings.scoreboard_enabled:
        scoreboard.connect()
    connected = [c.box_name for c in (timing, lighting, scoreboard) if c.connected]
    log.info("velodrome %s open: consoles %s; lighting groups %s", venue, ", ".join(connected), groups.names())
    return VelodromeMarshal(settings, repo, LightingDirector(settings, repo, groups), timing, lighting, scoreboard)
