"""A signal tower's tick: what hooks and handlers the railway calls put in lists the tick reads."""
