"""A client made lazily on the first tick from module globals that a start-up function sets,
called by the app's `main()` with values read from the environment."""
