"""The worker's task registry: the ``app`` every task module decorates with."""

from __future__ import annotations

from . import settings
from .registry import TaskRegistry

app = TaskRegistry("tannery", include=settings.TASK_MODULES, default_max_retries=settings.TASK_DEFAULT_MAX_RETRIES)
