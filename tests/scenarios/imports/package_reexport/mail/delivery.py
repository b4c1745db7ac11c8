"""Mail delivery: one container call per working agent."""
from .queries import list_working_agents


async def deliver_pending_mail(sql, stub):
    for agent in list_working_agents(sql):
        await stub.fetch(f"/agents/{agent.id}/mail")


async def announce(stub):
    await stub.fetch("/mail/announce")  # expect: WC001
