"""Which claims contest which: a denial paired with the earlier claim it answers."""

from __future__ import annotations

from bisect import bisect_right

from dossier.records import Actor, Claim, Contest

#: How many sentences before a denial the claim it answers may be.
CONTEST_WINDOW = 3


def contested(claims: tuple[Claim, ...], actors: tuple[Actor, ...],
              sentences: tuple[tuple[int, int], ...]) -> tuple[Contest, ...]:
    """Pair each denial with the claim it answers.

    Rule: the nearest earlier claim, at most :data:`CONTEST_WINDOW` sentences before, made by
    someone else, whose words mention the denier (``Iran has sent drones ..., according to
    officials. Iran has denied sending weapons``). Denials that answer nothing stated in the
    article stay unpaired.
    """
    starts = [s for s, _ in sentences]
    by_id = {a.id: a for a in actors}

    def sentence(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    out = []
    for d in claims:
        if d.kind != "denial" or d.speaker is None:
            continue
        denier = by_id[d.speaker]
        earlier = [c for c in claims if c.kind != "denial" and c.span[1] <= d.span[0]
                   and c.speaker != d.speaker and sentence(d.span[0]) - sentence(c.span[0]) <= CONTEST_WINDOW
                   and any(c.span[0] <= s and e <= c.span[1] for s, e in denier.mentions)]
        if earlier:
            c = max(earlier, key=lambda c: c.span[0])
            out.append(Contest(claim=c.id, counter=d.id, reason=f"{denier.name} denies what the claim says of it"))
    return tuple(out)
