"""The quarry's periodic jobs and their start-up."""
