"""A tannery's benches, filled at start-up by a method of the object that holds them, reached
through that object (`self.floor.benches`); a rare tick replaces one bench's drum in that
list, and the next tick warms the new drum up."""
