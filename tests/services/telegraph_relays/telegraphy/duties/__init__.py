"""The relay duties; importing this package registers every one of them."""

from . import batteries, repeaters, sounders

__all__ = ["batteries", "repeaters", "sounders"]
