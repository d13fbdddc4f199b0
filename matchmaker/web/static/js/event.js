// An event organiser's page: programme, participants, requests and their status, generating the
// schedule, the slot × table grid, each participant's agenda and the downloads.
import { optional, organises, whoami } from "./role.js";
import { api, dateIn, downloadLink, empty, errorBox, fill, fmt, h, kindBadge, lang, loading, onLangChange, orgLink, orgName, start, t, timeIn } from "./common.js";

const $ = (id) => document.getElementById(id);
const eventId = $("event-root").dataset.event;
const base = `/v1/events/${encodeURIComponent(eventId)}`;
let event = null;
let programme = null;
let participants = [];
let requests = [];
let overview = null;
let summary = null;
let agenda = null;
const names = new Map(); // org id -> {name, name_ja}
// The partnering data was refused to a visitor (no key): each box then says it is shown with a key,
// never that the programme or the participants are empty. (A key of the wrong role gets the 403 box.)
let refused = null;
const shownWithKey = () => h("p", { class: "muted empty key-only", "data-i18n": "needkey.short" }, t("needkey.short"));
let me = null; // who the key is (GET /v1/me)
let canRun = false; // the event's organiser or an admin: the organiser's tools are shown
let statistics; // GET /statistics (null: this server has none yet)

const tz = () => programme?.timezone || event?.timezone || "Asia/Tokyo";
const nameOf = (id) => orgName({ id, ...(names.get(id) || {}) });
// Why the last run left an accepted pair out, in the page's language (the API stores a code).
const leftOut = (code, org) => t(`leftout.${code.split(":")[0]}`, { org: org ? nameOf(org) : "" });

function renderHeader() {
  fill($("event-name"), orgName(event));
  document.title = `${orgName(event)} · ${t("app.name")}`;
  const dates = [event.starts_on, event.ends_on].filter(Boolean).join(" – ");
  fill($("event-meta"), [dates, event.venue, event.timezone].filter(Boolean).join(" · "));
}

function renderProgramme() {
  const box = $("programme");
  if (!programme && refused) {
    fill(box, shownWithKey());
    return;
  }
  if (!programme) {
    fill(box, empty("event.no_programme"));
    return;
  }
  const days = new Map();
  for (const s of programme.slots) {
    const d = dateIn(s.start, tz());
    if (!days.has(d)) days.set(d, []);
    days.get(d).push(s);
  }
  fill(box, h("table", { class: "kv" },
    [...days.entries()].map(([d, slots]) => h("tr", {}, h("th", {}, d),
      h("td", {}, `${timeIn(slots[0].start, tz())}–${timeIn(slots.at(-1).end, tz())} · ${t("event.n_slots", { n: slots.length })}`))),
    h("tr", {}, h("th", {}, t("event.timezone")), h("td", { id: "programme-timezone" }, tz())),
    h("tr", {}, h("th", {}, t("event.tables")), h("td", {}, programme.tables.join(", "))),
    h("tr", {}, h("th", {}, t("event.max_requests")), h("td", {}, programme.max_requests ?? "–")),
    h("tr", {}, h("th", {}, t("event.max_meetings")), h("td", {}, programme.default_max_meetings)),
    programme.request_deadline ? h("tr", {}, h("th", {}, t("event.deadline")),
      h("td", {}, `${dateIn(programme.request_deadline, tz())} ${timeIn(programme.request_deadline, tz())}`)) : null));
}

function renderParticipants() {
  fill($("participants-count"), refused ? "" : `(${participants.length})`);
  if (refused) {
    fill($("participants"), shownWithKey());
    return;
  }
  if (!participants.length) {
    fill($("participants"), empty("event.no_participants"));
    return;
  }
  const counts = new Map();
  for (const m of (canRun ? overview : agenda)?.meetings || []) for (const side of [m.a.id, m.b.id]) counts.set(side, (counts.get(side) || 0) + 1);
  // Only the organiser sees everyone's meetings; a member sees its own count, not a 0 for the others.
  const meetingsOf = (p) => canRun || p.org === me?.org ? `${counts.get(p.org) || 0} / ${p.max_meetings}` : h("span", { class: "muted", title: t("org.others_hidden") }, "–");
  fill($("participants"), h("table", { class: "table" },
    h("thead", {}, h("tr", {}, h("th", {}, t("field.name")), h("th", {}, t("field.kind")), h("th", {}, t("event.people")),
      h("th", { class: "num" }, t("event.meetings")))),
    h("tbody", {}, participants.map((p) => h("tr", {},
      h("td", {}, orgLink(p.org, orgName(p))), h("td", {}, kindBadge(p.kind)),
      h("td", {}, p.people.map((x) => x.title ? `${x.name} (${x.title})` : x.name).join(", ")),
      h("td", { class: "num", "data-org": p.org }, meetingsOf(p)))))));
}

function renderRequests() {
  const status = $("request-filter").value;
  const shown = status ? requests.filter((r) => r.status === status) : requests;
  const tally = {};
  for (const r of requests) tally[r.status] = (tally[r.status] || 0) + 1;
  if (refused) {
    fill($("requests-count"));
    fill($("requests"), shownWithKey());
    return;
  }
  fill($("requests-count"), `(${requests.length}${Object.keys(tally).length ? ": " : ""}${Object.entries(tally).map(([k, n]) => `${t(`status.${k}`)} ${n}`).join(", ")})`);
  if (!shown.length) {
    fill($("requests"), empty("event.no_requests"));
    return;
  }
  fill($("requests"), h("table", { class: "table" },
    h("thead", {}, h("tr", {}, h("th", {}, t("event.from")), h("th", {}, t("event.to")), h("th", { class: "num" }, t("event.priority")),
      h("th", {}, t("event.status")), h("th", {}, t("event.message")))),
    h("tbody", {}, shown.map((r) => h("tr", { "data-request": r.id },
      h("td", {}, orgLink(r.from, nameOf(r.from))), h("td", {}, orgLink(r.to, nameOf(r.to))),
      h("td", { class: "num" }, r.origin === "organiser" ? `${t("event.organiser")} ${fmt(r.weight, 1)}` : r.priority),
      h("td", {}, h("span", { class: `badge status-${r.status}` }, t(`status.${r.status}`)), r.reason ? h("div", { class: "muted small-text" }, r.reason) : null,
        r.left_out ? h("div", { class: "muted small-text left-out" }, `${t("event.left_out")}: ${leftOut(r.left_out.code, r.left_out.org)}`) : null),
      h("td", { class: "message" }, r.message || ""))))));
}

function renderSummary() {
  const box = $("schedule-summary");
  if (!summary) return;
  fill(box, h("dl", { class: "facts" },
    h("dt", {}, t("event.solver_status")), h("dd", { id: "summary-status" }, summary.status),
    h("dt", {}, t("event.meetings")), h("dd", { id: "summary-meetings" }, String(summary.meetings)),
    h("dt", {}, t("event.weight")), h("dd", {}, `${fmt(summary.objective, 1)} / ${t("event.bound")} ${fmt(summary.bound, 1)}`),
    h("dt", {}, t("event.gap")), h("dd", {}, `${fmt(summary.gap * 100, 1)} %`),
    h("dt", {}, t("event.locked")), h("dd", {}, String(summary.locked)),
    h("dt", {}, t("event.changes")), h("dd", { id: "summary-changes" }, t("event.changes_text", summary.changes)),
    h("dt", {}, t("event.seconds")), h("dd", {}, fmt(summary.seconds, 1))),
  summary.unscheduled.length ? h("details", {}, h("summary", {}, t("event.unscheduled", { n: summary.unscheduled.length })),
    h("ul", { class: "plain" }, summary.unscheduled.map((u) => h("li", {}, `${nameOf(u.a)} ↔ ${nameOf(u.b)}: ${leftOut(u.code, u.code.split(":")[1])}`)))) : null);
}

function renderGrid() {
  const box = $("grid");
  if (refused) {
    fill(box, shownWithKey());
    return;
  }
  if (!programme) {
    fill(box, empty("event.no_programme"));
    return;
  }
  if (!overview || !overview.meetings.length) {
    fill(box, empty("event.no_schedule"));
    return;
  }
  const selected = $("participant").value;
  const at = new Map(overview.meetings.map((m) => [`${m.slot}|${m.table}`, m]));
  fill(box, h("table", { class: "table grid", id: "schedule-grid" },
    h("thead", {}, h("tr", {}, h("th", {}, `${t("event.slot")} (${tz()})`), programme.tables.map((tb) => h("th", {}, tb)))),
    h("tbody", {}, programme.slots.map((s) => h("tr", {},
      h("th", { class: "slot" }, `${dateIn(s.start, tz())} ${timeIn(s.start, tz())}`),
      programme.tables.map((tb) => {
        const m = at.get(`${s.id}|${tb}`);
        if (!m) return h("td", { class: "free" }, "");
        const mine = selected && (m.a.id === selected || m.b.id === selected);
        return h("td", { class: `meeting${mine ? " mine" : ""}`, "data-meeting": m.id, title: m.message || "" },
          h("div", {}, orgLink(m.a.id, orgName(m.a))), h("div", { class: "muted" }, "↔"), h("div", {}, orgLink(m.b.id, orgName(m.b))),
          m.locked ? h("span", { class: "lock", title: t("event.locked") }, "🔒") : null,
          h("button", { type: "button", class: "link small-text lock-toggle", onclick: () => toggleLock(m) }, t(m.locked ? "org.unlock_one" : "org.lock")));
      }))))));
}


function renderDownloads() {
  if (refused) {
    fill($("overview-downloads"), h("li", {}, shownWithKey()));
    fill($("agenda-downloads"));
    return;
  }
  fill($("overview-downloads"),
    downloadLink(`${base}/meetings?format=csv`, "event.dl_csv", { download: `${eventId}-meetings.csv`, id: "dl-overview-csv" }),
    downloadLink(`${base}/meetings?format=xlsx`, "event.dl_xlsx", { download: `${eventId}-meetings.xlsx`, id: "dl-overview-xlsx" }),
    downloadLink(`${base}/meetings?format=html`, "event.dl_print", { target: "_blank", id: "dl-overview-html" }));
  const org = $("participant").value;
  if (!org) {
    fill($("agenda-downloads"));
    return;
  }
  const a = `${base}/agenda/${encodeURIComponent(org)}`;
  fill($("agenda-downloads"),
    downloadLink(`${a}?format=csv`, "event.dl_csv", { download: `${eventId}-${org}.csv`, id: "dl-agenda-csv" }),
    downloadLink(`${a}?format=ics`, "event.dl_ics", { download: `${eventId}-${org}.ics`, id: "dl-agenda-ics" }),
    downloadLink(`${a}?format=html`, "event.dl_print", { target: "_blank", id: "dl-agenda-html" }));
}

function renderAgenda() {
  const box = $("agenda");
  if (!agenda) return;
  if (!agenda.meetings.length) {
    fill(box, empty("event.no_meetings"));
    return;
  }
  const me = $("participant").value;
  fill(box, h("table", { class: "table", id: "agenda-table" },
    h("thead", {}, h("tr", {}, h("th", {}, `${t("event.time")} (${tz()})`), h("th", {}, t("event.table")), h("th", {}, t("event.with")))),
    h("tbody", {}, agenda.meetings.map((m) => {
      const other = m.a.id === me ? m.b : m.a;
      return h("tr", {}, h("td", {}, `${dateIn(m.start, tz())} ${timeIn(m.start, tz())}–${timeIn(m.end, tz())}`), h("td", {}, m.table),
        h("td", {}, orgLink(other.id, orgName(other)), other.people?.length ? h("div", { class: "muted small-text" }, other.people.map((p) => p.name).join(", ")) : null));
    }))));
}

function renderParticipantSelect() {
  const sel = $("participant");
  const value = sel.value;
  fill(sel, h("option", { value: "" }, t("event.choose")), participants.map((p) => h("option", { value: p.org }, orgName(p))));
  sel.value = value;
}

async function loadAgenda() {
  const org = $("participant").value;
  renderDownloads();
  renderGrid();
  if (!org) {
    agenda = null;
    fill($("agenda"));
    return;
  }
  fill($("agenda"), loading());
  try {
    agenda = await api(`${base}/agenda/${encodeURIComponent(org)}`);
    renderAgenda();
  } catch (e) {
    fill($("agenda"), errorBox(e));
  }
}

async function loadOverview() {
  try {
    overview = await api(`${base}/meetings`);
  } catch (e) {
    overview = null;
    fill($("grid"), errorBox(e));
    return;
  }
  renderGrid();
  renderParticipants();
  if (canRun) renderStatistics(); // counted in the page from these meetings when the server has no statistics
}

async function generate() {
  const button = $("generate");
  const limit = Math.max(1, Math.min(600, Number($("time-limit").value) || 5));
  button.disabled = true;
  fill($("schedule-summary"), loading("event.scheduling"));
  try {
    summary = await api(`${base}/schedule`, { json: { time_limit: limit, replan: $("replan").checked } });
    renderSummary();
    requests = await api(`${base}/requests`); // each left-out pair now says why
    renderRequests();
    await loadOverview();
    if ($("participant").value) await loadAgenda();
    await loadStatistics();
  } catch (e) {
    fill($("schedule-summary"), errorBox(e));
  } finally {
    button.disabled = false;
  }
}

async function main() {
  const status = $("event-status");
  me = await whoami().catch(() => null);
  canRun = organises(me, eventId);
  for (const el of document.querySelectorAll(".organiser-only")) el.hidden = !canRun;
  $("member-link").hidden = me?.role !== "member";
  const [ev, prog, parts, reqs] = await Promise.allSettled([
    api(`/v1/events/${encodeURIComponent(eventId)}`), api(`${base}/programme`), api(`${base}/participants`), api(`${base}/requests`),
  ]);
  if (ev.status === "rejected") {
    fill(status, errorBox(ev.reason));
    return;
  }
  event = ev.value;
  programme = prog.status === "fulfilled" ? prog.value : null;
  participants = parts.status === "fulfilled" ? parts.value : [];
  requests = reqs.status === "fulfilled" ? reqs.value : [];
  for (const p of participants) names.set(p.org, { name: p.name, name_ja: p.name_ja });
  status.hidden = true;
  const problems = [prog, parts, reqs].filter((r) => r.status === "rejected" && r.reason.status !== 404);
  refused = problems.find((r) => r.reason.status === 401)?.reason || null;
  if (problems.length) $("event-root").prepend(errorBox(problems[0].reason, "event"));
  if (refused) { // nothing to schedule or choose without the partnering data
    $("generate").closest(".inline").hidden = true;
    $("participant").closest(".inline").hidden = true;
    fill($("schedule-summary"), shownWithKey());
    fill($("agenda"), shownWithKey());
    renderGrid();
  }
  const params = new URLSearchParams(location.search);
  renderHeader();
  renderProgramme();
  renderParticipantSelect();
  if (params.get("participant")) $("participant").value = params.get("participant");
  renderRequests();
  renderParticipants();
  renderDownloads();
  $("generate").addEventListener("click", generate);
  $("participant").addEventListener("change", loadAgenda);
  $("request-filter").addEventListener("change", renderRequests);
  onLangChange(() => {
    renderHeader();
    renderProgramme();
    renderParticipantSelect();
    renderRequests();
    renderParticipants();
    renderSummary();
    renderGrid();
    renderDownloads();
    renderAgenda();
    if (canRun) {
      renderPairChoices();
      renderStatistics();
    }
  });
  if (refused) return;
  if (!canRun) {
    if (me?.role === "member" && participants.some((p) => p.org === me.org)) {
      agenda = await api(`${base}/agenda/${encodeURIComponent(me.org)}`).catch(() => null);
      renderParticipants();
    }
    return;
  }
  initOrganiserTools();
  await loadOverview();
  if ($("participant").value) await loadAgenda();
  await loadStatistics();
}

// --- the organiser's tools: programme editor, organiser pairs, locks, statistics ------------

const ymd = (iso) => new Intl.DateTimeFormat("en-CA", { timeZone: tz(), year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
const hm = (iso) => new Intl.DateTimeFormat("en-GB", { timeZone: tz(), hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));

/** The zone's UTC offset at a local time, "+09:00": a deadline typed in event time becomes an aware instant. */
function offsetAt(local) {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: tz(), timeZoneName: "longOffset" })
    .formatToParts(new Date(`${local}Z`)).find((p) => p.type === "timeZoneName")?.value || "GMT";
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] || "00"}` : "+00:00";
}

/** The programme's slots as sessions again: runs of back-to-back slots of one length on one day. */
function sessionsOf(prog) {
  const out = [];
  for (const s of prog?.slots || []) {
    const minutes = Math.round((new Date(s.end) - new Date(s.start)) / 60000);
    const last = out.at(-1);
    if (last && last.day === ymd(s.start) && last.endIso === s.start && last.minutes === minutes) {
      last.end = hm(s.end);
      last.endIso = s.end;
    } else out.push({ day: ymd(s.start), start: hm(s.start), end: hm(s.end), minutes, endIso: s.end });
  }
  return out;
}

function sessionRow(x = {}) {
  return h("div", { class: "inline pe-session" },
    h("input", { type: "date", class: "pe-day", value: x.day || "", "aria-label": t("org.day") }),
    h("input", { type: "time", class: "pe-start", value: x.start || "10:00", "aria-label": t("org.start") }),
    h("input", { type: "time", class: "pe-end", value: x.end || "12:00", "aria-label": t("org.end") }),
    h("input", { type: "number", class: "pe-minutes narrow", min: "5", max: "240", value: String(x.minutes || 30), "aria-label": t("org.minutes") }),
    h("button", { type: "button", class: "small", onclick: (e) => e.currentTarget.parentElement.remove() }, "×"));
}

function fillEditor() {
  const sessions = sessionsOf(programme);
  fill($("pe-sessions"), (sessions.length ? sessions : [{ day: event.starts_on }]).map(sessionRow));
  $("pe-tables").value = programme ? programme.tables.join(", ") : "T1, T2";
  $("pe-deadline").value = programme?.request_deadline ? `${ymd(programme.request_deadline)}T${hm(programme.request_deadline)}` : "";
  $("pe-max-requests").value = programme?.max_requests ?? "";
  $("pe-max-meetings").value = programme?.default_max_meetings ?? 12;
}

async function saveProgramme(e) {
  e.preventDefault();
  const button = $("pe-save");
  const deadline = $("pe-deadline").value;
  const body = {
    sessions: [...document.querySelectorAll("#pe-sessions .pe-session")].map((row) => ({
      day: row.querySelector(".pe-day").value, start: row.querySelector(".pe-start").value,
      end: row.querySelector(".pe-end").value, minutes: Number(row.querySelector(".pe-minutes").value),
    })),
    tables: $("pe-tables").value.split(/[,、，]/).map((x) => x.trim()).filter(Boolean),
    request_deadline: deadline ? `${deadline.length === 16 ? `${deadline}:00` : deadline}${offsetAt(deadline)}` : null,
    max_requests: $("pe-max-requests").value === "" ? null : Number($("pe-max-requests").value),
    default_max_meetings: Number($("pe-max-meetings").value || 12),
  };
  button.disabled = true;
  fill($("pe-result"));
  try {
    const unlock = $("pe-unlock").checked ? "?unlock_conflicts=true" : "";
    programme = await api(`${base}/programme${unlock}`, { method: "PUT", json: body });
    renderProgramme();
    fillEditor();
    fill($("pe-result"), h("div", { class: "notice ok" }, t("org.saved", { n: programme.slots.length })));
    await loadOverview();
  } catch (err) {
    fill($("pe-result"), errorBox(err));
  } finally {
    button.disabled = false;
  }
}

function renderPairChoices() {
  for (const id of ["pair-a", "pair-b"]) {
    const sel = $(id);
    const value = sel.value;
    fill(sel, h("option", { value: "" }, t("event.choose")), participants.map((p) => h("option", { value: p.org }, orgName(p))));
    sel.value = value;
  }
}

async function addPair(e) {
  e.preventDefault();
  const body = { a: $("pair-a").value, b: $("pair-b").value, weight: Number($("pair-weight").value || 3), message: $("pair-message").value };
  $("pair-add").disabled = true;
  fill($("pair-result"));
  try {
    await api(`${base}/pairs`, { json: body });
    fill($("pair-result"), h("div", { class: "notice ok" }, t("org.pair_added", { a: nameOf(body.a), b: nameOf(body.b) })));
    requests = await api(`${base}/requests`);
    renderRequests();
    await loadStatistics();
  } catch (err) {
    fill($("pair-result"), errorBox(err));
  } finally {
    $("pair-add").disabled = false;
  }
}

async function toggleLock(m) {
  try {
    await api(`${base}/meetings/${encodeURIComponent(m.id)}`, { method: "PATCH", json: { locked: !m.locked } });
    await loadOverview();
  } catch (err) {
    $("grid").prepend(errorBox(err));
  }
}

/** A statistic's label: its own translation when the dictionary has one, else its name made readable. */
function statLabel(key) {
  const k = `org.stat.${key}`;
  const text = t(k);
  return text === k ? key.replaceAll("_", " ") : text;
}

function statValue(v) {
  if (v === null || v === undefined) return "–";
  if (typeof v === "number") return fmt(v, 2);
  if (Array.isArray(v)) return v.map((x) => (typeof x === "object" ? Object.values(x).join(" ") : String(x))).join(", ");
  if (typeof v === "object") return Object.entries(v).map(([k, x]) => `${tOrStatus(k)} ${statValue(x)}`).join(", ");
  return String(v);
}

const tOrStatus = (k) => (t(`status.${k}`) === `status.${k}` ? statLabel(k) : t(`status.${k}`));

/** Counts from what every server has (requests, meetings): shown when it has no statistics route. */
function fallbackStatistics() {
  const byStatus = {};
  for (const r of requests) byStatus[r.status] = (byStatus[r.status] || 0) + 1;
  const answered = (byStatus.accepted || 0) + (byStatus.declined || 0);
  return { participants: participants.length, requests: byStatus, meetings: overview?.meetings.length ?? 0,
    acceptance: answered ? (byStatus.accepted || 0) / answered : null };
}

function renderStatistics() {
  const box = $("statistics");
  if (statistics instanceof Error) return fill(box, errorBox(statistics));
  const data = statistics ?? fallbackStatistics();
  fill(box, statistics ? null : h("p", { class: "muted small-text", id: "stats-fallback" }, t("org.stats_fallback")),
    h("table", { class: "kv", id: "statistics-table" }, Object.entries(data).filter(([k]) => k !== "event").map(([k, v]) =>
      h("tr", { "data-stat": k }, h("th", {}, statLabel(k)), h("td", {}, statValue(v))))));
}

async function loadStatistics() {
  try {
    statistics = await optional(`${base}/statistics`);
  } catch (err) {
    statistics = err;
  }
  renderStatistics();
}

function initOrganiserTools() {
  fillEditor();
  renderPairChoices();
  $("programme-form").addEventListener("submit", saveProgramme);
  $("pe-add-session").addEventListener("click", () => $("pe-sessions").append(sessionRow({ day: event.starts_on })));
  $("pair-form").addEventListener("submit", addPair);
}

start(main);
