from arq import cron

from loans.jobs import condition_report, remind_borrowers


class WorkerSettings:
    functions = [remind_borrowers]
    cron_jobs = [
        cron(remind_borrowers, minute={0, 15, 30, 45}),
        cron(condition_report, hour=6, minute=0),
    ]
