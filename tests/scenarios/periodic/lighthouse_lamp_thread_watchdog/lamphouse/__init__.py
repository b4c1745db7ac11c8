"""Lighthouse lamp watchdog: a thread that wakes on a timer until it is stopped."""
