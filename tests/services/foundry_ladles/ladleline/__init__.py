"""An iron foundry's ladle pouring line: the foreman's pour round (sync, with idle wakes).

Idioms: jobs are three ``@dataclass`` record types (``ThermalSweepJob`` for every
ladle on the line, one ``SkimJob`` for the ladle at the pouring station, and
``RelineJob``, which only exists when the repository hands back reline orders, an
empty-on-idle collection) run through a ``functools.singledispatchmethod`` on
``LadleJobRunner.run`` whose handlers are registered by their annotations, with a
default that logs and skips unknown records. The pour-control container is reached
through ``PourBoxProxy``, whose ``__getattr__`` forwards attribute reads to the
real client, so ``proxy.fetch(...)`` reaches the box; the client comes from
``pour_client(line)``, memoised with ``functools.lru_cache(maxsize=None)``, which
summons the box once per line. Second idioms: a frozen settings dataclass built
by a ``from_env`` classmethod, a repository over the database and the cache, a
count of relinings the runner keeps on itself and the foreman reads (and resets)
after the jobs ran (only the reline handler adds to it), logging.

Expected: the thermal sweep fires on every idle tick (a bug: it polls the box
for each ladle), the skim fires on an idle tick when the cache reports a slag
crust, the pour sequence is gated by the active guard, relining and its report
by the empty collection, and the campaign close only under the rare predicate.
"""
