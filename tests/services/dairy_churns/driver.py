"""The churn hall's start-up (``open_churn_line``), then the foreman's five-minute tick."""

from churnhall.foreman import open_churn_line


def run(host):
    foreman = host.start(open_churn_line, "line-2")
    host.ticks(foreman.churn_tick)
