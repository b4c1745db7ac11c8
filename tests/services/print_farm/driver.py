"""The farm daemon's start-up (app.boot), then the scheduler's two-minute job."""

from printfarm import cycle
from printfarm.app import boot


def run(host):
    host.start(boot, "bay-3")
    host.ticks(cycle.service_printers)
