"""Herbarium specimen-loan back-end: the scheduled loan sweep (with wakes on an idle herbarium).

Idioms: a Flask-shaped ``create_app()`` factory that stores a service locator and an
event bus in ``app.extensions["..."]`` and pushes the app on a module-level stack read
through a ``current_herbarium`` proxy (``__getattr__`` forwards to the top app); the
job reads its services from there. ``HerbariumLocator.register(name, factory)`` /
``resolve(name)`` with lambda and class factories and an instance cache dict.
``HerbariumBus.subscribe(topic, handler)`` at start-up (bound methods and a closure),
``publish(topic, payload)`` in the tick: the overdue-loan topic is published only in a
loop over an empty-on-idle collection (its handler never runs on an idle tick), the
sweep-finished topic every tick (its bound-method handler wakes the scanner: a bug).
A ``@dataclass(frozen=True)`` config with a ``@property``; ``NamedTuple`` results
unpacked (``in_transit, overdue = ledger.plan_sweep()`` carries the active guard);
``__slots__`` clients whose box is reached through a ``@property`` chain
(``client.session.box``, the box summoned lazily); a ``@staticmethod`` path helper; a
module-level memo dict ``_clients`` filled by ``get_scan_client(name)``.
"""
