"""A lock chamber's states live on the master between ticks: what one tick stores, the next
one dispatches on (an enum through a table of bound methods, a string compared with ==)."""
