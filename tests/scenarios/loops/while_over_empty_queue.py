# [tool.wakecheck]
# entry = ["*.Mailroom.on_timer"]
# container-factories = ["*.make_client"]
# active-guards = ["*.has_pending_jobs"]
# empty-on-idle = { "*.pending_mail" = "no pending mail" }

"""`while queue:` over an empty-on-idle list never enters its body."""
from clients import make_client


class Mailroom:
    def __init__(self, env, sql):
        self.client = make_client(env, "mail")
        self.sql = sql

    def pending_mail(self):
        return self.sql.exec("SELECT * FROM mail WHERE sent = 0").all()

    async def on_timer(self):
        await self.client.get("/mailbox/health")  # expect: WC001
        queue = self.pending_mail()
        while queue:
            letter = queue.pop()
            await self.client.post("/mail/send", letter)
