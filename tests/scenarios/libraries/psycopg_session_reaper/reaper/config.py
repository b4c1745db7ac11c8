DSN = "postgresql://sessions-db/web"
