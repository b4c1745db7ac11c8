"""Customs brokerage poller (production mix, with wakes on an idle port).

Idioms: stage dispatch by ``getattr(self.stages, f"run_{stage}")`` over the
constant ``STAGES``; the guard's value stored on ``self._open`` in the tick
(``__init__`` set True first) and passed down as an argument to the stages;
generators filtering filings and amendments from the database, consumed by
``for`` and ``next``; ``match`` on a hold summary with class patterns and on the
stored guard value with singleton patterns.
"""
