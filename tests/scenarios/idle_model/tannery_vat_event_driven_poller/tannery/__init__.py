"""Tannery vat scheduler: a pending set filled by requests, and a poller that waits on it."""
