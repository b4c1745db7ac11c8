"""CRM sync room (production mix, with wakes on an idle tenant).

Idioms: a small dependency-injection container whose providers are lambdas in a
dict, instantiated lazily and cached (the box comes out of it); a job registry
filled at import by the class decorator ``@sync_job("contacts")``; an async
``@when_active`` decorator that tests the guard before the wrapped method runs;
an ``@asynccontextmanager`` session that opens and closes a connector session
around the jobs on every alarm, and a sink (``push_field_mapping``) reached when
the cached mapping version changes.
"""
