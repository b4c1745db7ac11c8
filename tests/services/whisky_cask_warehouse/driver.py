"""The bond's start-up calls its own open_bond_warehouse(), then ticks the keeper's shift."""

from bondhouse.keeper import open_bond_warehouse


def run(host):
    keeper = host.start(open_bond_warehouse, "warehouse-7")
    host.ticks(keeper.shift_tick)
