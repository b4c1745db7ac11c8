"""A unit of work handed out by a `@contextmanager` session and flushed after its `yield`,
with what the `with` body added; labels yielded from two generators, one of them `yield
from` a generator over what is empty on an idle tick."""
