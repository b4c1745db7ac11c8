"""Tidal lock keeper: APScheduler jobs added in code and by decorator."""
