"""Backoff between attempts of a failed job."""


class Backoff:
    sleep_after = 2  # seconds before the first retry

    def __init__(self, attempts):
        self.attempts = attempts

    def delay(self):
        return self.sleep_after * 2 ** self.attempts
