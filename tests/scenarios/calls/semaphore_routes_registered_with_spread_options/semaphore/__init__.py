"""Routes are registered at start-up from a settings file, their options forwarded with
`**options` through a helper to a function whose parameters are keyword-only; the tick
walks the registered routes."""
