"""The activity facts of a town."""
import dataclasses

import wkenv


class Idle(Exception):
    pass


@dataclasses.dataclass
class Snapshot:
    has_work: bool
    rows: list


def has_active_work(town):
    return wkenv.guard("has_active_work")


def list_working_agents(town):
    return wkenv.rows("list_working_agents")


def token_expiring(town):
    return wkenv.rare("token_expiring")


def box(town):
    return town.container


def sync_config(town, label):
    return wkenv.record_sink(label)


def require_work(town):
    if not has_active_work(town):
        raise Idle()


def pred_guard(town):
    return has_active_work(town)


def pred_not_guard(town):
    return not has_active_work(town)


def pred_and(town):
    return wkenv.flag("pred_and") and has_active_work(town)


def pred_or(town):
    return has_active_work(town) or wkenv.flag("pred_or")


def pred_early(town):
    if not has_active_work(town):
        return False
    return wkenv.flag("pred_early")
