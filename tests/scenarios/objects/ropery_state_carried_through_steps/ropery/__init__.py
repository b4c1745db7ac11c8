"""A rope walk whose tick threads a frozen state through steps: a tuple field grown with
`+` from what is empty on an idle tick, rebuilt by `dataclasses.replace` in a loop, kept on
the shift for the next tick, and a table of counts made with `[0] * n`."""
