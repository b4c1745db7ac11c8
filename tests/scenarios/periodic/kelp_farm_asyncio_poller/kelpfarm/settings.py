HARVEST_POLL_SECONDS = 60
DATABASE_DSN = "postgresql://kelp@db/kelp"
