"""The agent's start-up: init the vault, build the keeper; then the keeper's alarm."""

from vault.agent import start_agent


def run(host):
    keeper = host.start(start_agent, "eu-central")
    host.ticks(keeper.alarm)
