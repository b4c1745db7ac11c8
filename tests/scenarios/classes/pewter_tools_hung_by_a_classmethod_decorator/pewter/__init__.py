"""Tools hung on a class-level rack by a decorator a classmethod makes: the closure writes
through the classmethod's `cls` and the decorator's `hook`, at import."""
