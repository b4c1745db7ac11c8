"""A bell foundry's pour floor: services kept in a `types.SimpleNamespace` made at start-up,
and a worker task started with `asyncio.create_task` that waits on a queue while the tick
goes on; a chain of three relay stations passing a signal down to the bell ringer."""
