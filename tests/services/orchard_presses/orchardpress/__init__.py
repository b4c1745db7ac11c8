"""A cider orchard's press house: a worker thread that tends the press-bay containers.

Main idiom: plug-in chores. ``settings.PRESS_HOUSE_PLUGINS`` is a constant tuple of
module names; start-up loads each with ``importlib.import_module`` and calls the
module's ``register(hub)``, which adds its tick hooks to the ``OrchardPressHub``. The
worker's tick runs every hook with a ``PressContext``.

Second idioms: the press-bay client of ``PressBayService`` is a
``functools.cached_property``; clients are shared through a module-level
``weakref.WeakValueDictionary`` keyed by bay (``press_box_for``), so the cellar box the
tick leases for one report is dropped and leased again next tick; the package
re-exports its public names through ``__all__`` (the driver, the plugins and the app
import them from ``orchardpress``). Sync: ``PressHouseWorker`` is a
``threading.Thread`` whose ``run()`` loop calls ``tick()`` and sleeps.

Wakes: the juice-tally plug-in and the cellar report wake a box every tick; the
pomace-haul plug-in only under the active guard, and the haul log it leaves on the
service is flushed only when a haul happened; barrels are bunged only when some wait;
the frost-watch plug-in lights the lanterns only on a frost-pick night.
"""

from .app import boot_press_house, load_press_plugins
from .clients import PressBayBox, lease_press_house_box, press_box_for
from .hub import OrchardPressHub, PressContext
from .repository import CiderBarrel, OrchardPressLedger, frost_pick_night_declared
from .services import PressBayService
from .settings import PRESS_HOUSE_PLUGINS, OrchardPressSettings
from .worker import PressHouseWorker

__all__ = [
    "PRESS_HOUSE_PLUGINS",
    "CiderBarrel",
    "OrchardPressHub",
    "OrchardPressLedger",
    "OrchardPressSettings",
    "PressBayBox",
    "PressBayService",
    "PressContext",
    "PressHouseWorker",
    "boot_press_house",
    "frost_pick_night_declared",
    "lease_press_house_box",
    "load_press_plugins",
    "press_box_for",
]
