// An event organiser's page: programme, participants, requests and their status, generating the
// schedule, the slot × table grid, each participant's agenda and the downloads.
import { api, dateIn, empty, errorBox, fill, fmt, h, kindBadge, lang, loading, onLangChange, openFile, orgLink, orgName, saveFile, start, t, timeIn } from "./common.js";

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
  for (const m of overview?.meetings || []) for (const side of [m.a.id, m.b.id]) counts.set(side, (counts.get(side) || 0) + 1);
  fill($("participants"), h("table", { class: "table" },
    h("thead", {}, h("tr", {}, h("th", {}, t("field.name")), h("th", {}, t("field.kind")), h("th", {}, t("event.people")),
      h("th", { class: "num" }, t("event.meetings")))),
    h("tbody", {}, participants.map((p) => h("tr", {},
      h("td", {}, orgLink(p.org, orgName(p))), h("td", {}, kindBadge(p.kind)),
      h("td", {}, p.people.map((x) => x.title ? `${x.name} (${x.title})` : x.name).join(", ")),
      h("td", { class: "num" }, `${counts.get(p.org) || 0} / ${p.max_meetings}`))))));
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
          m.locked ? h("span", { class: "lock", title: t("event.locked") }, "🔒") : null);
      }))))));
}

// Downloads need the API key, which a plain link cannot send: a click fetches the file with it and
// saves it (or, for the printable view, shows it in a new tab). The href stays the API's address.
function download(href, key, attrs = {}) {
  const onclick = async (e) => {
    e.preventDefault();
    const list = e.currentTarget.closest("ul");
    const previous = list.nextElementSibling;
    if (previous?.classList.contains("download-error")) previous.remove();
    try {
      if (attrs.target === "_blank") await openFile(href);
      else await saveFile(href, attrs.download);
    } catch (err) {
      const box = errorBox(err);
      box.classList.add("download-error");
      list.after(box);
    }
  };
  return h("li", {}, h("a", { href, class: "button small", ...attrs, onclick }, t(key)));
}

function renderDownloads() {
  if (refused) {
    fill($("overview-downloads"), h("li", {}, shownWithKey()));
    fill($("agenda-downloads"));
    return;
  }
  fill($("overview-downloads"),
    download(`${base}/meetings?format=csv`, "event.dl_csv", { download: `${eventId}-meetings.csv`, id: "dl-overview-csv" }),
    download(`${base}/meetings?format=xlsx`, "event.dl_xlsx", { download: `${eventId}-meetings.xlsx`, id: "dl-overview-xlsx" }),
    download(`${base}/meetings?format=html`, "event.dl_print", { target: "_blank", id: "dl-overview-html" }));
  const org = $("participant").value;
  if (!org) {
    fill($("agenda-downloads"));
    return;
  }
  const a = `${base}/agenda/${encodeURIComponent(org)}`;
  fill($("agenda-downloads"),
    download(`${a}?format=csv`, "event.dl_csv", { download: `${eventId}-${org}.csv`, id: "dl-agenda-csv" }),
    download(`${a}?format=ics`, "event.dl_ics", { download: `${eventId}-${org}.ics`, id: "dl-agenda-ics" }),
    download(`${a}?format=html`, "event.dl_print", { target: "_blank", id: "dl-agenda-html" }));
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
  } catch (e) {
    fill($("schedule-summary"), errorBox(e));
  } finally {
    button.disabled = false;
  }
}

async function main() {
  const status = $("event-status");
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
  });
  if (refused) return;
  await loadOverview();
  if ($("participant").value) await loadAgenda();
}

start(main);
