"""Bellows of a forge: handles travel through **kwargs, with defaults where nothing is passed."""
