"""The hatchery's records (a database in production)."""


class Beds:
    def beds_spawning(self):
        return True

    def spat_counts(self):
        return [("north", 40), ("south", 12)]
