"""The tannery's exceptions, and the task system's control-flow exceptions."""

from __future__ import annotations


class TanneryError(Exception):
    """Something the vat house decided not to do."""


class LiquorProbeError(TanneryError):
    """The vat console could not read a liquor probe."""


class Retry(Exception):
    """Raised by ``Task.retry()``: run the task again."""

    def __init__(self, task_name: str, exc: BaseException | None) -> None:
        super().__init__(f"retry {task_name}: {exc!r}")
        self.exc = exc


class MaxRetriesExceeded(TanneryError):
    """A task asked for one retry too many."""
