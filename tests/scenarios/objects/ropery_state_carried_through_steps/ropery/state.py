from dataclasses import dataclass, replace

from ropery.jenny import SpinningJenny, hanks_to_twist


@dataclass(frozen=True)
class WalkState:
    jenny: SpinningJenny
    to_twist: tuple[str, ...] = ()
    twisted: tuple[str, ...] = ()


def gather(state: WalkState) -> WalkState:
    return replace(state, to_twist=state.to_twist + tuple(hanks_to_twist()))


def twist(state: WalkState) -> WalkState:
    done: list[str] = []
    for hank in state.to_twist:
        state.jenny.fetch(f"/hanks/{hank}/twist")
        done.append(hank)
    return replace(state, to_twist=(), twisted=state.twisted + tuple(done))
