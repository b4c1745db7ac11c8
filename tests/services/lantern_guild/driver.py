"""The guild hall's start-up (``summon_guild``), then the dispatcher's five-minute round."""

from lamplight.hall import summon_guild


def run(host):
    dispatcher = host.start(summon_guild, "old-quay")
    host.ticks(dispatcher.round)
