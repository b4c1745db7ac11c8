"""Container stubs for a town."""


def get_town_container_stub(env, town_id):
    return env.TOWN_CONTAINER.get(env.TOWN_CONTAINER.id_from_name(town_id))
