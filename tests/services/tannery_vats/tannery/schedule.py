"""The beat schedule: entries name their task by its registered dotted name."""

from __future__ import annotations

from typing import Any

BEAT_SCHEDULE: dict[str, dict[str, Any]] = {
    "rotate-vats": {"task": "tannery.tasks.rotate_vats", "every": 300},
    "drain-spent-liquor": {"task": "tannery.tasks.drain_spent_liquor", "every": 900},
    "heartbeat": {"task": "tannery.tasks.report_heartbeat", "every": 300},
    "open-grading": {"task": "tannery.grading.season", "every": 86400, "args": ("full",)},
}
