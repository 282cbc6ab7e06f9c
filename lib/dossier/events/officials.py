"""Which state an official named without a country acts for.

A government's statement names its own officials without their country ("President X signed
...", "the Secretary of Energy will ..."), so the entity layer gives them no state. When
such a person imposes, sponsors or signs something, the state they act for is, in order:

* their own affiliated state, when the text gives one;
* the state that wrote the text (:mod:`dossier.events.author`: "we", the outlet, a byline);
* else the state the text's own government offices are named for
  (:func:`dossier.events.author.home_state`: ``United States Permanent Representative``, ``U.S.
  Department of State``): a text that names one government's offices by their state is that
  government's statement, and its unnamed officials are that state's;
* else, for a titled official (``President X``) when the caller names the other side (the
  targets of a sanction, the hosts of a project), the state the text names most often besides
  those, at least three times and more than twice as often as any other: a statement that never says whose it is
  names its own country most ("President X signed an order imposing sanctions on Y ... to
  protect the United States ... the United States").

``None`` when none of these names a state: a person is then left as themselves.
"""

from __future__ import annotations

from dossier.actors.mentions import ActorIndex
from dossier.events.author import home_state
from dossier.records import Actor


def official_state(index: ActorIndex, actor: Actor, author: str | None, *,
                   besides: set[str] | None = None) -> str | None:
    """The state a person acts for, by the rules in the module docstring; ``besides`` (the other
    side's actor ids) allows the last rule. ``None`` for an actor that is not a person or a text
    that names no such state."""
    if actor.type != "person":
        return None
    return index.state_of(actor) or government_state(index, author, besides=besides if actor.roles else None)


def government_state(index: ActorIndex, author: str | None, *, besides: set[str] | None = None) -> str | None:
    """The state whose government a statement speaks for, by the last three rules in the module
    docstring (the author, the state of its offices, else, given ``besides``, the state it names
    far most often besides those): what its unnamed officials and its orders act for."""
    found = author or home_state(index)
    if found is None and besides is not None:
        found = _most_named_state(index, besides)
    return found


def _most_named_state(index: ActorIndex, besides: set[str]) -> str | None:
    """The state named most often besides the given ones: at least three times, and more than
    twice as often as any other."""
    counts = sorted((len(a.mentions), a.id) for a in index.actors if a.type == "state" and a.id not in besides)
    if not counts or counts[-1][0] < 3 or len(counts) > 1 and counts[-1][0] <= 2 * counts[-2][0]:
        return None
    return counts[-1][1]
