"""Analysed profiles on the graph: what each organisation's texts state, kept apart from what it
declares.

For every organisation the analyser reads the description (what it is and offers) and the needs
(what it looks for) and stores, per facet section (modalities, capabilities, compliance, scales,
sites, stages, funding stages, therapeutic areas):

- ``inf_<section>``: terms the description states; ``neg_<section>``: terms it negates or
  excludes ("not GMP-certified", a VC's "no therapeutics");
- ``want_<section>`` / ``avoid_<section>``: the same read from the needs;
- ``analysis``: every facet with its evidence sentence, as JSON, for reasons and the profile page;
- ``analyser_version`` and ``analysis_hash`` (of the two texts), so a profile is analysed again
  when its text changes or the analyser or the vocabulary does (``matchmaker profiles reanalyse``).

Declared fields (``modalities``, ``capabilities``, ...) are never written here: the matcher reads
both and the declared ones win where they disagree.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any

import orjson

from matchmaker.graph.connection import Graph
from matchmaker.profiles.analyser import ANALYSER_VERSION, FACET_SECTIONS, analyse

BATCH = 500


def text_hash(description: str | None, needs: str | None) -> str:
    return hashlib.sha1(f"{description or ''}\x00{needs or ''}".encode()).hexdigest()


def facet_props(description: str | None, needs: str | None) -> dict[str, Any]:
    """The properties an analysis stores on an organisation."""
    offer, wanted = analyse(description), analyse(needs, need=True)
    props: dict[str, Any] = {}
    for section in FACET_SECTIONS:
        props[f"inf_{section}"] = offer.positives(section)
        props[f"neg_{section}"] = offer.negatives(section)
        props[f"want_{section}"] = wanted.wanted(section)
        props[f"avoid_{section}"] = wanted.negatives(section)
    facets = [{**f.model_dump(), "text": "description"} for f in offer.facets]
    facets += [{**f.model_dump(), "text": "needs"} for f in wanted.facets]
    props["analysis"] = orjson.dumps(facets).decode()
    props["analyser_version"] = ANALYSER_VERSION
    props["analysis_hash"] = text_hash(description, needs)
    return props


def analyse_organizations(
    graph: Graph, ids: Iterable[str], progress: Callable[[int], None] | None = None, *, force: bool = False
) -> int:
    """Analyse the given organisations whose texts, analyser or vocabulary changed since their
    last analysis (all of them with ``force``); returns how many were analysed."""
    ids = list(ids)
    done = 0
    for start in range(0, len(ids), BATCH):
        texts = graph.read("profiles/texts", ids=ids[start : start + BATCH])
        stale = [
            t for t in texts
            if force or t["version"] != ANALYSER_VERSION or t["hash"] != text_hash(t["description"], t["needs"])
        ]  # fmt: skip
        if stale:
            rows = [{"id": t["id"], "props": facet_props(t["description"], t["needs"])} for t in stale]
            graph.write_stamped("profiles/write", rows=rows)
            done += len(rows)
        if progress:
            progress(len(texts))
    return done


def stored_facets(analysis_json: str | None) -> list[dict[str, Any]]:
    return orjson.loads(analysis_json) if analysis_json else []
