"""Renderer plug-ins, one module per layer; the registry imports them by name."""
