"""Capstan batteries made through a class held in a name: picked from `cls.__subclasses__()`
by a classmethod, and from a table of kinds; their settings come from constant TOML text
parsed at start-up."""
