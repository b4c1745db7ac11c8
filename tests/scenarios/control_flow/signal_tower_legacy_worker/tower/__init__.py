"""A legacy worker: old-style `super(Class, self).__init__`, a context dict, `range(len(...))`
over an empty-on-idle queue, a flag set only when trains approach, a deque drained with
`while`, and a library helper whose result the tick indexes into."""
