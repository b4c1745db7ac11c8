"""The beat schedule: each entry names its task by dotted string."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

DRY_KILN_BEAT_SCHEDULE: dict[str, dict[str, Any]] = {
    "sweep-kiln-work": {
        "task": "dryyard.sweep_kiln_work",
        "every": timedelta(minutes=10),
        "kwargs": {"reverse_fans": True},
    },
    "calibrate-psychrometers": {
        "task": "dryyard.calibrate_psychrometers",
        "every": timedelta(days=1),
    },
    # Off until the grading office signs off on the new retention rule.
    "purge-grade-stamps": {
        "task": "dryyard.purge_grade_stamps",
        "every": timedelta(hours=6),
        "kwargs": {"older_than_days": 90},
        "enabled": False,
    },
}
