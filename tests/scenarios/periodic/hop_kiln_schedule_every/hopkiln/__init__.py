"""Hop kiln: jobs registered with schedule.every(...).do(...) and @repeat."""
