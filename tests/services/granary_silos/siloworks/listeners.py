"""Listeners that mirror flushed records to the telemetry container; registered at import."""

from __future__ import annotations

import logging

from . import event
from .boxes import expect_ok
from .models import FumigationNotice, GrainRecord, ProbeReading, Silo, SweepLog, WatchCursor
from .unitofwork import GrainSession

log = logging.getLogger(__name__)


def post_sweep_heartbeat(session: GrainSession, target: SweepLog) -> None:
    box = session.info["silo_box"]
    reply = box.fetch("/sweeps", method="POST", json={"site": target.site, "sweep": target.sweep_no})
    expect_ok(reply, "the sweep heartbeat")


def post_sweep_summary(session: GrainSession, target: SweepLog) -> None:
    if target.quiet:
        return
    box = session.info["silo_box"]
    box.fetch(f"/sweeps/{target.sweep_no}/summary", method="PUT", json={"readings": target.readings_seen})


def forward_reading(session: GrainSession, target: ProbeReading) -> None:
    box = session.info["silo_box"]
    box.fetch(f"/silos/{target.silo_id}/readings", method="POST", json={"celsius": target.celsius, "hot": target.hot})


def push_silo_state(session: GrainSession, target: Silo) -> None:
    log.info("silo %s changed: %s", target.silo_id, sorted(target.changes))
    session.info["silo_box"].fetch(f"/silos/{target.silo_id}", method="PATCH", json={"aerating": target.aerating})


def sync_cursor(session: GrainSession, target: WatchCursor) -> None:
    session.info["silo_box"].fetch(f"/cursors/{target.site}", method="PUT", json={"total": target.readings_total})


def page_crew_if_urgent(session: GrainSession, target: GrainRecord) -> None:
    if not type(target).pages_on_insert:
        return
    session.info["silo_box"].fetch("/pager", method="POST", json={"record": str(target.ident)})


event.listen(SweepLog, "after_insert", post_sweep_heartbeat)
event.listen(SweepLog, "after_insert", post_sweep_summary)
event.listen(ProbeReading, "after_insert", forward_reading)
event.listen(Silo, "after_update", push_silo_state)
event.listen(WatchCursor, "after_update", sync_cursor)
event.listen(GrainRecord, "after_insert", page_crew_if_urgent, propagate=True)


@event.listens_for(FumigationNotice, "after_insert")
def announce_fumigation(session: GrainSession, target: FumigationNotice) -> None:
    box = session.info["silo_box"]
    reply = box.fetch(f"/sites/{target.site}/fumigation", method="POST", json={"notice": target.notice_id})
    expect_ok(reply, "the fumigation notice")
