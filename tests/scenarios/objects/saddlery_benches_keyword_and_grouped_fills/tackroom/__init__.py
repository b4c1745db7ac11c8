"""Saddlery benches: lists and dicts the tick owns, filled by a collector (by keyword, by grouping)."""
