"""A silk reeling mill (filature): the overseer of the cocoon basins (sync).

Idioms: a context-manager class ``FilamentBreakCatcher`` whose ``__exit__`` returns
True to swallow a ``BrokenFilamentError`` that the sampler's container-touching
``draw_sample`` raises inside the ``with`` block under the rare grading audit (the
``__exit__`` posts the break to the frame, and the tick reties the basin after the
block when the catcher caught one); a ``for ... else`` over the stored basins whose
``else`` simmers the steam through the frame when no basin holds cocoons (an idle
wake: the basins are empty every idle tick); a generator expression under ``sum()``
as a gate (``if sum(b.cocoons for b in basins) > 0:``) on the cocoon counts the
basins keep between ticks; ``max(..., key=..., default=None)`` over the lots that
arrived (empty on idle, so ``None``); nested functions defined inside the tick that
capture ``self`` (``simmer`` and ``reheat``, the latter behind the snag guard);
frozen ``@dataclass`` settings, mutable ``@dataclass`` basins and lots, a ledger
repository over ``stowage``, logging throughout.
"""
