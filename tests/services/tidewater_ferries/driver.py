"""The terminal's start-up (``start_tidewater``), then the beat's five-minute tick."""

from tidewater.boot import start_tidewater


def run(host):
    beat = host.start(start_tidewater, "hythe")
    host.ticks(beat.run_due)
