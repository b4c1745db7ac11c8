"""The moderation worker's start-up (app.create_poller), then its poll every minute."""

from modqueue.app import create_poller


def run(host):
    poller = host.start(create_poller, {"MOD_DSN": "postgres://moderation"})
    host.ticks(poller.poll)
