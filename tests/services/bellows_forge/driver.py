"""The forge's start-up (``create_forge``), then the hearth warden's five-minute tick."""

from forgeworks.warden import create_forge


def run(host):
    warden = host.start(create_forge)
    host.ticks(warden.tick)
