"""Lists the whole process shares."""
FAULTS = []
CLEARED = []
