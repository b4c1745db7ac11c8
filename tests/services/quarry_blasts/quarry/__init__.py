"""Quarry blast monitoring: the periodic blast sweeper (mixed sync and async, with idle wakes).

Idioms: a package with sub-packages (``quarry.core``, ``quarry.adapters``,
``quarry.jobs``) joined by relative imports (``from ..adapters import gateway``);
package ``__init__`` re-exports (``quarry.adapters`` does ``from .gateway import *``
under the gateway's ``__all__``; this package does ``from .jobs.sweeper import
BlastSweeper as Sweeper``); module aliases (``import quarry.adapters.gateway as gw``,
then ``gw.open_frag_link(...)``; the sweeper reaches
``gateway.push_licence_banner`` through ``from ..adapters import gateway``); ``if TYPE_CHECKING:``
imports for annotations and ``cast("FragGateway", ...)``. A module-level
service-locator singleton (``_registry: dict[str, object]`` with ``register`` /
``lookup``) filled by ``init()`` at start-up; the sweeper gets its collaborators by
string key, and two of them (the gateway and the report outbox) both have a
``flush()``: the tick flushes the outbox every tick, the gateway's flush (a container
call) only after a report was filed. ``@dataclass(frozen=True)`` settings and tick
plan with ``field(default_factory=list)``. An ``enum.Flag`` of capabilities
(``FragCaps``) set at start-up (DUST only when a switch says so) and narrowed per tick
(``wanted &= ~FragCaps.SEISMIC`` when no blast is scheduled), tested with ``in`` and
``&`` before each container call. Cooperative constructors
(``super().__init__(**kwargs)``) that carry the box handle down to the base that
stores it. The async entry ``run_once`` runs the sync step through
``await asyncio.to_thread(self._sync_step)`` (which makes container calls and returns
the frozen plan), files the plan's reports with ``loop.run_in_executor(None, fn, arg)``,
samples dust per bench under ``asyncio.gather`` of executor futures, and asks the
rare predicate through ``asyncio.to_thread``.

Idle wakes (bugs): the vibration-limit sync every tick (VIBRATION is always in the
capabilities) and the dust samples when the dust monitor is switched on.
"""

from .jobs.startup import init
from .jobs.sweeper import BlastSweeper as Sweeper

__all__ = ["Sweeper", "init"]
