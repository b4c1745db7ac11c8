RENDER_WORKER_URL = "https://render-worker.fly.dev"
STATUS_PAGE_URL = "https://status.example.org/api/ping"
