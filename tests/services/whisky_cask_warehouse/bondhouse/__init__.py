"""A whisky bond warehouse's cask rotation: the keeper's half-hourly shift (sync).

Idioms: a repository method (``BondLedger.iter_rack_rows``) returning a generator of
rows, fetched floor by floor, consumed with ``list(itertools.takewhile(pred, rows))``
so that only the dunnage floors are surveyed (the generator stops fetching at the
first row above them); ``functools.lru_cache`` on a module-level helper, the free
function ``angels_share(floor, casks)`` computing the expected evaporation, compared
with the gauged loss (stub data) to raise a leak alert; a ``try/except (KeyError,
ValueError)`` around a dict lookup of a cask's rack slot with a container-touching
fallback that locates the cask on the floor (reached only for casks due for rotation,
which are empty on idle); a context manager class ``WarehouseShift`` whose
``__enter__`` opens a shift on the bond ledger box every tick (a bug) and whose
``__exit__`` reports rotations only when the shift counted some (state the service
stores, gated by the empty collection). Also frozen dataclass settings from
``envknobs``, dataclass rows, logging, a guard on casks in transit and a rare excise
gauging round.
"""
