"""A cluster of entity mentions that the resolver is growing into one actor."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from dossier.records import ActorType


@dataclass
class Cluster:
    type: ActorType
    key: str
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    first: str = ""
    last: str = ""
    extra_aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # offices it is named by alone ("the Foreign Secretary")
    descriptions: list[str] = field(default_factory=list)  # appositions that describe it ("a former officer")

    @property
    def initials(self) -> set[str]:
        return {"".join(w[0] for w in n.split()).upper() for n in self.names if len(n.split()) >= 3}

    def paternal_surnames(self) -> set[str]:
        """The next-to-last words of its names of three words or more (lower case): the first of
        two surnames in Spanish and Portuguese names (``Mancera`` of Tulio Mancera Ortiz)."""
        return {words[-2] for n in self.names if len(words := n.lower().split()) >= 3} if self.type == "person" \
            else set()

    def add(self, span: Span, text: str, where: tuple[int, int]) -> None:
        self.names.append(text)
        self.mentions.append(where)
        self.spans.append(span)
