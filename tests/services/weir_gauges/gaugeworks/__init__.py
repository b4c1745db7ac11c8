"""River weir gauges: a management command's five-minute sweep drives the hydrograph container (sync, with idle wakes).

Idioms (a Django-like shape written by hand, no Django installed): models on a
metaclass-free ``Model`` whose ``__init_subclass__`` builds ``_meta`` and calls
``contribute_to_class`` on the ``Manager`` class attributes (``Reading.objects``,
``FloodReading.objects``), while ``Gauge.objects`` is a ``DescriptorManager`` that
learns its model through ``__set_name__`` (and a ``__get__`` that refuses instance
access); manager methods build a lazy ``QuerySet`` (``filter(**kw)`` / ``order_by``
return clones, ``__iter__`` and ``__len__`` run the query once and cache it,
``exists()``, ``first()``); ``Manager.create`` instantiates ``self.model`` and saves.
A management command ``Command(BaseCommand)`` found by ``importlib`` from
``manage.main(argv)``: ``run_from_argv`` parses with ``argparse`` and calls
``execute`` → ``handle(self, *args, **options)``, which sets up the connections and
stores the services on ``self``; the scheduler's periodic entry is ``Command.tick``.
A signal ``post_reading = Signal("post_reading")`` (receivers kept in a list keyed by
``id()`` of receiver and sender, ``send(sender, **kwargs)``), sent from
``Reading.saved()`` after every save with ``sender=type(self)``; three receivers
connected at import time with ``@receiver(post_reading)`` /
``@receiver(post_reading, sender=FloodReading)``. Model ``@property``/``@x.setter``
pairs (``Reading.source`` upper-cases what it is given, ``Reading.level_m``,
``Gauge.alarm_level`` records a raised alarm read back by ``needs_paging``), and a
``PendingReadings`` collection with only ``__len__`` tested by ``if not pending_readings:``.

Wakes on an idle river: the stilling-well self-check reading created every sweep
reaches ``push_reading_to_hydrograph``, whose ``== "selfcheck"`` test never matches
the upper-cased source (a bug); the silence probe when ``first()`` finds no reading;
the recalibration request when ``exists()`` finds a drifting gauge. Gated: the flood
desk page (a ``FloodReading`` saved only when the setter saw the active guard, and a
receiver connected for that sender only), the batch flush and the trend rebuild
(empty ``PendingReadings`` and the count it returns). Rare: the rating-curve publish.
"""
