"""The claims worker's start-up (bootstrap.build_poller), then its poll timer."""

from claimsdesk.bootstrap import build_poller

ENV = {"CLAIMS_DSN": "postgres://claims", "CLAIMS_CACHE": "redis://claims"}


def run(host):
    poller = host.start(build_poller, ENV)
    host.ticks(poller.poll)
