"""Sauna slot rooms.

Idiom: ``__init__`` sets every controller field to ``None``; later stores win along
the path where they happen: ``prepare`` (start-up) stores the vent and maybe the
scent controller, the alarm stores a heater only for guests, resets the logbook
controller each tick and reopens it only for an audit. Second idiom: settings
read from the environment decide which controllers start-up opens.
"""
