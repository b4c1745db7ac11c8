"""Tannery vat house: a hand-written Celery-like worker's beat (sync, with idle wakes).

Idioms: a ``TaskRegistry`` (no celery installed) whose ``task(name=None, bind=False,
max_retries=None)`` decorator factory (also usable bare, ``@app.task``) registers each
function under a dotted string name (``f"{fn.__module__}.{fn.__name__}"`` or an
explicit ``name=``) in ``registry.tasks`` and returns a ``Task`` wrapper with
``delay()`` (a message on an in-process ``deque``), ``apply()`` (runs it here, with
eager retries) and ``__call__``; task modules are imported by ``autodiscover()``
through ``importlib.import_module`` over a settings tuple. A module-level beat schedule
dict names tasks by dotted string with intervals; ``TanneryBeat.tick`` iterates it and
runs each due entry by looking its name up (``registry.tasks[entry["task"]]``), then
drains the queue with ``run_pending()`` (which looks each message's task up by name
again). Tasks reach the services through a module global set by ``boot()``.

``rotate_vats`` rotates the drums only when the active guard holds, then, for each kind
in the constant tuple ``VAT_KINDS``, reads ``getattr(settings, "VAT_" + kind.upper(),
None)`` and ``delay()``s ``check_liquor`` for the kinds fitted (liming and tanning;
``VAT_DYEING`` is unset, so the dye-colour call never runs). ``check_liquor``
(``bind=True``) forgets the guard and probes the liquor on every tick (a bug); on a
503 reply or a failed database write it ``raise self.retry(exc=...)``, and the retried
run (``self.request.retries``) recalibrates first (an idle wake reached only through
the retry). ``drain_spent_liquor`` loops over an empty-on-idle collection; the grading
season task calls ``publish_grades(...)`` directly (``__call__``) under a rare
predicate; ``reseed_cultures`` is registered (explicit name) but only ever sent by an
admin view, never by the beat. The heartbeat reads the console's serial through a
quiet method.
"""
