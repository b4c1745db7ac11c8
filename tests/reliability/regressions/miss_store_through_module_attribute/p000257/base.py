class TownBase:
    pass
