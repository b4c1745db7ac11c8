def tally(box):
    box.post("/tally")  # expect: WC001


def register(hooks):
    hooks.append(tally)
