import logging

log = logging.getLogger(__name__)


def send_reminder(text):
    log.info("reminder: %s", text)
