"""Coin-press hall back-end: three periodic jobs that share state (with wakes on an idle hall).

Entries: ``PlanchetIntake.collect`` fills, ``StrikeDispatcher.drain`` drains,
``DieJanitor.sweep`` keeps house; the scheduler ticks them in that order.

Idioms: a class-level cache (``StrikeQueue._instances: dict = {}``,
``cls._instances.setdefault(site, cls(site))``) reached by the filler and the drainer
separately; a ``__new__`` singleton ``MintRegistry`` whose ``failed_writes`` list the
filler appends to when the database refuses its audit row, and the drainer replays; a
chained builder (``PressClientBuilder().for_site(s).with_box(box).with_retries(3).build()``,
``with_retries`` returning a new builder, the others ``self``); a client whose box is
summoned lazily by a property on first access (``if self._box is None``) and one by
``functools.cached_property``; a tick counter on the janitor (``self.sweeps += 1``;
``if self.sweeps % 2 == 0``): on the executor's two ticks it fires on tick 2, as it does
on every second idle sweep in production; a dict of die patterns filled by the filler
only for queued orders and read by the janitor.

Gated: the strike calls (queue filled only from an empty-on-idle poll), the pattern
warm-up (same), the furnace telemetry (active guard). Bugs: the ledger replay after a
failed audit write (the database may refuse on an idle tick), the janitor's every-other
compaction. Rare: the die inspection.
"""
