"""Orchard frost watch: periodic tasks added when the Celery app is configured."""
