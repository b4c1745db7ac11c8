class RouteTableDef(list):
    def _route(self, method, path):
        def register(handler):
            self.append((method, path, handler))
            return handler
        return register

    def get(self, path):
        return self._route("GET", path)

    def post(self, path):
        return self._route("POST", path)


class Application(dict):
    def __init__(self):
        super().__init__()
        self.routes, self.on_startup, self.on_cleanup = [], [], []

    def add_routes(self, routes):
        self.routes.extend(routes)


def json_response(data, status=200):
    return {"status": status, "json": data}


def run_app(app, port=None):
    raise RuntimeError("not in the tests")
