"""A pigeon loft whose counts start at zero and grow only on busy or rare ticks: a count on
the keeper, one on a helper object, and a table of counts made with `[0] * n`."""
