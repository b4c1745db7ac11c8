from __future__ import annotations

import logging

from ..registry import CheckContext, mews_check

log = logging.getLogger(__name__)


@mews_check
async def treat_injuries(ctx: CheckContext) -> None:
    for case in await ctx.records.open_injury_cases():
        log.info("treating %s (%s)", case.bird, case.case_id)
        await ctx.aviary.fetch(f"/clinic/{case.case_id}", method="POST")
