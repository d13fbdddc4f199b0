"""Reasons for a seeker that offers (a parts or materials maker looking for buyers): what the buyer
looks for in its own words, whether it says that category is covered or makes it itself, and the
selection criteria the seeker meets (a GMP use record first: buyers need one before they switch).

Only needs a buyer shares are quoted: confidential needs never reach here (``matching/page``
and the candidate query leave them out).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from matchmaker.embeddings.profiles import SentenceVectors
from matchmaker.matching.models import Reason
from matchmaker.matching.scorer import Scored
from matchmaker.matching.seekers import Query

Term = Callable[[str, str], tuple[str, str]]
NEED_MIN = 0.3  # a buyer's need this close to the offer is worth quoting


def buyer_reasons(query: Query, scored: Scored, texts: dict[str, Any], facets: list[dict[str, Any]],
                  term: Term) -> list[Reason]:  # fmt: skip
    """The reasons a buyer suits what the seeker offers, in English and Japanese."""
    if texts.get("needs_confidential"):
        facets = [f for f in facets if f["text"] != "needs"]

    def said(section: str, term_id: str, polarity: str) -> str | None:
        return next(
            (f["evidence"] for f in facets if f["text"] == "needs" and f["section"] == section
             and f["term"] == term_id and f["polarity"] == polarity),
            None,
        )  # fmt: skip

    offered = query.offers.get("capabilities") or []
    seeks = set(scored.buys.get("want_capabilities") or [])
    covered = set(scored.buys.get("avoid_capabilities") or [])
    makes = scored.facets.offered["capabilities"]
    reasons: list[Reason] = []
    for part in [p for p in offered if p in seeks][:3]:
        en, ja = term("capabilities", part)
        quote = said("capabilities", part, "positive")
        reasons.append(Reason.quoting("procurement", f"They look for {en}", f"{ja}を求めています", quote))
    for part in [p for p in offered if p in covered][:2]:
        en, ja = term("capabilities", part)
        reasons.append(
            Reason.quoting(
                "caution", f"Says {en} is covered", f"{ja}は充足と記載", said("capabilities", part, "negative")
            )
        )
    for part in [p for p in offered if p in makes and p not in seeks][:2]:
        en, ja = term("capabilities", part)
        reasons.append(Reason(code="caution", en=f"Makes {en} itself", ja=f"{ja}を自社で製造"))
    wanted = set(scored.buys.get("want_criteria") or [])
    for criterion in sorted(wanted & set(query.offers.get("criteria") or []), key=lambda c: c != "gmp_use_record")[:3]:
        en, ja = term("criteria", criterion)
        quote = said("criteria", criterion, "positive")
        reasons.append(Reason.quoting("criterion", f"Meets their criterion {en}", f"選定基準「{ja}」を満たす", quote))
    needs: SentenceVectors | None = texts.get("needs")
    best = needs.best(query.vector) if needs is not None else None
    if best is not None and best[1] >= NEED_MIN and not any(r.evidence == best[0] for r in reasons):
        reasons.append(Reason(code="reciprocal", en=f"What they look for ({best[1]:.2f}): “{best[0]}”",
                              ja=f"先方のニーズ（{best[1]:.2f}）：「{best[0]}」", evidence=best[0]))  # fmt: skip
    return reasons
