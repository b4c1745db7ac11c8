"""Antiquarian bookshop catalogue sync.

Idiom: a command table. Methods of ``FolioCommands`` are marked with a
``@command("name")`` decorator (it only sets an attribute on the function); the
base ``CommandDesk.__init__`` collects the marked bound methods with
``inspect.getmembers`` into a ``dict[str, Callable]``. The syncer's tick
dispatches the names listed in the settings' ``tick_commands`` tuple, in order.
One handler touches the catalogue box on every tick (and again when the
heartbeat is refused), one only under the active guard, one over an
empty-on-idle collection, one only when a rare predicate holds; one more
handler (``purge_withdrawn``) is in the table but not in the settings tuple,
so the tick never runs it (an operator runs it by hand). Logging throughout.
"""
