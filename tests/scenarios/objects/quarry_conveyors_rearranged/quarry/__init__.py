"""Conveyor lanes rearranged by library code before the tick touches them.

Slices (`lanes[1:]`), `itertools` (`chain`, `islice`, `pairwise`, `takewhile`), a
`collections.deque`, `heapq.nlargest(key=...)` and `random.choice` hand back the lanes
they were given: calls on what they yield are the lanes' own. Over the empty-on-idle
queued loads they yield nothing. A helper library nobody models hands back something
the analysis cannot see into: calls on it are where it loses track (WC003).
"""
