import enum


class Chamber(enum.Enum):
    SLACK = "slack"
    PENNED = "penned"
    EMPTYING = "emptying"
