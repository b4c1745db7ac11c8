"""A stand-in for asyncpg that records every statement sent to the server, with its caller's line.

The database it fronts is an idle one: no job is due, so every query returns no rows
(`fetchrow` the worker_config row, `fetchval` None). `create_pool` connects `min_size`
connections (asyncpg's default 10), each recorded as a `connect`.
"""

import sys

QUERIES = []  # [method, sql, caller's file, caller's line, the stack: [file, function, line] from the caller out]


def _record(method, sql, depth=2):
    caller = frame = sys._getframe(depth)
    stack = []
    while frame is not None:
        stack.append([frame.f_code.co_filename, frame.f_code.co_name, frame.f_lineno])
        frame = frame.f_back
    QUERIES.append([method, sql, caller.f_code.co_filename, caller.f_lineno, stack])


async def _reply(value):
    return value


class Connection:
    def fetch(self, sql, *args):
        _record("fetch", sql)
        return _reply([])

    def fetchrow(self, sql, *args):
        _record("fetchrow", sql)
        return _reply({"batch_size": 20, "max_attempts": 5} if "worker_config" in sql else None)

    def fetchval(self, sql, *args):
        _record("fetchval", sql)
        return _reply(None)

    def execute(self, sql, *args):
        _record("execute", sql)
        return _reply("UPDATE 0")


class Pool(Connection):
    def __init__(self, min_size):
        self._size = min_size

    def get_size(self):
        return self._size

    async def close(self):
        pass


def create_pool(dsn=None, *, min_size=10, max_size=10, **kwargs):
    for _ in range(min_size):
        _record("connect", dsn)
    return _reply(Pool(min_size))


def connect(dsn=None, **kwargs):
    _record("connect", dsn)
    return _reply(Connection())
