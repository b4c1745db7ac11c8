"""A dependency-injection container: providers (subclasses of a generic base) kept as class
attributes that name each other in the class body, resolved with `*[...]` and `**{...}` of
unknown length when called. A drive is picked by a static factory."""
