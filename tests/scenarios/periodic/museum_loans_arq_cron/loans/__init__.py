"""Museum loans: arq worker settings with cron_jobs."""
