"""Fictional organisations: structured facts first, then free text that states the same facts.

One builder per kind; the phrase banks are in ``texts`` (data/phrases.yaml), the shape of the
ecosystem in ``world`` (data/world.yaml).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from matchmaker.synthetic import texts as T
from matchmaker.synthetic import world as W
from matchmaker.synthetic.common import (
    DOMESTIC,
    GMP_RECORD_ONLY,
    NO_GMP_RECORD,
    NO_OUT_LICENCE,
    SOURCE,
    Org,
    cumulate,
    sample,
    sample_pairs,
    weighted,
)
from matchmaker.synthetic.writer import Names, Writer

# --- organisations ----------------------------------------------------------------------------


class OrgFactory:
    """Builds one organisation: structured facts first, then free text that states the same facts."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names = Names(rng)
        self.kind_cum = cumulate(W.KIND_WEIGHTS)
        self.jp_cum = cumulate([w for _, w in W.JP_REGIONS])
        self.foreign_cum = cumulate([w for _, w in W.FOREIGN_REGIONS])
        self.cluster_names = tuple(W.CLUSTER_WEIGHTS)
        self.cluster_cum = cumulate(list(W.CLUSTER_WEIGHTS.values()))
        self.funding_names = tuple(W.FUNDING)
        self.funding_cum = cumulate([v[0] for v in W.FUNDING.values()])
        self.all_mods = tuple(T.MODALITY)

    # structured helpers

    def _cluster(self) -> str:
        return weighted(self.rng, self.cluster_names, self.cluster_cum)

    def _mixed_mods(self, lo: int, hi: int) -> tuple[str, ...]:
        """Modalities from several clusters (pharma, VCs, academia), in vocabulary order."""
        n = self.rng.randint(lo, hi)
        chosen: set[str] = set()
        while len(chosen) < n:
            chosen.add(self.rng.choice(W.CLUSTERS[self._cluster()]))
        return tuple(m for m in self.all_mods if m in chosen)

    def _negative(self, kind: str, foreign: bool) -> dict[str, object] | None:
        options = T.NEGATIVES.get(kind)
        if not options or self.rng.random() >= 0.11:
            return None
        neg = self.rng.choice(options)
        if neg.get("domestic") and foreign:
            return None
        return neg

    def make(self, i: int) -> tuple[Org, dict[str, Any]]:
        rng = self.rng
        kind = W.KINDS[i] if i < len(W.KINDS) else weighted(rng, W.KINDS, self.kind_cum)
        foreign = rng.random() < W.FOREIGN_SHARE[kind]
        if foreign:
            region = weighted(rng, [r for r, _ in W.FOREIGN_REGIONS], self.foreign_cum)
        else:
            region = weighted(rng, [r for r, _ in W.JP_REGIONS], self.jp_cum)
        lang = "en" if foreign or rng.random() >= W.JA_SHARE else "ja"
        family = rng.choice(W.SUPPLIER_FAMILIES) if kind == "supplier" else None
        suffixes = T.SUPPLIER_SUFFIXES[family[2]] if family else None
        name, name_ja, slug = self.names.make(kind, region, suffixes)
        org_id = f"{W.PREFIX}{kind.replace('_', '-')}-{i:06d}"
        builder: Callable[..., dict[str, Any]] = getattr(self, f"_{kind}", self._support)
        extra = {"family": family} if family else {}
        p = builder(
            kind=kind,
            lang=lang,
            foreign=foreign,
            name=name if lang == "en" else name_ja,
            region=region,
            **extra,
        )
        org = Org(
            org_id,
            kind,
            p["founded"],
            lang,
            foreign,
            p["mods"],
            p["caps"],
            p.get("wants", ()),
            p.get("rounds", ()),
            p.get("flags", 0),
        )
        text_only = (p["mods"] or p["caps"]) and rng.random() < 0.2
        rec: dict[str, Any] = {
            "record": "organization",
            "id": org_id,
            "kind": kind,
            "name": name,
            "name_ja": name_ja,
            "description": p["description"],
            "needs": p["needs"],
            "modalities": [] if text_only else list(p["mods"]),
            "capabilities": [] if text_only else list(p["caps"]),
        }
        for key in ("stage", "funding_stage"):
            if p.get(key):
                rec[key] = p[key]
        rec["region"] = region
        hubs = W.HUBS_BY_REGION.get(region)
        if hubs and rng.random() < 0.4:
            rec["hub"] = rng.choice(hubs)
        rec["communities"] = self._communities(kind, region, foreign)
        rec["founded"] = p["founded"]
        if kind in W.COMPANIES and rng.random() < 0.6:
            rec["website"] = f"https://{slug}.example"
        rec["source"] = SOURCE
        return org, rec

    def _communities(self, kind: str, region: str, foreign: bool) -> list[str]:
        rng = self.rng
        out = []
        regional = W.REGIONAL.get(region)
        if regional and rng.random() < 0.55:
            out.append(regional)
        if kind in ("cdmo", "supplier", "pharma") and rng.random() < 0.3:
            out.append(f"{W.PREFIX}community-modality-consortium")
        if kind in ("startup", "vc", "support_agency") and rng.random() < 0.25:
            out.append(f"{W.PREFIX}community-venture-programme")
        if rng.random() < (0.5 if foreign else 0.08):
            out.append(f"{W.PREFIX}community-global")
        return out

    @staticmethod
    def _region_label(region: str, lang: str) -> str:
        return T.REGION_LABELS[region][1 if lang == "ja" else 0]

    def _disease(self, lang: str) -> str:
        en, ja = self.rng.choice(T.DISEASES)
        return self.rng.choice(ja if lang == "ja" else en)

    def _apply_negative(
        self, neg: dict[str, object] | None, *lists: tuple[str, ...]
    ) -> tuple[tuple[str, ...], ...] | None:
        """Drop what a limiting statement rules out; None when that would leave a list empty."""
        if neg is None:
            return None
        excluded = neg.get("exclude", ())
        out = tuple(tuple(x for x in xs if x not in excluded) for xs in lists)  # type: ignore[operator]
        if any(xs and not ys for xs, ys in zip(lists, out, strict=True)):
            return None
        return out

    def _neg_text(self, neg: dict[str, object] | None, lang: str, region: str) -> str:
        if neg is None:
            return ""
        return str(neg[lang]).format(region=self._region_label(region, lang))

    # one builder per kind; each returns the structured facts and the two texts

    def _startup(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        cluster = self._cluster()
        mods = sample(rng, W.CLUSTERS[cluster], 1, 1 if rng.random() < 0.7 else 2)
        funding = weighted(rng, self.funding_names, self.funding_cum)
        _, (lo, hi), stages = W.FUNDING[funding]
        stage = rng.choice(stages)
        founded = rng.randint(lo, hi)
        reached = W.ROUND_ORDER[: W.ROUND_ORDER.index(funding) + 1] if funding in W.ROUND_ORDER else W.ROUND_ORDER
        steps = [s for s in W.STAGE_STEPS[stage] if s in W.CLUSTER_STEPS[cluster]] or list(W.CLUSTER_STEPS[cluster])
        wanted_steps = sample(rng, steps, 1, 2)
        service = rng.choice(W.STAGE_SERVICES[stage])
        caps: tuple[str, ...] = ("drug_discovery",) if rng.random() < 0.15 else ()
        neg = self._negative(kind, foreign)
        no_licence = bool(neg and neg.get("no_early_licence")) and stage in (
            "research",
            "preclinical",
            "phase1",
        )
        if neg and neg.get("no_early_licence") and not no_licence:
            neg = None  # already past Phase 2: the statement would be moot
        w = Writer(rng, lang)
        d = self._disease(lang)
        desc = [
            w.pick(T.INTRO["startup"][lang]).format(
                name=name, m=w.mods(mods), d=d, region=self._region_label(region, lang), year=founded
            )
        ]
        if rng.random() < 0.7:
            desc.append(w.pick(T.TECH_SENTENCE[lang]).format(tech=w.pick(T.TECH[mods[0]][lang])))
        desc.append(w.pick(T.STAGE_SENTENCES[stage][lang]))
        if caps:
            desc.append(w.pick(T.PLATFORM_SERVICE[lang]).format(c=w.cap("drug_discovery", mods)))
        desc.append(self._neg_text(neg, lang, region))
        needs = [w.pick(T.NEEDS["startup_cdmo"][lang]).format(c=w.caps(wanted_steps, mods), m=w.mods(mods))]
        if rng.random() < 0.7:
            needs.append(w.pick(T.NEEDS["startup_cro"][lang]).format(c=w.cap(service, mods)))
        if rng.random() < 0.8:
            needs.append(
                w.pick(T.NEEDS["startup_invest"][lang]).format(r=w.pick(T.ROUNDS[funding][lang]), m=w.mods(mods))
            )
        if (stage not in ("research", "preclinical") or rng.random() < 0.3) and not no_licence:
            needs.append(w.pick(T.NEEDS["startup_pharma"][lang]).format(d=d))
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "wants": (*wanted_steps, service),
            "rounds": reached,
            "flags": NO_OUT_LICENCE if no_licence else 0,
            "stage": stage,
            "funding_stage": funding,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _cdmo(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        clusters = [self._cluster()]
        if rng.random() < 0.2:
            clusters.append(self._cluster())
        pool_mods = [m for c in W.CLUSTERS for m in W.CLUSTERS[c] if c in clusters]
        mods = sample(rng, pool_mods, 1, 3)
        steps = [s for c in W.CLUSTER_STEPS for s in W.CLUSTER_STEPS[c] if c in clusters]
        steps = list(dict.fromkeys(steps))
        caps = sample(rng, steps, 3, 6)
        parts = list(dict.fromkeys(p for c in clusters for p in W.CLUSTER_PARTS[c]))
        wants = sample(rng, parts, 1, 3)
        neg = self._negative(kind, foreign)
        applied = self._apply_negative(neg, caps)
        if applied is None:
            neg = None
        else:
            (caps,) = applied
        w = Writer(rng, lang, nogmp=bool(neg and neg.get("nogmp")))
        founded = rng.randint(*W.FOUNDED[kind])
        desc = [
            w.pick(T.INTRO["cdmo"][lang]).format(name=name, m=w.mods(mods), region=self._region_label(region, lang))
        ]
        desc += w.cap_block(caps, mods, T.CAPS_SENTENCE[lang])
        if rng.random() < 0.4:
            desc.append(w.pick(T.FOUNDED_SENTENCE[lang]).format(year=founded))
        desc.append(self._neg_text(neg, lang, region))
        offered = sample(rng, caps, 1, 2)
        needs = [w.pick(T.NEEDS["cdmo_clients"][lang]).format(m=w.mods(mods), c=w.caps(offered, mods))]
        if rng.random() < 0.6:
            needs.append(w.pick(T.NEEDS["cdmo_parts"][lang]).format(p=w.caps(wants, mods)))
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "wants": wants,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _cro(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        caps = sample(rng, W.SERVICES, 1, 3)
        if rng.random() < 0.2:
            caps = (*caps, "analytical_development")
        mods = self._mixed_mods(1, 2) if rng.random() < 0.5 else ()
        neg = self._negative(kind, foreign)
        applied = self._apply_negative(neg, caps)
        if applied is None:
            neg = None
        else:
            (caps,) = applied
        w = Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        listed = list(caps)
        extra = ""
        sentence_caps = [
            c for c in caps if c in T.CAPABILITY_SENTENCES and "{m}" not in T.CAPABILITY_SENTENCES[c][lang][0]
        ]
        if len(listed) > 1 and sentence_caps and rng.random() < 0.4:
            c = rng.choice(sentence_caps)
            listed.remove(c)
            extra = w.pick(T.CAPABILITY_SENTENCES[c][lang])
        desc = [
            w.pick(T.INTRO["cro"][lang]).format(
                name=name, c=w.caps(listed, mods), region=self._region_label(region, lang)
            ),
            extra,
        ]
        if mods:
            desc.append(w.pick(T.MODALITY_NOTE["cro"][lang]).format(m=w.mods(mods)))
        desc.append(self._neg_text(neg, lang, region))
        needs = [w.pick(T.NEEDS["cro_clients"][lang]).format(c=w.caps(sample(rng, caps, 1, 2), mods))]
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _vc(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        mods = () if rng.random() < 0.25 else self._mixed_mods(1, 4)
        focus = rng.choices(W.ROUND_ORDER, weights=(25, 35, 25, 15))[0]
        k = W.ROUND_ORDER.index(focus)
        rounds = W.ROUND_ORDER[max(0, k - 1) : k + 2]
        neg = self._negative(kind, foreign)
        flags = 0
        if neg and neg.get("rounds"):
            rounds = tuple(neg["rounds"])  # type: ignore[arg-type]
            if focus not in rounds:
                focus = rounds[0]
        if neg and neg.get("domestic"):
            flags |= DOMESTIC
        w = Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        if mods:
            desc = [w.pick(T.INTRO["vc"][lang]).format(name=name, m=w.mods(mods))]
        else:
            desc = [w.pick(T.INTRO["vc_agnostic"][lang]).format(name=name)]
        lo, hi = W.TICKET[focus]
        round_name = T.ROUND_NAMES[focus][1 if lang == "ja" else 0]
        desc.append(w.pick(T.VC_ROUNDS[lang]).format(r=round_name, lo=lo, hi=hi))
        desc.append(self._neg_text(neg, lang, region))
        field = w.mods(mods) if mods else ("ライフサイエンス" if lang == "ja" else "life-science")
        needs = [w.pick(T.NEEDS["vc_dealflow"][lang]).format(m=field, r=round_name)]
        if rng.random() < 0.5:
            needs.append(w.pick(T.NEEDS["vc_partners"][lang]))
        return {
            "founded": founded,
            "mods": mods,
            "caps": (),
            "rounds": rounds,
            "flags": flags,
            "funding_stage": focus,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _supplier(
        self,
        kind: str,
        lang: str,
        foreign: bool,
        name: str,
        region: str,
        family: tuple[tuple[str, ...], tuple[str, ...], str],
    ) -> dict[str, Any]:
        rng = self.rng
        family_parts, family_mods, _ = family
        caps = sample(rng, family_parts, 1, 3)
        mods = sample(rng, family_mods, 1, 2) if family_mods and rng.random() < 0.5 else ()
        neg = self._negative(kind, foreign)
        flags = NO_GMP_RECORD if neg and neg.get("no_gmp_record") else 0
        w = Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        desc = [w.pick(T.INTRO["supplier"][lang]).format(name=name, p=w.caps(caps, mods), year=founded)]
        for c in caps:
            own = T.CAPABILITY_SENTENCES.get(c, {}).get(lang)
            if own and rng.random() < 0.35:
                desc.append(w.pick(own))
        if mods:
            desc.append(w.pick(T.MODALITY_NOTE["supplier"][lang]).format(m=w.mods(mods)))
        desc.append(self._neg_text(neg, lang, region))
        needs = [w.pick(T.NEEDS["supplier_buyers"][lang]).format(p=w.caps(caps, mods))]
        if flags or rng.random() < 0.4:
            needs.append(w.pick(T.NEEDS["supplier_gmp"][lang]).format(p=w.caps(caps, mods)))
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "flags": flags,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _pharma(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        mods = self._mixed_mods(2, 4)
        caps: tuple[str, ...] = tuple(
            c
            for c, p in (("drug_discovery", 0.15), ("formulation", 0.2), ("commercial_manufacturing", 0.4))
            if rng.random() < p
        )
        neg = self._negative(kind, foreign)
        applied = self._apply_negative(neg, mods)
        if applied is None:
            neg = None
        else:
            (mods,) = applied
        flags = GMP_RECORD_ONLY if neg and neg.get("gmp_record_only") else 0
        clusters = list(dict.fromkeys(W.CLUSTER_OF[m] for m in mods))
        steps = list(dict.fromkeys(s for c in clusters for s in W.CLUSTER_STEPS[c] if s not in caps))
        parts = list(dict.fromkeys(p for c in clusters for p in W.CLUSTER_PARTS[c]))
        want_steps = sample(rng, steps, 1, 2)
        want_parts = sample(rng, parts, 1, 2)
        w = Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        d = self._disease(lang)
        desc = [
            w.pick(T.INTRO["pharma"][lang]).format(
                name=name, m=w.mods(mods), d=d, region=self._region_label(region, lang)
            )
        ]
        plant = [c for c in caps if c != "drug_discovery"]
        if plant:
            desc.append(w.pick(T.PHARMA_PLANT[lang]).format(c=w.caps(plant, mods)))
        if "drug_discovery" in caps:
            desc.append(w.pick(T.PLATFORM_SERVICE[lang]).format(c=w.cap("drug_discovery", mods)))
        desc.append(self._neg_text(neg, lang, region))
        needs = []
        if rng.random() < 0.8:
            needs.append(w.pick(T.NEEDS["pharma_licensing"][lang]).format(m=w.mods(sample(rng, mods, 1, 2)), d=d))
        needs.append(w.pick(T.NEEDS["pharma_cdmo"][lang]).format(c=w.caps(want_steps, mods), m=w.mods(mods[:1])))
        if rng.random() < 0.7:
            needs.append(w.pick(T.NEEDS["pharma_parts"][lang]).format(p=w.caps(want_parts, mods)))
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "wants": (*want_steps, *want_parts),
            "rounds": ("series_a", "series_b", "series_c"),
            "flags": flags,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _academic(
        self,
        kind: str,
        lang: str,
        foreign: bool,
        name: str,
        region: str,
        cap_odds: tuple[tuple[str, float], ...],
    ) -> dict[str, Any]:
        rng = self.rng
        mods = self._mixed_mods(1, 3)
        caps = tuple(c for c, p in cap_odds if rng.random() < p)
        neg = self._negative(kind, foreign)
        if neg is not None and caps:
            applied = self._apply_negative(neg, caps)
            if applied is None:
                neg = None
            else:
                (caps,) = applied
        w = Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        d = self._disease(lang)
        desc = [w.pick(T.INTRO[kind][lang]).format(name=name, m=w.mods(mods), d=d)]
        if caps:
            desc.append(w.pick(T.ACADEMIC_FACILITY[lang]).format(c=w.caps(caps, mods)))
        desc.append(self._neg_text(neg, lang, region))
        needs = [w.pick(T.NEEDS["academic"][lang]).format(m=w.mods(mods[:2]), d=d)]
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _university(self, **kw: Any) -> dict[str, Any]:
        return self._academic(cap_odds=(("drug_discovery", 0.2), ("nonclinical_studies", 0.1)), **kw)

    def _research_institute(self, **kw: Any) -> dict[str, Any]:
        return self._academic(
            cap_odds=(
                ("drug_discovery", 0.3),
                ("nonclinical_studies", 0.2),
                ("analytical_development", 0.15),
            ),
            **kw,
        )

    def _hospital(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        rng = self.rng
        mods = sample(rng, W.CLUSTERS["cell"], 1, 2) if rng.random() < 0.5 else ()
        caps = ("clinical_trials",) if rng.random() < 0.7 else ()
        w = Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        d = self._disease(lang)
        desc = [w.pick(T.INTRO["hospital"][lang]).format(name=name, d=d, beds=rng.randrange(200, 1300, 10))]
        if mods:
            desc.append(w.pick(T.MODALITY_NOTE["hospital"][lang]).format(m=w.mods(mods)))
        if caps:
            desc.append(w.pick(T.CAPS_SENTENCE[lang]).format(c=w.caps(caps, mods)))
        needs = [w.pick(T.NEEDS["hospital"][lang]).format(d=d)]
        return {
            "founded": founded,
            "mods": mods,
            "caps": caps,
            "description": w.text(desc),
            "needs": w.text(needs),
        }

    def _support(self, kind: str, lang: str, foreign: bool, name: str, region: str) -> dict[str, Any]:
        """Associations, support agencies, local governments and financial institutions."""
        rng = self.rng
        neg = self._negative(kind, foreign)
        flags = DOMESTIC if neg and neg.get("domestic") else 0
        w = Writer(rng, lang)
        founded = rng.randint(*W.FOUNDED[kind])
        label = self._region_label(region, lang)
        programmes = [p[1 if lang == "ja" else 0] for p in sample_pairs(rng, T.PROGRAMMES[kind], 1, 2)]
        desc = [
            w.pick(T.INTRO[kind][lang]).format(name=name, region=label),
            w.pick(T.PROGRAMME_SENTENCE[lang]).format(x=w.join(programmes)),
        ]
        if rng.random() < 0.4:
            desc.append(w.pick(T.FOUNDED_SENTENCE[lang]).format(year=founded))
        desc.append(self._neg_text(neg, lang, region))
        needs = [w.pick(T.NEEDS[kind][lang]).format(region=label)]
        rounds = ("series_a", "series_b", "series_c") if kind == "finance" else ()
        return {
            "founded": founded,
            "mods": (),
            "caps": (),
            "rounds": rounds,
            "flags": flags,
            "description": w.text(desc),
            "needs": w.text(needs),
        }
