"""Just enough of aiohttp for the fixture's app module to import and start."""
