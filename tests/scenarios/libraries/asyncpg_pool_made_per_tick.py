# [tool.wakecheck]
# entry = ["*.Archiver.alarm"]
"""A pool made on every tick connects its minimum size at once; one with min_size=0 connects only when used."""

import asyncpg

DSN = "postgresql://archive-db/records"


class Archiver:
    async def alarm(self):
        eager = await asyncpg.create_pool(DSN)  # expect: WC001
        lazy = await asyncpg.create_pool(DSN, min_size=0)
        quiet = await asyncpg.create_pool(DSN, min_size=0, max_size=2)
        await lazy.close()
        await quiet.close()
        await eager.close()
        single = await asyncpg.connect(DSN)  # expect: WC001
        await single.execute("VACUUM archived_records")  # expect: WC001
        await single.close()
