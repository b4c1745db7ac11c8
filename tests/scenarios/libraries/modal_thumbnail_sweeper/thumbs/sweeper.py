import modal

from thumbs.app import Upscaler, app, render_thumbnail


def pending_uploads():
    return []


@app.function(schedule=modal.Period(minutes=1))
def sweep_pending_thumbnails():
    indexer = modal.Function.from_name("search", "reindex")
    indexer.spawn("thumbnails")  # expect: WC001
    render_thumbnail.local("warmup")
    for key in pending_uploads():
        render_thumbnail.remote(key)
        Upscaler().upscale.remote(key)
    render_thumbnail.spawn("heartbeat")  # expect: WC001
    Upscaler().upscale.remote("heartbeat")  # expect: WC001
