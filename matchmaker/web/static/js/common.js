// Shared by every page: the language switch and its dictionary, the API key field in the header,
// API calls (with the key) and readable errors, small DOM helpers. Plain ES module, no bundler:
// what is served is what was written.
import { localMessage } from "./apierrors.js";

const LANG_KEY = "matchmaker.lang";
const API_KEY = "matchmaker.apiKey";
const dictionaries = {};
let current = "en";
const listeners = [];

/** The language in use: the one remembered, else English (the server renders English first). */
export function lang() {
  return current;
}

/** Translate a key; `{name}` placeholders are filled from `vars`. Unknown keys show as themselves. */
export function t(key, vars = {}) {
  const dict = dictionaries[current] || {};
  const fallback = dictionaries.en || {};
  let text = dict[key] ?? fallback[key] ?? key;
  for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

/** Translate a key, or show `fallback` when neither dictionary has it (e.g. a link type added later). */
export function tOr(key, fallback) {
  const has = (dictionaries[current] && key in dictionaries[current]) || (dictionaries.en && key in dictionaries.en);
  return has ? t(key) : fallback;
}

async function loadDictionary(code) {
  if (!dictionaries[code]) {
    const r = await fetch(`/static/i18n/${code}.json`);
    dictionaries[code] = await r.json();
  }
  return dictionaries[code];
}

/** Re-label every element carrying data-i18n (text) or data-i18n-placeholder / -title. */
export function translatePage(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle);
  document.documentElement.lang = current;
  for (const b of document.querySelectorAll(".lang-switch button")) {
    b.classList.toggle("active", b.dataset.lang === current);
    b.setAttribute("aria-pressed", String(b.dataset.lang === current));
  }
}

/** Switch language, remember it, and let the page redraw what its script rendered. */
export async function setLang(code) {
  await loadDictionary(code);
  current = code;
  try {
    localStorage.setItem(LANG_KEY, code);
  } catch {
    /* private mode: the switch still works for this page */
  }
  translatePage();
  for (const fn of listeners) fn(code);
}

/** Call `fn(lang)` whenever the language changes (pages redraw their dynamic parts). */
export function onLangChange(fn) {
  listeners.push(fn);
}

/** Load dictionaries, apply the remembered language and wire the header switch. */
export async function initI18n() {
  let saved = null;
  try {
    saved = localStorage.getItem(LANG_KEY);
  } catch {
    saved = null;
  }
  await loadDictionary("en");
  current = saved === "ja" ? "ja" : "en";
  if (current !== "en") await loadDictionary(current);
  translatePage();
  for (const b of document.querySelectorAll(".lang-switch button")) {
    b.addEventListener("click", () => setLang(b.dataset.lang));
  }
}

/** An API error carrying the server's own message (errors are JSON `{"message": ...}`). */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** The API key this browser remembers ("" when none): sent with every API call. */
export function apiKey() {
  try {
    return localStorage.getItem(API_KEY) || "";
  } catch {
    return "";
  }
}

function storeKey(key) {
  try {
    if (key) localStorage.setItem(API_KEY, key);
    else localStorage.removeItem(API_KEY);
    return true;
  } catch {
    return false;
  }
}

/** The Authorization header for the remembered key, if any. */
export function authHeaders() {
  const key = apiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}

/** The ApiError for a non-2xx answer, with the server's message; a 401 points at the key field. */
function errorFrom(r, text) {
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const message = (body && (body.message || body.detail)) || `${r.status} ${r.statusText}`;
  if (r.status === 401) flagKeyField();
  const err = new ApiError(typeof message === "string" ? message : JSON.stringify(message), r.status);
  err.errors = (body && Array.isArray(body.errors)) ? body.errors : [];  // each located by field, line, sheet, column
  return err;
}

/** Fetch JSON from the API (with the key, if one is saved); a non-2xx answer throws ApiError with the server's message. */
export async function api(path, options = {}) {
  const init = { ...options, headers: { accept: "application/json", ...authHeaders(), ...(options.headers || {}) } };
  if (options.json !== undefined) {
    init.method = init.method || "POST";
    init.body = JSON.stringify(options.json);
    init.headers["content-type"] = "application/json";
    delete init.json;
  }
  let r;
  try {
    r = await fetch(path, init);
  } catch (e) {
    throw new ApiError(t("error.network", { detail: e.message }), 0);
  }
  const text = await r.text();
  if (!r.ok) throw errorFrom(r, text);
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  return body;
}

/** Fetch a file from the API with the key (downloads cannot be plain links once a key is needed). */
export async function fetchFile(path) {
  let r;
  try {
    r = await fetch(path, { headers: authHeaders() });
  } catch (e) {
    throw new ApiError(t("error.network", { detail: e.message }), 0);
  }
  if (!r.ok) throw errorFrom(r, await r.text());
  const disposition = r.headers.get("content-disposition") || "";
  const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return { blob: await r.blob(), filename: named ? decodeURIComponent(named[1]) : "" };
}

/** Download an API file under `filename` (else the server's name): fetched with the key, saved from a blob. */
export async function saveFile(path, filename = "") {
  const file = await fetchFile(path);
  const url = URL.createObjectURL(file.blob);
  const a = h("a", { href: url, download: filename || file.filename || "download", hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Show an API document (e.g. a printable agenda) in a new tab. The tab is opened at once, while
 * the click still counts as the user's, and pointed at the fetched document when it arrives. */
export async function openFile(path) {
  const tab = window.open("", "_blank");
  try {
    const file = await fetchFile(path);
    const url = URL.createObjectURL(file.blob);
    if (tab) tab.location.href = url;
    else location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (e) {
    if (tab) tab.close();
    throw e;
  }
}

/** A download button: the API wants the key, which a plain link cannot send, so a click fetches the
 * file with it and saves it (or, for the printable view, opens it in a new tab); the href stays the
 * API's address. A failed download shows its error box under the list the button sits in. */
export function downloadLink(href, key, attrs = {}) {
  const onclick = async (e) => {
    e.preventDefault();
    const list = e.currentTarget.closest("ul");
    if (list.nextElementSibling?.classList.contains("download-error")) list.nextElementSibling.remove();
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

/** Build an element: h("a", {href: "/", class: "x"}, "text", child...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Replace an element's children. */
export function fill(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

/** A loading line with a spinner. */
export function loading(key = "common.loading") {
  return h("div", { class: "status" }, h("span", { class: "spinner" }), " ", t(key));
}

/** Whether an API refusal means only that the reader has no key (a 401 to a visitor), not a fault. */
export function needsKey(err) {
  return err?.status === 401 && !apiKey();
}

/** The one "this needs a key" box every page shows a visitor, in the reader's language: what they
 * would see with a key (`needkey.what.<what>`) and how to get one. It never repeats the API's own
 * 401 message, which speaks to programmers (`Authorization: Bearer`, `matchmaker keys create`).
 * Its texts carry data-i18n, so a language switch relabels it where it stands. */
export function keyNeeded(what = "") {
  const label = (key) => h("span", { "data-i18n": key }, t(key));
  return h("div", { class: "notice warn key-needed", role: "note", dataset: { status: "401", keyNeeded: what || "page" } },
    h("strong", {}, label("needkey.title")), what ? [" ", label(`needkey.what.${what}`)] : null,
    h("div", { class: "key-hint" }, label("needkey.how"), " ",
      h("button", { type: "button", class: "link key-go", onclick: focusKeyField }, label("key.go"))));
}

/** An error box showing the API's message in the chosen language (apierrors.js; the server's own
 * words stay under "details"); a refusal (401/403) says what to do about the key. A visitor's 401
 * becomes the shared key box (`keyNeeded(what)`): nothing went wrong, a key is needed. */
export function errorBox(err, what = "") {
  if (needsKey(err)) return keyNeeded(what);
  const shownText = localMessage(err, t, current);
  const original = err.message || String(err);
  const box = h("div", { class: "notice error", role: "alert" }, h("strong", {}, t("error.title")), " ",
    h("span", { class: "error-message" }, shownText),
    shownText !== original ? h("details", { class: "error-detail" }, h("summary", {}, t("apierr.details")), original) : null);
  if (err.status === 401) {
    box.dataset.status = "401";
    box.append(h("div", { class: "key-hint" }, t(apiKey() ? "key.hint_invalid" : "key.hint_401"), " ",
      h("button", { type: "button", class: "link key-go", onclick: focusKeyField }, t("key.go"))));
  } else if (err.status === 403) {
    box.dataset.status = "403";
    box.append(h("div", { class: "key-hint" }, t("key.hint_403")));
  }
  return box;
}

/** An empty-state line. */
export function empty(key) {
  return h("p", { class: "muted empty" }, t(key));
}

/** An organisation's name in the current language: name_ja in Japanese when present. */
export function orgName(o, prefix = "") {
  const ja = o[`${prefix}name_ja`];
  const en = o[`${prefix}name`];
  return current === "ja" && ja ? ja : en || ja || o.id || o[`${prefix}id`];
}

/** The name in the other language, shown beside the main one when it differs. */
export function altName(o) {
  const main = orgName(o);
  const other = current === "ja" ? o.name : o.name_ja;
  return other && other !== main ? other : "";
}

/** The label of an organisation kind. */
export function kindLabel(kind) {
  return kind ? t(`kind.${kind}`) : "";
}

/** A kind badge, coloured by kind. */
export function kindBadge(kind) {
  return h("span", { class: `badge kind-${kind || "other"}` }, kindLabel(kind));
}

/** A link to an organisation's profile. */
export function orgLink(id, label) {
  return h("a", { href: `/organizations/${encodeURIComponent(id)}` }, label || id);
}

/** Numbers as people read them, in the current language's locale. */
export function fmt(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return Number(value).toLocaleString(current === "ja" ? "ja-JP" : "en-GB", { maximumFractionDigits: digits });
}

/** A time in the event's zone, e.g. "10:00". */
export function timeIn(iso, timeZone) {
  return new Date(iso).toLocaleTimeString(current === "ja" ? "ja-JP" : "en-GB", { timeZone, hour: "2-digit", minute: "2-digit" });
}

/** A date in the event's zone. */
export function dateIn(iso, timeZone) {
  return new Date(iso).toLocaleDateString(current === "ja" ? "ja-JP" : "en-GB", { timeZone, weekday: "short", month: "short", day: "numeric" });
}

/** Colours per organisation kind, shared by badges (CSS) and graphs (cytoscape). */
export const KIND_COLOURS = {
  startup: "#e11d48", pharma: "#7c3aed", cdmo: "#0891b2", cro: "#0d9488", vc: "#d97706", supplier: "#65a30d",
  university: "#2563eb", research_institute: "#4f46e5", hospital: "#db2777", association: "#64748b",
  support_agency: "#475569", government: "#334155", finance: "#b45309", Community: "#94a3b8", Hub: "#a8a29e",
  Event: "#f59e0b", Seed: "#16a34a", other: "#6b7280",
};

/** Whether a front-end library was built and loaded; pages show a notice and carry on when not. */
export function hasLib(name) {
  return typeof window[name] !== "undefined";
}

// The header's API key field: the key is kept in localStorage and sent by api() and the downloads.
const keyState = { text: null }; // a message shown instead of the usual status, until the field changes

function keyLabel(key) {
  const m = /^mm_([0-9a-f]{12})_/i.exec(key);
  return m ? `mm_${m[1]}` : "mm_…";
}

function renderKeyStatus() {
  const status = document.getElementById("api-key-status");
  if (!status) return;
  const key = apiKey();
  const form = document.getElementById("api-key-form");
  form.classList.toggle("has-key", Boolean(key));
  status.classList.toggle("error-text", Boolean(keyState.text?.error));
  status.textContent = keyState.text
    ? keyState.text.key ? t(keyState.text.key) : keyState.text.message
    : key ? t("key.signed_in", { id: keyLabel(key) }) : t("key.none");
  document.getElementById("api-key-forget").disabled = !key;
}

/** Draw attention to the key field (after a 401). */
export function flagKeyField() {
  document.getElementById("api-key-form")?.classList.add("attention");
}

/** Scroll to the key field and focus it (the "enter key" button of a 401 error). */
export function focusKeyField() {
  const input = document.getElementById("api-key");
  if (!input) return;
  flagKeyField();
  window.scrollTo(0, 0);
  input.focus();
  input.select();
}

/** Wire the key field: Save checks the key with the server and reloads the page with it; Forget drops it. */
export function initKey() {
  const form = document.getElementById("api-key-form");
  if (!form) return;
  const input = document.getElementById("api-key");
  input.value = apiKey();
  renderKeyStatus();
  onLangChange(renderKeyStatus);
  input.addEventListener("input", () => {
    form.classList.remove("attention");
    if (keyState.text) {
      keyState.text = null;
      renderKeyStatus();
    }
  });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const key = input.value.trim().replace(/^Bearer\s+/i, "");
    if (!key) {
      keyState.text = { key: "key.empty", error: true };
      renderKeyStatus();
      return;
    }
    keyState.text = { key: "key.checking" };
    renderKeyStatus();
    const save = document.getElementById("api-key-save");
    save.disabled = true;
    try {
      // Any call checks the key: an unknown or revoked one is refused with 401 everywhere. Other
      // failures (rate limit, network) say nothing about the key, which is kept.
      await api("/v1/communities?limit=1", { headers: { authorization: `Bearer ${key}` } });
    } catch (err) {
      if (err.status === 401) {
        keyState.text = { message: err.message, error: true };
        renderKeyStatus();
        save.disabled = false;
        return;
      }
    }
    if (!storeKey(key)) {
      keyState.text = { key: "key.no_storage", error: true };
      renderKeyStatus();
      save.disabled = false;
      return;
    }
    location.reload();
  });
  document.getElementById("api-key-forget").addEventListener("click", () => {
    storeKey("");
    input.value = "";
    location.reload();
  });
}

/** Run a page: dictionaries first, then the page's own start function; a failure is shown, not swallowed. */
export async function start(main) {
  try {
    await initI18n();
  } catch (e) {
    console.error("i18n", e);
  }
  initKey();
  try {
    await main();
  } catch (e) {
    console.error(e);
    document.querySelector("main").prepend(errorBox(e));
  }
  document.body.dataset.ready = "true";
}
