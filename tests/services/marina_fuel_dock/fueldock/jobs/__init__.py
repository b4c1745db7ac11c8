"""The dock jobs: a base class with a template method, and its subclasses by area."""
