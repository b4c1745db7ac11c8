"""A kiln yard advanced one batch per tick with `next()` / `anext()`.

A generator advanced once runs up to its first `yield`. When no yield is reached on
some path (nothing scheduled, the generator falls off its end), everything that path
does runs on that first advance, including the calls after the skipped `yield`.
"""
