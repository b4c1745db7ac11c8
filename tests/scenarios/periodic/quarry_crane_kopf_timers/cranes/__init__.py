"""Quarry crane operator: kopf timers (interval=) and a daemon that sleeps in a loop."""
