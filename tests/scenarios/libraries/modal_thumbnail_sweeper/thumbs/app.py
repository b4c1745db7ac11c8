import modal

app = modal.App("thumbnails")
image = modal.Image.debian_slim().pip_install("pillow")


@app.function(image=image, gpu="T4")
def render_thumbnail(key: str) -> bytes:
    return key.encode()


@app.cls(image=image)
class Upscaler:
    @modal.method()
    def upscale(self, key: str) -> bytes:
        return key.encode()
