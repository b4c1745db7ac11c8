"""Kelp farm harvest planner: an asyncio poller started from the app's lifespan."""
