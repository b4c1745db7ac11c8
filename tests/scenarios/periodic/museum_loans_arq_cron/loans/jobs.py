import logging

from loans.register import loan_register

log = logging.getLogger(__name__)


async def remind_borrowers(ctx) -> None:
    overdue = await loan_register().overdue()  # expect: WC001
    log.info("%d loans overdue", len(overdue))


async def condition_report(ctx) -> None:
    await loan_register().overdue()  # expect: WC001
