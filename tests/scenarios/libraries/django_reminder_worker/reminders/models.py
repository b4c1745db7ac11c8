from django.db import models


class Reminder(models.Model):
    recipient = models.EmailField()
    due_at = models.DateTimeField()
    sent = models.BooleanField(default=False)

    def mark_sent(self):
        self.sent = True
        self.save(update_fields=["sent"])  # expect: WC001

    def describe(self):
        return f"{self.recipient} at {self.due_at}"
