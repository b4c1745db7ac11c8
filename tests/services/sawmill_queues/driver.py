"""The mill's start-up (``open_sawmill``), one log-scanner webhook the framework delivers
before the first tick, then the poller's five-minute tick."""

from sawmill.app import open_sawmill


def run(host):
    mill = host.start(open_sawmill, "kettle-falls")
    host.start(mill.webhooks.on_log_scanned, "log-0042")
    host.ticks(mill.poller.tick)
