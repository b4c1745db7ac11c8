"""Greenhouse mister: polls its cloud with async_track_time_interval and a DataUpdateCoordinator."""
