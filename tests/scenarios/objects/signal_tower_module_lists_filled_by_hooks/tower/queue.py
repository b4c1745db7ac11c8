"""Route requests, queued only while trains are signalled."""
QUEUED_ROUTES = []


def queue_route(route):
    QUEUED_ROUTES.append(route)


def take_routes():
    global QUEUED_ROUTES
    taken, QUEUED_ROUTES = QUEUED_ROUTES, []
    return taken
