"""A wagon yard whose handlers sit in tables only the tick reads: a module-level table keyed
by order class, and a table of bound methods built in `__init__`; a stage and a class counter
they set only on a rare tick are read on the next."""
