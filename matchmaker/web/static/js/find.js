// Find partners: a seeker (an organisation chosen by name, or needs in free text), a target kind and
// filters; ranked matches with score, kind and reasons in the current language.
import { api, apiKey, empty, errorBox, fill, fmt, h, keyNeeded, kindBadge, lang, loading, onLangChange, orgLink, orgName, altName, start, t } from "./common.js";

const $ = (id) => document.getElementById(id);
let chosen = null; // the organisation picked as seeker
let vocabulary = null;
let communities = [];
let lastResponse = null;

function mode() {
  return document.querySelector('input[name="mode"]:checked').value;
}

function showMode() {
  $("mode-text").hidden = mode() !== "text";
  $("mode-offer").hidden = mode() !== "offer";
  $("mode-org").hidden = mode() !== "org";
}

function label(term) {
  return (lang() === "ja" ? term.ja : term.en) || term.id;
}

// A term id as a person reads it, in the current language (ids are for machines).
function termLabel(id) {
  for (const terms of Object.values(vocabulary || {})) {
    const term = Array.isArray(terms) && terms.find((x) => x.id === id);
    if (term) return label(term);
  }
  return id;
}

function fillOptions() {
  for (const [id, items] of [["f-region", vocabulary?.regions || []], ["f-modality", vocabulary?.modalities || []]]) {
    const sel = $(id);
    const value = sel.value;
    fill(sel, h("option", { value: "" }, t("find.any")), items.map((x) => h("option", { value: x.id }, `${label(x)}`)));
    sel.value = value;
  }
  const sel = $("f-community");
  const value = sel.value;
  fill(sel, h("option", { value: "" }, t("find.any")), communities.map((c) => h("option", { value: c.id }, orgName(c))));
  sel.value = value;
}

function showChosen() {
  const box = $("org-chosen");
  if (!chosen) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  fill(box, kindBadge(chosen.kind), " ", orgLink(chosen.id, orgName(chosen)),
    h("button", { type: "button", class: "link", onclick: () => { chosen = null; showChosen(); } }, t("find.change")));
}

let searchTimer = null;
let searchSeq = 0;
async function search(q) {
  const list = $("org-options");
  if (q.trim().length < 1) {
    list.hidden = true;
    return;
  }
  const seq = ++searchSeq;
  try {
    const page = await api(`/v1/organizations?${new URLSearchParams({ q, limit: "8" })}`);
    if (seq !== searchSeq) return; // a newer keystroke won
    fill(list, page.items.length ? page.items.map((o) =>
      h("li", { role: "option", tabindex: "0", "data-id": o.id, onclick: () => pick(o), onkeydown: (e) => e.key === "Enter" && pick(o) },
        kindBadge(o.kind), " ", orgName(o), altName(o) ? h("span", { class: "muted" }, ` ${altName(o)}`) : null)
    ) : h("li", { class: "muted" }, t("find.no_org")));
    list.hidden = false;
  } catch (e) {
    fill(list, h("li", { class: "error-text" }, e.message));
    list.hidden = false;
  }
}

function pick(o) {
  chosen = o;
  $("org-options").hidden = true;
  $("org-search").value = "";
  showChosen();
}

function filters() {
  const f = {};
  if ($("f-region").value) f.region = $("f-region").value;
  if ($("f-modality").value) f.modality = $("f-modality").value;
  if ($("f-community").value) f.community = $("f-community").value;
  return f;
}

async function run(e) {
  e?.preventDefault();
  const status = $("find-status");
  const target = $("target").value;
  let request;
  if (mode() === "org") {
    if (!chosen) {
      fill(status, errorBox(new Error(t("find.need_org"))));
      return;
    }
    const params = new URLSearchParams({ target, limit: "10", ...filters() });
    request = api(`/v1/organizations/${encodeURIComponent(chosen.id)}/matches?${params}`);
    history.replaceState(null, "", `/?${new URLSearchParams({ org: chosen.id, target })}`);
  } else if (mode() === "offer") {
    // what the seeker offers: buyers who look for it rank first (the supplier direction)
    const offer = $("offer-text").value.trim();
    if (offer.length < 3) {
      fill(status, errorBox(new Error(t("find.need_offer"))));
      return;
    }
    request = api("/v1/matches", { json: { offer, target, limit: 10, filters: filters() } });
    history.replaceState(null, "", `/?${new URLSearchParams({ offer, target })}`);
  } else {
    const text = $("need-text").value.trim();
    if (text.length < 3) {
      fill(status, errorBox(new Error(t("find.need_text"))));
      return;
    }
    request = api("/v1/matches", { json: { text, target, limit: 10, filters: filters() } });
  }
  fill(status, loading("find.searching"));
  fill($("results"));
  $("find-submit").disabled = true;
  try {
    lastResponse = await request;
    render();
  } catch (err) {
    lastResponse = null;
    fill(status, errorBox(err, "find"));
  } finally {
    $("find-submit").disabled = false;
  }
}

function render() {
  if (!lastResponse) return;
  const { matches, seeker } = lastResponse;
  const wants = [...new Set(Object.values(seeker.wants || {}).flat())].map(termLabel);
  const offers = [...new Set(Object.values(seeker.offers || {}).flat())].map(termLabel);
  // say which way the search ran: partners for a need, or buyers for an offer
  const read = seeker.direction === "offer"
    ? [t("find.direction_offer"), offers.length ? ` · ${t("find.offers")}: ${offers.join(", ")}` : ""]
    : [wants.length ? ` · ${t("find.wants")}: ${wants.join(", ")}` : ""];
  fill($("find-status"), matches.length
    ? h("span", {}, t("find.count", { n: matches.length }), h("span", { class: "muted" }, seeker.direction === "offer" ? " · " : "", ...read))
    : empty("find.none"));
  fill($("results"), matches.map((m, i) => h("li", { class: "match", "data-id": m.id },
    h("div", { class: "match-head" },
      h("span", { class: "rank" }, String(i + 1)),
      h("div", { class: "match-title" },
        h("a", { class: "match-name", href: `/organizations/${encodeURIComponent(m.id)}` }, orgName(m)),
        altName(m) ? h("span", { class: "muted" }, ` ${altName(m)}`) : null,
        " ", kindBadge(m.kind)),
      h("div", { class: "score", title: t("find.score") },
        h("div", { class: "bar" }, h("span", { style: `width:${Math.round(Math.max(0, Math.min(1, m.score)) * 100)}%` })),
        h("span", { class: "score-value" }, fmt(m.score, 2)))),
    h("ul", { class: "reasons" }, m.reasons.map((r) => h("li", { class: `reason reason-${r.code}` },
      h("span", { class: "reason-code" }, t(`reason.${r.code}`)), " ", lang() === "ja" ? r.ja : r.en))),
  )));
}

async function main() {
  for (const r of document.querySelectorAll('input[name="mode"]')) r.addEventListener("change", showMode);
  $("org-search").addEventListener("input", (e) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => search(e.target.value), 200);
  });
  document.addEventListener("click", (e) => {
    if (!e.target.closest(".combo")) $("org-options").hidden = true;
  });
  $("find-form").addEventListener("submit", run);
  onLangChange(() => {
    fillOptions();
    showChosen();
    render();
  });
  const [vocab, comms] = await Promise.allSettled([api("/v1/vocabulary"), api("/v1/communities?limit=200")]);
  vocabulary = vocab.status === "fulfilled" ? vocab.value : null;
  communities = comms.status === "fulfilled" ? comms.value.items || comms.value : [];
  fillOptions();
  // Matching needs a key: a visitor is told so before typing a need, not after.
  if (!apiKey()) fill($("find-status"), keyNeeded("find"));
  // Arriving from a profile's "find partners" button: /?org=ID&target=cdmo runs at once.
  const params = new URLSearchParams(location.search);
  if (params.get("target")) $("target").value = params.get("target");
  if (params.get("org")) {
    try {
      chosen = await api(`/v1/organizations/${encodeURIComponent(params.get("org"))}`);
      document.querySelector('input[name="mode"][value="org"]').checked = true;
      showMode();
      showChosen();
      await run();
    } catch (e) {
      fill($("find-status"), errorBox(e, "find"));
    }
  } else if (params.get("offer")) {
    document.querySelector('input[name="mode"][value="offer"]').checked = true;
    showMode();
    $("offer-text").value = params.get("offer");
    await run();
  } else if (params.get("text")) {
    $("need-text").value = params.get("text");
    await run();
  }
}

start(main);
