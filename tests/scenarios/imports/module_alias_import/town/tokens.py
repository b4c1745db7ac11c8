"""Token refresh, reached through `import town.tokens as tok`."""
import town.infra as infra


async def refresh_container_token(env, town_id, token):
    stub = infra.get_town_container_stub(env, town_id)
    await stub.set_env_var("GASTOWN_TOKEN", token)  # expect: WC001
