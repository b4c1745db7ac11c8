"""What every kiln room shares: the controller box and how to talk to it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class KilnRoomBase:
    """Talks to the controller box the subclass keeps in ``_kiln_box``."""

    studio = "studio"
    _kiln_box: Any

    async def _report_heartbeat(self) -> None:
        await self._kiln_box.fetch(f"/studios/{self.studio}/heartbeat", method="POST")  # expect: WC001

    async def _push_firing_schedule(self, peak_cone: int) -> bool:
        resp = await self._kiln_box.fetch("/schedule", method="PUT", json={"peak": peak_cone})
        if not resp.ok:
            log.warning("kiln refused the schedule: %s", resp.status)
        return resp.ok

    async def _load_glaze(self, batch_id: str, recipe: str) -> None:
        await self._kiln_box.fetch(f"/glazes/{batch_id}", method="PUT", json={"recipe": recipe})

    async def _recalibrate_cones(self) -> None:
        await self._kiln_box.set_env_var("KILN_CONE_TABLE", "recalibrated")  # expect: WC002

    def controller_label(self) -> str:
        return str(self._kiln_box.describe())
