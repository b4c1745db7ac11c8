"""A geological survey's seismograph vault: the warden's periodic survey tick (async).

Idioms: an ``async def`` generator method (``StationDrumReader.trace_windows``) with
``async with`` inside it: every trace window is read while holding a project async
context manager (``DrumLease``) whose ``__aexit__`` releases the drum on the vault box
only if an item was read under the lease (a count the lease itself keeps). The windows
come from an empty-on-idle repository query, plus a calibration-pulse window on the
rare recalibration tick, so the read, the release and the seal after the readers are
rare-only. The readers are kept in a dict keyed by station and drained with
``asyncio.gather(*[... for reader in readers.values()], return_exceptions=False)``;
their counts are summed into the tick's ``SurveyTally`` dataclass. A retry loop
``for attempt in range(3): try: ... break / except VaultReplyError: await
asyncio.sleep(0)`` wraps the GPS clock sync, whose reply may fail (its ``ok`` is stub
data): the sync fires on every idle tick, and the drift alarm after three failed
attempts fires on an idle tick too. The swarm sample-rate switch is gated by the active
guard. Frozen dataclass settings from ``envknobs``, a repository over ``stowage`` and
``kvbox`` (async), logging throughout.
"""
