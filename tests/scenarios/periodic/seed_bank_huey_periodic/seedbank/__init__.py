"""Seed bank: Huey periodic tasks (crontab) on a RedisHuey instance."""
