"""The night shift's steps: each takes a ``DepotState`` and returns the next one."""
