"""A filament-break catcher whose `__exit__` swallows the break (`return True`) and keeps it;
the overseer reties after the block only when it caught one. The best lot is picked with
`max(..., default=None)` over what is empty on an idle tick."""
