"""A dockyard service: the lifespan hook the framework enters keeps the crane box on app.state."""
