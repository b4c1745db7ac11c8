import collections
import typing

class Pair(typing.NamedTuple):
    main: object
    spare: object
Duo = collections.namedtuple("Duo", "left right")
