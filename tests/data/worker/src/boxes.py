"""The containers: a sandbox per tenant, and the nightly backup box."""

from containers import Container


class Sandbox(Container):
    default_port = 8080
    sleep_after = "10m"


class BackupBox(Container):
    default_port = 9000
    sleep_after = "1h"
