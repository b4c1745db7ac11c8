"""The gateway's start-up (init, then the framework's configure hook), then the poll timer."""

from shadowsync import bootstrap


def run(host):
    poller = host.start(bootstrap.start, region="ap-south")
    host.ticks(poller.poll)
