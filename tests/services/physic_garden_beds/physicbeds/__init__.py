"""A botanical physic garden's bed irrigation and specimen labelling (sync, with an idle wake).

Idioms: a ``Repository`` base class whose ``get_session()`` is a
``@contextlib.contextmanager`` yielding a ``PhysicUnitOfWork`` that collects changes
in a list; the context manager flushes them to the container (``_flush``, overridden
by ``BedRepository``) on exit, and only when the list is non-empty. A public
``session()`` hands back ``get_session()``. ``BedIrrigationService`` opens
``with repo.session() as uow:`` and adds a change only for each item of the
empty-on-idle ``parched_physic_beds()``, so its flush is gated; the drainage check on
the next round reads a count the service stored on ``self`` from that list. The
second service, ``SpecimenLabelService``, always adds one change (the label printer's
keep-alive), so its flush wakes the printer container on every idle round (a bug).
The valve-pressure read is behind the active guard, the census reprint behind the
rare predicate. Dependency injection through constructor parameters, wired in the
``container.py`` composition root; frozen dataclass settings and changes; logging.
"""
