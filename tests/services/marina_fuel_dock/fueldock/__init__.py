"""Marina fuel dock and slip billing: a shift that runs a roster of dock jobs every ten minutes.

Idioms: a service layer with a base class ``FuelDockJob`` whose ``run()`` is a template
method calling the overridable hooks ``should_run()`` and ``execute()``; subclasses in
different modules override one or both: ``FuelMeterSweepJob`` and
``ShorePowerReadingJob`` only ``execute()`` (they wake the pump house every tick),
``NozzleLockoutJob`` only ``should_run()`` (the active guard, then the base
``execute()`` stamps the job on the pump house), ``SlipStayBillingJob`` both (the
stays fetched by ``should_run()`` are kept on ``self`` for ``execute()``: an empty
collection on an idle tick), ``PriceBoardJob`` both (the rare predicate, and
``super().execute()`` before its own call). The roster is a list of job instances
built by the factory ``assemble_dock_jobs()`` from the settings (a dict of job kinds
named by a settings text, one job added by a settings switch). An exception hierarchy
(``FuelDockError``): the meter sweep raises ``MeterReadFailed`` when the pump house
answers with an error, the slip billing raises ``SlipBillingRejected``; the runner
catches, logs, raises an alarm on the pump house for a failed meter read, and goes on
with the next job. A frozen ``@dataclass`` settings object, ``@dataclass`` rows, logging.
"""
