import logging

from huey import crontab

from seedbank.queue import huey
from seedbank.vault import vault_db

log = logging.getLogger(__name__)


@huey.periodic_task(crontab(minute="*/5"))
def count_germination_trays():
    trays = vault_db().scalar("SELECT count(*) FROM trays WHERE germinating")  # expect: WC001
    log.info("%d trays germinating", trays)


@huey.periodic_task(crontab(minute="0", hour="2"))
def rotate_cold_storage():
    vault_db().scalar("SELECT rotate_cold_storage()")  # expect: WC001


@huey.task()
def record_deposit(accession: str):
    vault_db().scalar("SELECT 1")
