def wash(box):
    box.post("/wash")  # expect: WC001


def register(hooks):
    hooks.append(wash)
