# [tool.wakecheck]
# entry = ["alarm"]
# container-factories = ["*.get_container"]
# active-guards = ["*.has_active_work"]
# empty-on-idle = { "*.list_open_beads" = "zero open beads" }

"""Effects collected as lambdas and run later: a lambda created only inside a loop over
an empty-on-idle collection is never created, so never run."""
from containers import get_container


class Town:
    def __init__(self, env, sql):
        self.container = get_container(env, "town")
        self.sql = sql

    def list_open_beads(self):
        return self.sql.exec("SELECT * FROM beads WHERE status = 'open'").all()

    def list_rigs(self):
        return self.sql.exec("SELECT * FROM rigs").all()

    async def alarm(self):
        effects = []
        for bead in self.list_open_beads():
            effects.append(lambda b=bead: self.container.fetch(f"/dispatch/{b.id}"))
        for rig in self.list_rigs():
            effects.append(lambda r=rig: self.container.fetch(f"/rigs/{r.id}/sync"))  # expect: WC001
        for run in effects:
            await run()
