"""Glacier survey: Celery tasks scheduled by beat, by dotted name."""
