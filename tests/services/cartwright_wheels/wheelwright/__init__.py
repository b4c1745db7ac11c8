"""A cartwright's wheel-making shop, driven through the truing-stand container.

Idioms: command objects. The tick builds ``@dataclass`` commands (``TrueSpokes``
per waiting wheel order, ``ShrinkTyre`` while tyres are on the fire,
``ReseasonTimber`` when the felloe rack turns, ``SweepShavings`` every tick),
appends them to a list, then hands each to a module dict keyed by the command's
class: ``HANDLERS[type(cmd)](cmd)``. A second handler, the daybook, dispatches the
same commands with an ``isinstance`` chain. The active guard is a ``@property`` on
the shop (``tyres_on_the_fire``) that computes whether work is pending and is read
without a call. Class attribute counters carry across ticks: the daybook's sweep
count (a bay report every ``report_every`` sweeps: an idle wake on the second
tick) and the timber rack's reseason count (only a rare reseason adds to it, and
the shop syncs the timber stock while it is non-zero). The truing stand is a
module global set by ``install_truing_stand()`` at start-up. Logging throughout,
a frozen settings dataclass read from ``envknobs``, a repository over ``stowage``
and ``kvbox``.
"""
