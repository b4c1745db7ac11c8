"""The mill's start-up (millwright.open_gristmill), then the five-minute timer."""

from gristmill.millwright import open_gristmill


def run(host):
    loop = host.start(open_gristmill, "ashcombe")
    host.ticks(loop.tick)
