"""The kiln controller's alarm webhook (served by the yard's web app, not the beat)."""

from __future__ import annotations

import logging
from typing import Any

from .context import YardContext
from .handlers import dispatch_work
from .items import DryYardError, KilnAlarm

log = logging.getLogger(__name__)


def on_controller_alarm(ctx: YardContext, payload: dict[str, Any]) -> None:
    try:
        alarm = KilnAlarm(str(payload["chamber"]), str(payload["code"]))
    except KeyError as missing:
        raise DryYardError(f"alarm without {missing}") from None
    log.warning("alarm %s in chamber %s", alarm.code, alarm.chamber)
    dispatch_work(alarm, ctx)
