"""Specimen preparation studio of a natural-history museum (sync, with idle wakes).

Idioms: an object graph. The foreman (the periodic entry) holds a ``Studio`` that
holds a list of ``Bench`` objects, each holding a ``Tool`` dataclass with the
preparation-cabinet client, reached as ``self.studio.benches[i].tool.client``. The
benches are created in a loop in start-up code (``open_studio``) from a settings
tuple of ``BenchSpec`` records, so bench ``i`` is the bench of spec ``i``.
``Studio.replace_tool`` swaps one bench's tool at run time (shutting the old cabinet
down, summoning a fresh one) only under the rare predicate
(``lyophilizer_recall_issued``); a fresh tool is warmed up on the next shift tick,
so the warm-up wakes only after a rare tick (state kept on the bench between ticks).
The guard is ``any(b.busy for b in self.studio.benches)`` where ``Bench.busy`` is a
property calling the configured guard ``SpecimenLedger.hide_still_curing``. The
climate check polls every climate-controlled bench on every tick (an idle wake, a
bug), and dehumidifies when the reading fails. The mounting loop runs over an
empty-on-idle collection. Frozen dataclass settings, a repository over the
database and the cache, ``logging`` throughout, and a quiet ``label()`` call.
"""
