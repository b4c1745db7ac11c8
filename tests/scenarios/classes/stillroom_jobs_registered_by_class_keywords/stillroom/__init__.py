"""Job classes register themselves through `__init_subclass__`, handed their class statement's
keywords (`class CountJob(ShelfJob, kind="count")`); one subclass lives in a module that never
names the base class. A job registered with `manual=True` is kept out of the rotation."""
