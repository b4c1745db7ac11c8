import logging

from workers import Response, WorkerEntrypoint

from settlement import settlement_container

log = logging.getLogger(__name__)


class Default(WorkerEntrypoint):
    async def fetch(self, request):
        return Response("tollbooth")

    async def scheduled(self, controller, env, ctx):
        container = settlement_container(self.env)
        await container.fetch("https://settle/passages")  # expect: WC001
        log.info("settled passages")
