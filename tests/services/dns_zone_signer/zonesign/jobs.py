"""The cron job: re-sign what needs it, every ten minutes."""

from __future__ import annotations

import contextlib
import logging

import stowage
import telemetry

from .runtime import SignerRuntime, runtime
from .signer import HsmLease, KeyCeremony, SignerSession, ZoneBatch, release_locks, zone_lock

log = logging.getLogger(__name__)


def open_and_ping(rt: SignerRuntime) -> None:
    try:
        with SignerSession(rt.box, "keepalive") as channel:
            channel.heartbeat()
            rt.catalog.record_heartbeat()
    except stowage.StowageError:
        log.warning("heartbeat not recorded")


def sign_pending(rt: SignerRuntime) -> None:
    with contextlib.ExitStack() as stack:
        batch = stack.enter_context(ZoneBatch(rt.box))
        if rt.catalog.zones_pending_signing():
            stack.enter_context(HsmLease(rt.box))
            batch.records.append(rt.settings.zone_set)
        log.debug("batch of %d records", len(batch.records))


def release_stale_locks(rt: SignerRuntime) -> None:
    with contextlib.ExitStack() as stack:
        stack.callback(release_locks, rt.box)
        log.debug("stale locks go at the end of the job")


def refresh_expiring(rt: SignerRuntime) -> None:
    for signature in rt.catalog.expiring_signatures(rt.settings.signature_ttl_days):
        with zone_lock(rt.box, signature.zone) as lock, telemetry.timed("resign"):
            lock.dirty = True


def roll_keys(rt: SignerRuntime) -> None:
    if not rt.catalog.ksk_rollover_scheduled():
        return
    with KeyCeremony(rt.box):
        log.info("rolling the KSK of %s", rt.settings.zone_set)


def resign_zones() -> None:
    rt = runtime()
    open_and_ping(rt)
    sign_pending(rt)
    release_stale_locks(rt)
    refresh_expiring(rt)
    roll_keys(rt)
