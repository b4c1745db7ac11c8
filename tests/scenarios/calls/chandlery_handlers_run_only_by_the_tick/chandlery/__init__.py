"""A chandlery whose handlers store what the tick reads next, each run only through the tick's
own dispatch: a duty registered by a decorator that calls a module helper, a table of
handlers the tick builds, and a `functools.singledispatchmethod` implementation."""
