"""Bakery order board: tornado.ioloop.PeriodicCallback jobs."""
