"""A coin mint's assay lab: fineness tests of struck-coin samples on the assay bench.

Idioms: the scheduler's round dispatches ``getattr(self, f"_run_{kind}")`` over the
constant tuple ``AssayScheduler.KINDS``; the assay method is a ``typing.Protocol``
(``AssayBackend``) with two implementations, X-ray fluorescence and fire assay,
picked from the dict ``BACKENDS`` by the settings value ``backend`` (a start-up
switch); samples are ordered with ``sorted(key=attrgetter("priority", "sample_id"))``;
the verdict and drift handlers are ``functools.partial`` objects kept in a dict on
the scheduler; and the active guard is read once in the entry into
``self._busy = self.lab.has_pending_samples()`` and read back three calls deeper
(``_run_calibration`` -> ``_prepare_bench`` -> ``_needs_warm_up``), so the bench is
warmed up only while samples are pending. The heartbeat wakes the bench every round
and the reference-standard recheck whenever the cache says the standard drifted
(both idle wakes); the assay and the verdict handlers run per sample (empty on idle);
the Trial of the Pyx runs only in its week (rare). Frozen dataclasses for settings
and samples; the bench is built once at start-up by ``requisition_assay_bench``.
"""
