import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.utils import timezone

from reminders.mailer import send_reminder
from reminders.models import Reminder


def is_month_end():
    return timezone.now().day == 28


class Command(BaseCommand):
    help = "Send due reminders every 30 seconds"

    def handle(self, *args, **options):
        while True:
            due = Reminder.objects.filter(sent=False, due_at__lte=timezone.now()).order_by("due_at")
            if not due:  # expect: WC001
                time.sleep(30)
                continue
            for reminder in due[:50]:  # expect: WC001
                send_reminder(reminder.describe())
                reminder.mark_sent()
            total = Reminder.objects.count()  # expect: WC001
            self.stdout.write(f"{total} reminders")
            if is_month_end():
                with connection.cursor() as cursor:
                    cursor.execute("VACUUM ANALYZE reminders_reminder")  # expect: WC002
            time.sleep(30)
