"""wakecheck: finds container-waking calls that an idle alarm loop still makes."""

__version__ = "0.1.0"
