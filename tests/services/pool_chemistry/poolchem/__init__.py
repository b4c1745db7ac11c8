"""Pool chemistry dosing.

Main idiom: a guard *method* read without a call in a condition. A bound method
is always true, so ``if self.schedule.has_dosing_cycles:`` (two calls below the
tick), ``if not self.schedule.has_dosing_cycles: return`` and a local holding
the uncalled method all let their container calls fire on an idle plant; the
correct variants sit next to them (the call, and a local alias that is called).
Second idiom: a guard that is a property (``DosingState.circulation_running``),
where a read without a call is the guard itself.
"""
