"""A dye house that groups what waits by colour in a `collections.defaultdict(list)` and counts
baths in a `defaultdict(int)`; reading a key of a defaultdict holds it from then on."""
