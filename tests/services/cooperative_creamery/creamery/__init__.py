"""Farmers' cooperative creamery: the milk intake desk's tick (sync, with an idle wake).

Idioms: an observer-free ``IntakePipeline`` whose stages are added by
``pipeline.use(stage)`` calls in start-up code only (``open_creamery``; the tick never
adds one), each stage a small class with ``process(batch) -> batch``; the tick runs
``batch = pipeline.run(repo.fetch_intake())``, where the intake list is empty on an
idle tick. The grading, antibiotic-screen and payout stages touch the intake-lab
container only for a non-empty batch (the grading stage filters the batch with a list
comprehension, the screen and payout stages return early on an empty one); the silo
tally stage touches it on every run (a zero tally every idle tick: the bug); the chiller
stage is gated by the active guard, the patronage stage by the rare predicate. Which
stages are used is decided by an ``enum.Flag`` of ``IntakeOption`` values combined with
``|`` (a ``STANDARD`` alias, ``|=`` for a switch read from the environment) and tested
with ``in``, both at start-up and inside stages: the sample-archive stage, which would
touch the container on every run, is never used because its option is not in the
standard set. A ``@dataclass(slots=True)`` delivery record (mutated by the grading
stage) and settings, a repository over the database and the cache, logging throughout.
"""
