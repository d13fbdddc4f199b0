"""The explainer: reasons in English and Japanese for a scored candidate, from the facts the scorer
already used (its facets and structured parts, the network facts) and the candidate's stored
sentences (``matching/page``), each quoted where the profile states it.
"""

from __future__ import annotations

from typing import Any

from matchmaker.embeddings.profiles import SentenceVectors
from matchmaker.matching.facets import WANTED
from matchmaker.matching.models import Reason
from matchmaker.matching.procurement import buyer_reasons
from matchmaker.matching.scorer import Scored
from matchmaker.matching.seekers import Query
from matchmaker.model.vocabulary import Vocabulary
from matchmaker.profiles.analyser import SECTION_SOURCES
from matchmaker.profiles.store import stored_facets

CODES = {"capabilities": "capability", "modalities": "modality", "compliance": "compliance",
         "scales": "scale", "sites": "site", "certifications": "certification", "criteria": "criterion"}  # fmt: skip
# Sections where stating only other terms than the wanted ones is a mismatch worth a caution.
EXCLUSIVE = {"modalities": "modality", "funding_stages": "stage", "scales": "scale"}
RECIPROCAL_MIN = 0.3  # a candidate need this close to the seeker's offer is worth saying


class Explainer:
    def __init__(self, vocabulary: Vocabulary, *, analysed: bool = True) -> None:
        self.vocab = vocabulary
        self.analysed = analysed

    def term(self, section: str, term_id: str) -> tuple[str, str]:
        """A facet term's English and Japanese labels (sites: region or country codes)."""
        source = SECTION_SOURCES.get(section, section)
        term = self.vocab.terms(source).get(term_id)
        if term is not None:
            return term.en, term.ja
        label = self.vocab.label(source, term_id)
        return label, label

    def reasons(self, query: Query, scored: Scored, texts: dict[str, Any]) -> list[Reason]:
        facets = stored_facets(texts.get("analysis")) if self.analysed else []

        def quote(section: str, term_id: str, polarity: str) -> str | None:
            return next(
                (
                    f["evidence"]
                    for f in facets
                    if f["text"] == "description" and f["section"] == section
                    and f["term"] == term_id and f["polarity"] == polarity
                ),
                None,
            )  # fmt: skip

        if query.by_needs:
            return buyer_reasons(query, scored, texts, facets, self.term) + self._network(scored.net)
        reasons = self._facet_reasons(query, scored, quote)
        reasons += self._mismatches(query, scored, quote)
        reasons += self._statements(query, texts, self._contradicting(query, scored, facets))
        reasons += self._network(scored.net)
        return reasons

    def _facet_reasons(self, query: Query, scored: Scored, quote: Any) -> list[Reason]:
        reasons: list[Reason] = []
        offered, negated = scored.facets.offered, scored.facets.negated
        for section, code in CODES.items():
            for term_id in [t for t in query.wants[section] if t in offered[section]][:3]:
                en, ja = self.term(section, term_id)
                said = quote(section, term_id, "positive")
                where_en = f"stated in “{said}”" if said else "declared in the profile"
                where_ja = f"「{said}」に記載" if said else "プロフィールで申告"
                reasons.append(Reason(code=code, en=f"{en}: {where_en}", ja=f"{ja}：{where_ja}", evidence=said))
        for section in WANTED:
            for term_id in sorted(set(query.wants[section]) & negated[section])[:2]:
                en, ja = self.term(section, term_id)
                said = quote(section, term_id, "negative")
                reasons.append(
                    Reason(
                        code="caution",
                        en=f"Not {en}, by its own account: “{said}”",
                        ja=f"{ja}は対象外と記載：「{said}」",
                        evidence=said,
                    )
                )
        if scored.parts["stage"] == 1.0:
            matched = sorted(set(query.wants["funding_stages"]) & offered["funding_stages"])
            if matched:
                stage = self.vocab.terms("funding_stages")[matched[0]]
                en, ja = f"Invests at {stage.en}, the round you look for", f"{stage.ja}ラウンドに投資"
                reasons.append(Reason(code="stage", en=en, ja=ja))
        return reasons

    def _mismatches(self, query: Query, scored: Scored, quote: Any) -> list[Reason]:
        """Cautions for a part the scorer set to 0 because the candidate states something
        else than what is wanted: other modalities, another funding round, a smaller scale."""
        reasons: list[Reason] = []
        offered, negated = scored.facets.offered, scored.facets.negated
        for section, part in EXCLUSIVE.items():
            value, wanted = scored.parts.get(part), set(query.wants[section])
            if value is None or value > 0 or not wanted or wanted & negated[section]:
                continue  # fits, silent, or already said as a negation above
            stated = sorted(offered[section] - wanted)
            if not stated:
                continue
            names = [self.term(section, t) for t in stated[:3]]
            want = [self.term(section, t) for t in sorted(wanted)[:2]]
            said = next((q for t in stated if (q := quote(section, t, "positive"))), None)
            en = f"States {', '.join(n[0] for n in names)}, not {' or '.join(w[0] for w in want)}"
            ja = f"{'・'.join(n[1] for n in names)}と記載（{'・'.join(w[1] for w in want)}ではない）"
            reasons.append(Reason.quoting("caution", en, ja, said))
        return reasons

    def _contradicting(self, query: Query, scored: Scored, facets: list[dict[str, Any]]) -> frozenset[str]:
        """Sentences that rule out something wanted, or state only what differs from it (the
        modality, round or scale behind a caution): never quoted as the best statement."""
        wanted = {s: set(query.wants[s]) for s in WANTED}
        bad: set[str] = set()
        by_sentence: dict[str, list[dict[str, Any]]] = {}
        for f in facets:
            if f["text"] == "description":
                by_sentence.setdefault(f["evidence"], []).append(f)
        for sentence, found in by_sentence.items():
            if any(f["polarity"] == "negative" and f["term"] in wanted.get(f["section"], ()) for f in found):
                bad.add(sentence)
                continue
            for section, part in EXCLUSIVE.items():
                if not wanted[section] or (scored.parts.get(part) or 0) > 0:
                    continue
                stated = {f["term"] for f in found if f["section"] == section and f["polarity"] == "positive"}
                if stated and not stated & wanted[section]:
                    bad.add(sentence)
        return frozenset(bad)

    def _statements(self, query: Query, texts: dict[str, Any], skip: frozenset[str]) -> list[Reason]:
        """The candidate's sentence closest to the query (none that contradicts it), and its need
        closest to the seeker's offer."""
        reasons: list[Reason] = []
        offer: SentenceVectors | None = texts.get("offer")
        best = offer.best(query.vector, skip) if offer is not None else None
        if best is not None:
            sentence, similarity = best
            reasons.append(
                Reason(
                    code="statement",
                    en=f"Best-matching statement ({similarity:.2f}): “{sentence}”",
                    ja=f"最も合致した記述（{similarity:.2f}）：「{sentence}」",
                    evidence=sentence,
                )
            )
        needs: SentenceVectors | None = texts.get("needs")
        best = needs.best(query.offer) if needs is not None and query.offer is not None else None
        if best is not None and best[1] >= RECIPROCAL_MIN:
            reasons.append(
                Reason(
                    code="reciprocal",
                    en=f"They look for what you offer: “{best[0]}”",
                    ja=f"先方のニーズにも合致：「{best[0]}」",
                    evidence=best[0],
                )
            )
        return reasons

    @staticmethod
    def _network(net: dict[str, Any] | None) -> list[Reason]:
        if not net:
            return []
        reasons: list[Reason] = []
        if net["communities"]:
            reasons.append(
                Reason(
                    code="community",
                    en="Both members of " + ", ".join(net["communities"]),
                    ja="ともに" + "、".join(net["communities_ja"]) + "のメンバー",
                )
            )
        if net["hubs"]:
            reasons.append(
                Reason(code="hub", en="Same hub: " + ", ".join(net["hubs"]), ja="同じ拠点：" + "、".join(net["hubs"]))
            )
        if net["common_partners"]:
            names = net["common_partners"]
            reasons.append(
                Reason(
                    code="partners",
                    en=f"{len(names)} partner(s) in common, e.g. {names[0]}",
                    ja=f"共通の取引先・関係先 {len(names)} 件（例：{names[0]}）",
                )
            )
        if net["met_before"]:
            reasons.append(Reason(code="met", en="You have met before", ja="過去に面談実績あり"))
        return reasons
