import logging

log = logging.getLogger(__name__)


class SurveyStore:
    def query(self, sql: str) -> list:
        log.debug("%s", sql)
        return []


def survey_store() -> SurveyStore:
    return SurveyStore()
