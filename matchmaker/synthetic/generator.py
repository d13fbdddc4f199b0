"""A deterministic generator of a fictional bio-industry ecosystem in the exchange format.

Real profiles cannot be shared for load tests, demos or matching evaluations, so this module
invents an ecosystem that looks like the real one where it matters for matching: a realistic
mix of organisation kinds, half of the profiles in Japanese, the same capability written in
different words, some limiting statements, some profiles with free text only, and a heavy-tailed
link graph (a few hubs with very many partners). Everything is marked as fictional: ids start
with ``syn-``, ``source``/``reference`` is ``"synthetic"`` and names are built from invented stems.

Records stream out in dependency order (communities, hubs, events, organisations, seeds, links);
only compact per-organisation facts and the preferential-attachment bags are kept in memory.
The words and tables are data (``data/*.yaml``, loaded by ``texts`` and ``world``); ``orgs``
builds organisations, ``links`` grows the link graph, and this module puts the records in order.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from matchmaker.synthetic import texts as T
from matchmaker.synthetic import world as W
from matchmaker.synthetic.common import (
    SOURCE,
    Event,
    Org,
    cumulate,
    sample,
    weighted,
)
from matchmaker.synthetic.links import Graph
from matchmaker.synthetic.orgs import OrgFactory
from matchmaker.synthetic.writer import Writer

# --- fixed records ----------------------------------------------------------------------------


def _community_records() -> Iterator[dict[str, Any]]:
    for slug, name, name_ja, kind, region, founded, description in W.COMMUNITIES:
        yield {
            "record": "community",
            "id": f"{W.PREFIX}community-{slug}",
            "name": name,
            "name_ja": name_ja,
            "kind": kind,
            "region": region,
            "founded": founded,
            "description": description,
            "source": SOURCE,
        }


def _hub_records() -> Iterator[dict[str, Any]]:
    for slug, name, name_ja, region, community in W.HUBS:
        yield {
            "record": "hub",
            "id": f"{W.PREFIX}hub-{slug}",
            "name": name,
            "name_ja": name_ja,
            "region": region,
            "community": f"{W.PREFIX}community-{community}",
            "description": "A fictional innovation hub with incubation labs and partner companies.",
            "source": SOURCE,
        }


def _events() -> list[tuple[Event, dict[str, Any]]]:
    out = []
    for year in range(2019, W.EVENT_LAST_YEAR + 1):
        for slug, name, name_ja, region, tz, venue, month, day, days, first, weight in W.EVENT_SERIES:
            if year < first:
                continue
            start = dt.date(year, month, day)
            end = start + dt.timedelta(days=days - 1)
            ev = Event(f"{W.PREFIX}event-{slug}-{year}", year, start, weight)
            rec = {
                "record": "event",
                "id": ev.id,
                "name": f"{name} {year}",
                "name_ja": f"{name_ja}{year}",
                "starts_on": start.isoformat(),
                "ends_on": end.isoformat(),
                "timezone": tz,
                "venue": venue,
                "region": region,
                "recurrence": f"annual, {start.strftime('%B')}",
                "description": "A fictional partnering event with one-to-one meetings.",
                "source": SOURCE,
            }
            out.append((ev, rec))
    return out


# --- seeds ------------------------------------------------------------------------------------


def _seed_records(
    rng: random.Random, orgs: list[Org], seeds: list[tuple[int, tuple[str, ...]]]
) -> Iterator[dict[str, Any]]:
    """About 0.2 research seeds per organisation, owned by universities, institutes and startups."""
    by_kind: dict[str, list[int]] = {k: [] for k, _ in W.SEED_OWNERS}
    for i, o in enumerate(orgs):
        if o.kind in by_kind:
            by_kind[o.kind].append(i)
    kinds = [k for k, _ in W.SEED_OWNERS if by_kind[k]]
    if not kinds:
        return
    cum = cumulate([w * len(by_kind[k]) for k, w in W.SEED_OWNERS if by_kind[k]])
    for j in range(round(0.2 * len(orgs))):
        kind = weighted(rng, kinds, cum)
        owner = rng.choice(by_kind[kind])
        o = orgs[owner]
        mods = sample(rng, o.mods, 1, 2) if o.mods else (rng.choice(tuple(T.MODALITY)),)
        stage = rng.choices([s for s, _ in W.SEED_STAGES[kind]], weights=[w for _, w in W.SEED_STAGES[kind]])[0]
        caps: tuple[str, ...] = ()
        if rng.random() < 0.1:
            caps = (rng.choice(("process_development", "upstream", "downstream", "analytical_development")),)
        w = Writer(rng, o.lang)
        en_d, ja_d = rng.choice(T.DISEASES)
        d = rng.choice(ja_d if o.lang == "ja" else en_d)
        code = f"SYN-{j:05d}"
        tech = w.pick(T.TECH[mods[0]][o.lang])
        desc = [
            w.pick(T.SEED_DESCRIPTION[o.lang]).format(m=w.mods(mods), d=d, tech=tech),
            w.pick(T.STAGE_SENTENCES[stage][o.lang]),
        ]
        if caps:
            desc.append(w.pick(T.SEED_CAPABILITY[o.lang]).format(c=w.cap(caps[0])))
        seeds.append((owner, mods))
        yield {
            "record": "seed",
            "id": f"{W.PREFIX}seed-{j:06d}",
            "name": f"{code}: {T.MODALITY[mods[0]]['en'][0]} for {rng.choice(en_d)}",
            "name_ja": f"{code}：{rng.choice(ja_d)}に対する{T.MODALITY[mods[0]]['ja'][0]}",
            "description": w.text(desc),
            "owner": o.id,
            "modalities": list(mods),
            "capabilities": list(caps),
            "stage": stage,
            "source": SOURCE,
        }


# --- public API -------------------------------------------------------------------------------


def count_estimate(orgs: int) -> int:
    """Roughly how many records ``generate(orgs)`` yields, for a progress bar."""
    fixed = len(W.COMMUNITIES) + len(W.HUBS) + len(_events())
    return fixed + orgs + round(0.2 * orgs) + 5 * orgs


def generate(orgs: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """Yield exchange-format records (plain, JSON-serialisable dicts) for a fictional ecosystem.

    Order is communities, hubs, events, organisations, seeds, links, so every id is yielded
    before it is referenced. The output depends only on ``(orgs, seed)``.
    """
    if orgs < 0:
        raise ValueError("orgs must be >= 0")
    rng = random.Random(seed)
    yield from _community_records()
    yield from _hub_records()
    events = _events()
    for _, rec in events:
        yield rec
    factory = OrgFactory(rng)
    skeletons: list[Org] = []
    for i in range(orgs):
        org, rec = factory.make(i)
        skeletons.append(org)
        yield rec
    del factory  # the name set is no longer needed
    seeds: list[tuple[int, tuple[str, ...]]] = []
    yield from _seed_records(rng, skeletons, seeds)
    graph = Graph(rng, skeletons, [ev for ev, _ in events], seeds)
    yield from graph.links()
