"""A spice market's stall ledger: a warden ticks every stall of the bazaar.

Main idiom: plug-in stalls. ``settings.STALL_MODULES`` is a constant tuple of module
names; start-up imports each with
``importlib.import_module(f"{__package__}.stalls.{name}")`` and calls the module's
``register(registry)``, which adds the stall's chore with
``StallRegistry.register(name, fn)``. The registry is a small mapping class
(``__iter__`` over names, ``__contains__`` refusing a name twice, ``__getitem__``
handing back the chore); the warden's tick walks it by name.

Second idioms: ``functools.total_ordering`` value objects (``SpicePrice``,
``MillBooking``, ``CaravanArrival``) sorted and compared (``max``, ``==`` between
boards); ``itertools.groupby`` over the sorted records (one board per stall row, one
grind per spice, one manifest per caravan origin); the ledger cursor comes from
``contextlib.contextmanager`` applied without decorator syntax
(``ledger_cursor = contextlib.contextmanager(_open_ledger_cursor)``) and used in a
plain ``with`` that yields a ``LedgerCursor``. Sync.

Wakes: the price boards are posted on the first tick and only re-posted when a board
changed (the service keeps what it posted); a manifest is filed per caravan that
arrived, and the warden reports every tick. The saffron vault is weighed only under
the active guard; the mill grinds only when bookings are due, and sweeps its hopper
only when it ground something; the monsoon tariff is posted only when announced.
"""
