from . import kits

async def step1_2(town, h):
    a3 = kits.Duo(left=town.pair[1], right=h)
    list(map(lambda x6: x6.fetch("/s7"), [a3.left, a3[1]]))
