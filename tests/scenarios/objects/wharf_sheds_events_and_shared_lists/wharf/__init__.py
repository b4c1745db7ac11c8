"""Shed keeper of a wharf: what the tick tests was filled or set elsewhere, or not at all."""
