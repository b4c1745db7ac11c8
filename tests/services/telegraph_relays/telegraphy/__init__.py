"""Telegraph relay station: a worker thread running a relay round every two minutes (sync, with wakes on an idle line).

Idioms: a ``RelayStationThread(threading.Thread)`` subclass whose ``run()`` loops
``while not self._halt.is_set(): self.relay_round(); self._halt.wait(interval)``
(the periodic entry is ``relay_round``; ``main()`` starts the thread). A plugin
registry dict ``RELAY_DUTIES`` filled at import by ``@register("name")`` decorators
in three modules (``duties.batteries``, ``duties.repeaters``, ``duties.sounders``),
looked up in the round by the names in ``RelaySettings.duties`` (a dataclass
default): the battery duty reads the voltage every round (a bug), the repeater duty
retimes repeaters only under the active guard, the sounder duty sounds each
empty-on-idle telegram; the ``arrester_test`` duty is registered but named by no
setting, so it never runs. A classmethod factory ``RelayLine.from_settings(settings)``
builds the object that holds the container handle. A module-level
``_pending: list`` in ``receipts`` filled only by the handler
``on_telegram_sounded`` (which the sounder duty calls per delivered telegram, not
the loop) and flushed by ``send_receipts`` behind ``if not _pending: return``
(gated). A line check when the cache says the last one is stale (stub data: wakes),
and the reroute onto the fallback cable behind the rare predicate. Logging with
%-formatting; settings a ``@dataclass(frozen=True)`` with a ``from_env`` classmethod;
frozen dataclass records and a plain dataclass duty context.
"""
