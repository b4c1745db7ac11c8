"""The beat schedule: each entry names its task by dotted string, ``every`` in seconds, optional ``kwargs``."""

from __future__ import annotations

from typing import Any

BEAT: dict[str, dict[str, Any]] = {
    "sync-tickets": {"task": "tidewater.tasks.sync_tickets", "every": 300},
    # Only the vehicle slipway is checked by the beat; the foot-passenger pontoon floats.
    "check-slipways": {"task": "tidewater.slipways.check_slipways", "every": 300, "kwargs": {"slipways": ("north",)}},
    "publish-crew-roster": {"task": "tidewater.crew.publish_crew_roster", "every": 3600},
    "reload-tide-tables": {"task": "tidewater.tides.reload_tide_tables", "every": 86400},
}
