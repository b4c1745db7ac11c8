"""Sawmill: code that looks periodic by name or shape and is not, beside one loop that is."""
