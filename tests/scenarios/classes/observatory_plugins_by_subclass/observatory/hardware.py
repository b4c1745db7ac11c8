def reserve_dome_controller(site):
    raise NotImplementedError("provided by the platform")


def observing_run_booked(site):
    raise NotImplementedError("provided by the platform")


def mirror_recoat_due(site):
    raise NotImplementedError("provided by the platform")


class ControllerLease:
    def __init__(self, controller, site):
        self.controller = controller
        self.site = site


class LeaseView:
    """Read-only view of a lease: forwards what it does not have."""

    def __init__(self, lease):
        self._lease = lease

    def __getattr__(self, name):
        return getattr(self._lease, name)
