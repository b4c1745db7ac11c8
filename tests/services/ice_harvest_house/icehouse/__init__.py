"""A historic ice house's block inventory (sync, with idle wakes).

Idioms: a module ``inventory`` holding a mutable module-level dict ``BLOCKS = {}``
that the start-up function ``load_inventory()`` fills from the block ledger (each
block's ``melting`` flag is decided by the repository's probe reading), and that the
tick reads through a helper ``blocks_in(bay)``, which builds a list and sorts it in
place with ``list.sort(key=...)``. The keeper's cold round drains each bay with one
container call only when ``blocks_in(bay)`` holds melting blocks (an idle wake when
the probes say so), remembers drained bays in a dict it clears with
``dict.pop(bay, None)``, reads the thermometers every round (an idle wake), loads
harvest orders by ``BLOCKS.pop(key, None)`` (gated by an empty-on-idle collection),
checks the saw floor only while the saws run (active guard), and on the rare thaw
survey writes melting blocks off with ``del BLOCKS[key]`` in a loop over
``enumerate(reversed(...))``. Dataclasses for settings, blocks and orders; logging
throughout.
"""
