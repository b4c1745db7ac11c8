"""Saddlery workshop orders: the order service's background poller (async, with idle wakes).

Idioms: an aiohttp-shaped application object, ``SaddleryApp``, a tiny
``MutableMapping`` (``app["ledger"] = ...``, ``app.get("notifier")``) with an
``on_startup`` list of async hooks that ``startup()`` awaits in order; the hooks
store the settings, the ledger, the stitching-bench client, the services and the
poller in the app, and the customer notifier only when a settings switch is on.
The poller's periodic method ``SaddleOrderPoller.poll_workshop`` is async and reads
``self.app["client"]`` and the other services from the app each tick.
``typing.TypedDict`` rows (``OrderRow``, ``HideRow`` with ``total=False`` keys)
built by the repository and read with ``dict.get`` and defaults; a decorator
factory with arguments, ``@timed("stitching")``, that logs and times sync and
async calls, stacked on ``@ledger_tolerant(...)``, a second decorator factory that
logs and swallows ledger failures; ``enumerate`` (with ``start=``) and slicing
(``orders[:batch]`` now, ``orders[batch:]`` held) over the stitching queue.
Frozen ``@dataclass`` settings, a ``@dataclass`` tally kept on the poller between
ticks.

Container calls: the bench heartbeat on every tick (idle, a bug); one leather
reorder per low-stock hide the ledger finds (idle when it finds one); the customer
ready-for-collection announcement when the notifier is configured and orders are
ready (idle); stitching per pending order (empty on idle); fitting confirmations
(behind the fitting-room guard); the hide price sheet (rare).
"""
