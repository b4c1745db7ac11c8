"""A cobbler's bench that peeks at the next resole with `next(it, default)` (and `anext`) before
serving the queue, inside a `@contextmanager` that opens the last box."""
