"""Telescope queue: Modal functions with schedule=modal.Period(...) and modal.Cron(...)."""
