"""Ferry dock API: periodic jobs with fastapi_utils.tasks.repeat_every."""
