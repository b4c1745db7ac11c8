"""A beat schedule names its tasks by dotted strings, split with `rpartition` and imported;
task modules are found relative to the package (`f"{__package__}.tasks.{name}"`)."""
