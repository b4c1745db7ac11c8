"""An astrolabe bench whose work kind is chosen by a conditional expression over a rare
predicate and the active guard, then dispatched by `match` and by `==`."""
