// A participant's own partnering page (/events/{id}/me, its member key): register (people,
// availability, meetings wanted), the matcher's suggestions with the state of any request, send a
// request, answer the ones received and withdraw the ones sent, the agenda with its downloads and,
// once a meeting's slot has started, its outcome and feedback; and the in-app notifications.
// An organiser (or admin) may open it for one participant with ?org=ID.
import { api, dateIn, downloadLink, empty, errorBox, fill, fmt, h, kindBadge, lang, loading, onLangChange, orgLink, orgName, start, t, timeIn } from "./common.js";
import { errorFields } from "./apierrors.js";
import { absent, optional, whoami } from "./role.js";

const $ = (id) => document.getElementById(id);
const eventId = $("me-root").dataset.event;
const base = `/v1/events/${encodeURIComponent(eventId)}`;
const state = { me: null, org: null, event: null, programme: null, participants: [], mine: null, requests: [],
  suggestions: null, agenda: null, notifications: undefined, recorded: new Map() };
const names = new Map();

const tz = () => state.programme?.timezone || state.event?.timezone || "Asia/Tokyo";
const nameOf = (id) => orgName({ id, ...(names.get(id) || {}) });
const when = (m) => `${dateIn(m.start, tz())} ${timeIn(m.start, tz())}–${timeIn(m.end, tz())}`;
const ok = (key, vars) => h("div", { class: "notice ok", role: "status" }, t(key, vars));

/** Run an action from a button: disabled while it runs; its error shown in `box` in the page's language. */
async function act(button, box, fn) {
  button.disabled = true;
  if (box) fill(box);
  try {
    await fn();
  } catch (e) {
    if (box) fill(box, errorBox(e));
    else button.after(errorBox(e));
  } finally {
    button.disabled = false;
  }
}

function renderHeader() {
  const me = names.get(state.org);
  fill($("me-name"), me ? orgName({ id: state.org, ...me }) : state.org);
  fill($("event-link"), orgName(state.event));
  document.title = `${t("me.title")} · ${orgName(state.event)} · ${t("app.name")}`;
  fill($("me-meta"), [orgName(state.event), [state.event.starts_on, state.event.ends_on].filter(Boolean).join(" – "), state.event.venue]
    .filter(Boolean).join(" · "));
  fill($("reg-state"), t(state.mine ? "me.registered" : "me.not_registered"));
  $("reg-state").className = `badge ${state.mine ? "status-accepted" : "status-pending"}`;
}

// --- registration --------------------------------------------------------------------

function personRow(p = {}) {
  return h("div", { class: "inline person" },
    h("input", { class: "person-name", placeholder: t("me.person_name"), value: p.name || "", "aria-label": t("me.person_name") }),
    h("input", { class: "person-title", placeholder: t("me.person_title"), value: p.title || "", "aria-label": t("me.person_title") }),
    h("input", { class: "person-email", type: "email", placeholder: t("me.person_email"), value: p.email || "", "aria-label": t("me.person_email") }),
    h("button", { type: "button", class: "small person-remove", onclick: (e) => e.currentTarget.parentElement.remove() }, "×"));
}

function renderRegistration() {
  const people = state.mine?.people?.length ? state.mine.people : [{}];
  fill($("reg-people"), people.map(personRow));
  if (!state.programme) {
    fill($("reg-slots"), empty("event.no_programme"));
  } else {
    const free = new Set(state.mine ? state.mine.available : state.programme.slots.map((s) => s.id));
    const days = new Map();
    for (const s of state.programme.slots) {
      const d = dateIn(s.start, tz());
      if (!days.has(d)) days.set(d, []);
      days.get(d).push(s);
    }
    fill($("reg-slots"), [...days.entries()].map(([d, slots]) => h("div", { class: "slot-day" }, h("strong", {}, d), " ",
      slots.map((s) => h("label", { class: "radio slot-choice" },
        h("input", { type: "checkbox", class: "reg-slot", value: s.id, checked: free.has(s.id) }), timeIn(s.start, tz()))))));
  }
  $("reg-max").value = state.mine?.max_meetings ?? state.programme?.default_max_meetings ?? "";
  $("reg-lang").value = state.mine?.lang ?? lang(); // e-mail in the page's language unless chosen
  fill($("reg-save"), t(state.mine ? "me.update" : "me.register"));
}

async function saveRegistration(e) {
  e.preventDefault();
  const people = [...document.querySelectorAll("#reg-people .person")].map((row) => ({
    name: row.querySelector(".person-name").value.trim(), title: row.querySelector(".person-title").value.trim() || null,
    email: row.querySelector(".person-email").value.trim() || null,
  })).filter((p) => p.name || p.email || p.title);
  const boxes = [...document.querySelectorAll("#reg-slots .reg-slot")];
  const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
  const max = $("reg-max").value === "" ? null : Number($("reg-max").value);
  const body = { people, available: chosen.length === boxes.length ? null : chosen, max_meetings: max, lang: $("reg-lang").value };
  await act($("reg-save"), $("reg-result"), async () => {
    state.mine = await api(`${base}/participants/${encodeURIComponent(state.org)}`, { method: "PUT", json: body });
    await reload();
    fill($("reg-result"), ok("me.saved"));
  });
}

// --- suggestions and sending ---------------------------------------------------------

function reasonText(r) {
  return (lang() === "ja" ? r.ja : r.en) || r.en || r.ja || "";
}

function renderSuggestions() {
  const box = $("suggestions");
  if (!state.mine) return fill(box, empty("me.register_first"));
  if (state.suggestions === null) return fill(box, loading("me.suggesting"));
  if (state.suggestions instanceof Error) return fill(box, errorBox(state.suggestions));
  if (!state.suggestions.length) return fill(box, empty("me.no_suggestions"));
  fill(box, state.suggestions.map((s, i) => h("li", { class: "match suggestion", "data-id": s.org },
    h("div", { class: "match-head" }, h("span", { class: "rank" }, String(i + 1)),
      h("div", { class: "match-title" }, h("span", { class: "match-name" }, orgLink(s.org, orgName(s))), " ", kindBadge(s.kind)),
      h("div", { class: "score" }, h("div", { class: "bar" }, h("span", { style: `width:${Math.round(Math.max(0, Math.min(1, s.score)) * 100)}%` })),
        h("span", { class: "score-value" }, fmt(s.score, 2))),
      s.requested
        ? h("span", { class: `badge suggestion-state status-${s.requested}` }, t(`status.${s.requested}`))
        : h("button", { type: "button", class: "small suggest-request", onclick: () => chooseRecipient(s.org) }, t("me.request_this"))),
    h("ul", { class: "reasons" }, s.reasons.slice(0, 4).map((r) => h("li", {}, reasonText(r)))))));
}

function renderRecipients() {
  const sel = $("request-to");
  const value = sel.value;
  const others = state.participants.filter((p) => p.org !== state.org);
  fill(sel, h("option", { value: "" }, t("event.choose")), others.map((p) => h("option", { value: p.org }, orgName(p))));
  sel.value = value;
  $("request-send").disabled = !state.mine;
}

function chooseRecipient(org) {
  $("request-to").value = org;
  $("request-message").scrollIntoView({ block: "center" });
  $("request-message").focus();
}

async function sendRequest(e) {
  e.preventDefault();
  const to = $("request-to").value;
  const body = { from: state.org, to, message: $("request-message").value, priority: Number($("request-priority").value) };
  await act($("request-send"), $("request-result"), async () => {
    await api(`${base}/requests`, { json: body });
    $("request-message").value = "";
    await reload();
    fill($("request-result"), ok("me.request_sent", { org: nameOf(to) }));
  });
}

// --- the inbox -----------------------------------------------------------------------

function requestRow(r, received) {
  const other = received ? r.from : r.to;
  const cells = [
    h("td", {}, orgLink(other, nameOf(other)), h("div", { class: "muted small-text" }, `${dateIn(r.created_at, tz())} ${timeIn(r.created_at, tz())}`)),
    h("td", { class: "message request-message" }, r.message || ""),
    h("td", { class: "num" }, String(r.priority)),
    h("td", {}, h("span", { class: `badge status-${r.status}` }, t(`status.${r.status}`)),
      r.reason ? h("div", { class: "muted small-text request-reason" }, r.reason) : null,
      r.left_out ? h("div", { class: "muted small-text" }, `${t("event.left_out")}: ${lang() === "ja" ? r.left_out.ja : r.left_out.en}`) : null),
  ];
  const actions = h("td", { class: "request-actions" });
  if (r.status === "pending" && received) {
    const reason = h("input", { class: "decline-reason", placeholder: t("me.decline_reason"), "aria-label": t("me.decline_reason"), maxlength: "2000" });
    const accept = h("button", { type: "button", class: "small primary accept" }, t("me.accept"));
    const decline = h("button", { type: "button", class: "small decline" }, t("me.decline"));
    accept.addEventListener("click", () => decide(accept, r.id, "accept", {}));
    decline.addEventListener("click", () => decide(decline, r.id, "decline", { reason: reason.value.trim() || null }));
    actions.append(h("div", { class: "actions" }, accept, decline), reason);
  } else if (r.status === "pending") {
    const withdraw = h("button", { type: "button", class: "small withdraw" }, t("me.withdraw"));
    withdraw.addEventListener("click", () => decide(withdraw, r.id, "withdraw", {}));
    actions.append(withdraw);
  }
  return h("tr", { "data-request": r.id, "data-status": r.status }, cells, actions);
}

async function decide(button, id, verb, body) {
  await act(button, null, async () => {
    await api(`${base}/requests/${encodeURIComponent(id)}/${verb}`, { json: body });
    await reload();
  });
}

function requestTable(rows, received) {
  if (!rows.length) return empty(received ? "me.none_received" : "me.none_sent");
  return h("table", { class: "table" },
    h("thead", {}, h("tr", {}, h("th", {}, t(received ? "event.from" : "event.to")), h("th", {}, t("event.message")),
      h("th", { class: "num" }, t("event.priority")), h("th", {}, t("event.status")), h("th", {}, ""))),
    h("tbody", {}, rows.map((r) => requestRow(r, received))));
}

function renderInbox() {
  const received = state.requests.filter((r) => r.to === state.org);
  const sent = state.requests.filter((r) => r.from === state.org);
  const pending = received.filter((r) => r.status === "pending").length;
  fill($("inbox-count"), pending ? `(${t("me.n_pending", { n: pending })})` : "");
  fill($("inbox-received"), requestTable(received, true));
  fill($("inbox-sent"), requestTable(sent, false));
}

// --- the agenda and feedback ---------------------------------------------------------


function renderDownloads() {
  if (!state.mine) return fill($("my-downloads"));
  const a = `${base}/agenda/${encodeURIComponent(state.org)}`;
  const file = `${eventId}-${state.org}`;
  fill($("my-downloads"),
    downloadLink(`${a}?format=ics`, "event.dl_ics", { download: `${file}.ics`, id: "my-dl-ics" }),
    downloadLink(`${a}?format=csv`, "event.dl_csv", { download: `${file}.csv`, id: "my-dl-csv" }),
    downloadLink(`${a}?format=xlsx`, "event.dl_xlsx", { download: `${file}.xlsx`, id: "my-dl-xlsx" }),
    downloadLink(`${a}?format=html`, "event.dl_print", { target: "_blank", id: "my-dl-html" }));
}

/** What is known of a meeting's outcome: the agenda's fields (a newer server) or what was recorded here. */
function outcomeOf(m) {
  if (state.recorded.has(m.id)) return state.recorded.get(m.id);
  if (m.held !== undefined && m.held !== null) return { held: m.held, outcome: m.outcome, rating: m.rating, next_step: m.next_step };
  return null;
}

function feedbackForm(m) {
  const held = h("select", { class: "fb-held", "aria-label": t("me.held") },
    h("option", { value: "true" }, t("me.held_yes")), h("option", { value: "false" }, t("me.held_no")));
  const rating = h("select", { class: "fb-rating", "aria-label": t("me.rating") },
    h("option", { value: "" }, "–"), [5, 4, 3, 2, 1].map((n) => h("option", { value: String(n) }, "★".repeat(n))));
  const next = h("select", { class: "fb-next", "aria-label": t("me.next_step") },
    ["follow_up", "nda", "proposal", "none"].map((k) => h("option", { value: k }, t(`me.next.${k}`))));
  const note = h("input", { class: "fb-outcome", placeholder: t("me.outcome_placeholder"), "aria-label": t("me.outcome"), maxlength: "2000" });
  const save = h("button", { type: "button", class: "small primary fb-save" }, t("me.record"));
  const result = h("div", { class: "fb-result" });
  save.addEventListener("click", () => act(save, result, async () => {
    const body = { held: held.value === "true", outcome: note.value.trim() || null,
      rating: rating.value ? Number(rating.value) : null, next_step: next.value };
    await recordOutcome(m, body);
    renderAgenda();
  }));
  return h("div", { class: "feedback inline" }, h("label", {}, t("me.held")), held, h("label", {}, t("me.rating")), rating,
    h("label", {}, t("me.next_step")), next, note, save, result);
}

/** POST the outcome with its feedback. A server without the feedback fields refuses them by name
 * (422 on rating / next_step): the outcome is then recorded without them, the next step kept in its text. */
async function recordOutcome(m, body) {
  const path = `${base}/meetings/${encodeURIComponent(m.id)}/outcome`;
  try {
    await api(path, { json: body });
    state.recorded.set(m.id, { ...body, complete: true });
  } catch (e) {
    if (e.status !== 422 || !errorFields(e).some((f) => f === "rating" || f === "next_step")) throw e;
    const outcome = [body.outcome, t(`me.next.${body.next_step}`)].filter(Boolean).join(" · ");
    await api(path, { json: { held: body.held, outcome } });
    state.recorded.set(m.id, { ...body, complete: false });
  }
}

/** The request's message: the agenda's own (a server that copies it there), else this participant's
 * accepted request with the other side, which it may always read. */
function messageOf(m, other) {
  if (m.message) return m.message;
  const r = state.requests.find((x) => x.status === "accepted" && (x.from === other || x.to === other));
  return r?.message || "";
}

function outcomeText(o) {
  return [t(o.held ? "me.held_yes" : "me.held_no"), o.rating ? "★".repeat(o.rating) : null,
    o.next_step ? t(`me.next.${o.next_step}`) : null, o.outcome].filter(Boolean).join(" · ");
}

function renderAgenda() {
  const box = $("my-agenda");
  if (!state.mine) return fill(box, empty("me.register_first"));
  if (!state.agenda?.meetings.length) return fill(box, empty("me.no_meetings"));
  const now = Date.now();
  fill(box, h("table", { class: "table", id: "my-agenda-table" },
    h("thead", {}, h("tr", {}, h("th", {}, `${t("event.time")} (${tz()})`), h("th", {}, t("event.table")), h("th", {}, t("event.with")),
      h("th", {}, t("event.message")), h("th", {}, t("me.outcome")))),
    h("tbody", {}, state.agenda.meetings.map((m) => {
      const other = m.a.id === state.org ? m.b : m.a;
      const started = new Date(m.start).getTime() <= now;
      const o = outcomeOf(m);
      return h("tr", { "data-meeting": m.id },
        h("td", { class: "meeting-time" }, when(m)), h("td", { class: "meeting-table" }, m.table),
        h("td", { class: "meeting-with" }, orgLink(other.id, orgName(other)),
          other.people?.length ? h("div", { class: "muted small-text" }, other.people.map((p) => p.name).join(", ")) : null),
        h("td", { class: "message meeting-message" }, messageOf(m, other.id)),
        h("td", { class: "meeting-outcome" }, o
          ? h("div", { class: "outcome-recorded", "data-complete": String(o.complete !== false) }, outcomeText(o),
            o.complete === false ? h("div", { class: "muted small-text" }, t("me.feedback_partial")) : null)
          : started ? feedbackForm(m) : h("span", { class: "muted small-text" }, t("me.after_meeting"))));
    }))));
}

// --- notifications -------------------------------------------------------------------

function renderNotifications() {
  const box = $("notifications");
  const list = state.notifications;
  if (list === undefined) return fill(box, loading());
  if (list === null) return fill(box, empty("me.notifications_unavailable"));
  if (list instanceof Error) return fill(box, errorBox(list));
  const unread = list.filter((n) => !(n.read_at || n.read)).length;
  fill($("notifications-count"), unread ? `(${t("me.n_unread", { n: unread })})` : "");
  if (!list.length) return fill(box, empty("me.no_notifications"));
  fill(box, h("ul", { class: "plain notifications" }, list.map((n) => {
    const read = Boolean(n.read_at || n.read);
    const title = (lang() === "ja" ? n.subject_ja || n.title_ja : null) || n.subject || n.title || t(`me.kind.${n.kind}`);
    const mark = read ? null : h("button", { type: "button", class: "link mark-read" }, t("me.mark_read"));
    mark?.addEventListener("click", () => act(mark, null, async () => {
      await api(`/v1/notifications/${encodeURIComponent(n.id)}/read`, { method: "POST" });
      await loadNotifications();
    }));
    return h("li", { class: `notification${read ? " read" : " unread"}`, "data-kind": n.kind || "" },
      h("strong", {}, title), " ", n.created_at ? h("span", { class: "muted small-text" }, `${dateIn(n.created_at, tz())} ${timeIn(n.created_at, tz())}`) : null,
      n.body || n.text ? h("div", { class: "small-text" }, n.body || n.text) : null, mark);
  })));
}

async function loadNotifications() {
  try {
    const found = await optional(`/v1/notifications?event=${encodeURIComponent(eventId)}`);
    state.notifications = found === null ? null : Array.isArray(found) ? found : found.items || found.notifications || [];
  } catch (e) {
    state.notifications = e;
  }
  renderNotifications();
}

// --- loading -------------------------------------------------------------------------

async function loadSuggestions() {
  if (!state.mine) return renderSuggestions();
  try {
    state.suggestions = await api(`${base}/participants/${encodeURIComponent(state.org)}/suggestions?limit=10`);
  } catch (e) {
    state.suggestions = e;
  }
  renderSuggestions();
}

/** Everything that changes when this participant acts: registration, requests, agenda, suggestion states. */
async function reload() {
  const org = encodeURIComponent(state.org);
  const [parts, mine, reqs] = await Promise.allSettled([api(`${base}/participants`), api(`${base}/participants/${org}`),
    api(`${base}/requests?participant=${org}`)]);
  state.participants = parts.status === "fulfilled" ? parts.value : [];
  for (const p of state.participants) names.set(p.org, { name: p.name, name_ja: p.name_ja });
  state.mine = mine.status === "fulfilled" ? mine.value : null;
  state.requests = reqs.status === "fulfilled" ? reqs.value : [];
  state.agenda = state.mine ? await api(`${base}/agenda/${org}`).catch(() => null) : null;
  renderAll();
  await loadSuggestions();
}

function renderAll() {
  renderHeader();
  renderRegistration();
  renderRecipients();
  renderInbox();
  renderDownloads();
  renderAgenda();
  renderSuggestions();
  renderNotifications();
}

async function main() {
  const status = $("me-status");
  state.me = await whoami();
  const asked = new URLSearchParams(location.search).get("org");
  state.org = state.me?.role === "member" ? state.me.org : asked;
  if (!state.me || !state.org) {
    const err = Object.assign(new Error(t(state.me ? "me.member_only" : "key.hint_401")), { status: state.me ? 403 : 401 });
    fill(status, errorBox(err));
    return;
  }
  const [ev, prog] = await Promise.allSettled([api(`/v1/events/${encodeURIComponent(eventId)}`), api(`${base}/programme`)]);
  if (ev.status === "rejected") return fill(status, errorBox(ev.reason));
  state.event = ev.value;
  state.programme = prog.status === "fulfilled" ? prog.value : null;
  if (prog.status === "rejected" && absent(prog.reason)) throw prog.reason;
  status.hidden = true;
  $("me-body").hidden = false;
  $("reg-form").addEventListener("submit", saveRegistration);
  $("reg-add-person").addEventListener("click", () => $("reg-people").append(personRow()));
  $("request-form").addEventListener("submit", sendRequest);
  onLangChange(renderAll);
  await Promise.all([reload(), loadNotifications()]);
}

start(main);
