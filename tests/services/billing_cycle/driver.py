"""The platform creates one desk per tenant and fires its alarm."""

from billing.desk import make_desk


def run(host):
    desk = host.start(make_desk, "acme")
    host.ticks(desk.alarm)
