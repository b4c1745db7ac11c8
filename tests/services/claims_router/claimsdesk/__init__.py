"""Claims router: moves claims through intake, adjudication and escalation.

Main idiom: dispatch through dictionaries. ``ClaimsPoller.__init__`` fills
``self.routes`` with bound methods (then ``update``s it) and a dict keyed by the
adjudication guard's value; ``maintenance.MAINTENANCE`` is a module-level dict of
functions filled by a literal and by item assignment; the poll calls
``self.routes["intake"]()``, ``self.routes.get(kind)``, ``.get(kind, default)``
for a kind that is there and one that is not, and ``MAINTENANCE[name](...)``.
Second idiom: the box passed as an argument through module-level functions.
"""
