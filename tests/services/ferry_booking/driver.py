"""The platform opens one desk per port and fires its alarm."""

from ferrydesk.desk import open_desk


def run(host):
    desk = host.start(open_desk, "holyhead")
    host.ticks(desk.alarm)
