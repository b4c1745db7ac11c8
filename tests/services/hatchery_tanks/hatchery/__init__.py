"""Fish hatchery rearing tanks: the roundsman's tick over every tank (sync, with idle wakes).

Idioms: a ``TankController`` base whose template method ``service()`` calls the hooks
``before_service`` / ``perform`` / ``after_service``, overridden by cooperative mixins
(``DosingMixin``, ``FeedingMixin``, ``CountingMixin``) that chain through ``super()``;
class attributes overridden in the concrete tanks (``kind``, ``channel``,
``needs_dosing = False`` on the flow-through broodstock tank, ``ration_grams = 0`` on
the hand-fed fry tank, ``census_by_camera = False`` on the fry tank, the only class
using ``CountingMixin``, so its camera call never runs); a ``@classmethod
from_settings(cls, settings, plant)`` factory used through a module dict of kinds to
build each controller; ``@property`` helpers (``link``, ``ledger``, ``steady_box``,
``RoundSummary.fry_counted``) and a ``functools.cached_property`` that summons the
tank box on first use; two ``__getattr__`` proxies in front of the container handle:
a logging one that hands back the handle's own attribute, and a retrying one that
hands back a closure calling the operation until the reply is ``ok``; callable
handler objects (``__call__``) kept in a list and called after each round, a failing
one caught and logged. Frozen dataclass settings parsed from a tank-layout text,
a repository over the database and the cache.

On an idle tick the grow-out tank reads its oxygen probe and may top up its feed
hopper, and the pulse handler reports through the retrying proxy; dosing waits for
an open dosing order, fry counts for pending counts (and the census digest for a
non-zero total), incubator priming for the spawning season.
"""
