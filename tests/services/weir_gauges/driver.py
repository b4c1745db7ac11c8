"""``manage.py gauge_sweep --basin severn`` (start-up, without ``--loop``), then the scheduler's five-minute tick."""

from gaugeworks.manage import main


def run(host):
    command = host.start(main, ["manage.py", "gauge_sweep", "--basin", "severn"])
    host.ticks(command.tick)
