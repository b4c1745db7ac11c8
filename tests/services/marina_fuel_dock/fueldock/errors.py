"""What the dock jobs raise when they give up on a tick."""

from __future__ import annotations


class FuelDockError(Exception):
    """A dock job failed; the runner logs it and goes on with the next job."""

    def __init__(self, job_name: str, detail: str) -> None:
        super().__init__(f"{job_name}: {detail}")
        self.job_name = job_name
        self.detail = detail


class MeterReadFailed(FuelDockError):
    """The pump house did not hand over the meter readings."""


class SlipBillingRejected(FuelDockError):
    """A slip stay was invoiced but could not be marked billed."""
