"""The balancer's start-up (main.start), then the cron job every five minutes."""

from balancer import jobs
from balancer.main import start


def run(host):
    host.start(start, "metro-west")
    host.ticks(jobs.rebalance_routes)
