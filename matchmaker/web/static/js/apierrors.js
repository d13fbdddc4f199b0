// The API answers errors in English (one message naming the field). A reader who chose Japanese
// should not have to read English: this maps an error to a translated sentence by its status and
// the shape of the server's message, keeping the names it quotes (ids, fields, numbers). Unknown
// messages fall back to a translated sentence for the status; the server's own words stay
// available beside it (errorBox shows them under "details" in Japanese). Pure: `t` is passed in.

// [pattern on the server's message, i18n key]; named groups fill the key's placeholders.
const PATTERNS = [
  [/^this key may not (?<what>.+)$/s, "apierr.forbidden"],
  [/a (?<status>\w+) request between '(?<a>[^']+)' and '(?<b>[^']+)' already exists/, "apierr.request_exists"],
  [/requests closed at (?<at>\S+)/, "apierr.requests_closed"],
  [/'(?<org>[^']+)' has (?<n>\d+) open requests, the event's cap is (?<cap>\d+)/, "apierr.request_cap"],
  [/request '(?<id>[^']+)' is (?<status>\w+), not pending/, "apierr.not_pending"],
  [/has no partnering programme yet/, "apierr.no_programme"],
  [/cannot request a meeting with itself|cannot meet itself/, "apierr.self_request"],
  [/'(?<org>[^']+)' is not a partnering participant/, "apierr.not_participant"],
  [/only the (?<role>sender|receiver) \('(?<org>[^']+)'\) may set a request to (?<status>\w+)/, "apierr.wrong_side"],
  [/slots overlap/, "apierr.slots_overlap"],
  [/unknown slot '(?<slot>[^']+)'/, "apierr.unknown_slot"],
  [/locked meeting|is locked/, "apierr.locked"],
  [/has not started|not started yet|before (its|the) slot/, "apierr.not_started"],
  [/in the past/, "apierr.in_past"],
  [/event has ended|has ended/, "apierr.event_ended"],
  [/the API key is not valid|an API key is required/, "apierr.unauthenticated"],
];

const BY_STATUS = { 0: "apierr.network", 401: "apierr.unauthenticated", 403: "apierr.forbidden", 404: "apierr.not_found",
  409: "apierr.conflict", 413: "apierr.too_large", 422: "apierr.invalid", 429: "apierr.rate_limited", 503: "apierr.unavailable" };

/** The fields an error names: from its `errors` list, else a leading `field: ` in the message. */
export function errorFields(err) {
  const fields = (err.errors || []).map((e) => e.field).filter(Boolean);
  if (!fields.length) {
    const m = /^([A-Za-z_][\w.]*): /.exec(err.message || "");
    if (m) fields.push(m[1]);
  }
  return [...new Set(fields)];
}

/** The error in the reader's language: `t` translates keys (the page's dictionary). */
export function localMessage(err, t, lang) {
  const message = String(err?.message || err || "");
  if (lang === "en") return message; // the server's words are English already, and more exact
  const tr = (key, vars) => {
    const text = t(key, vars);
    return text === key ? null : text;
  };
  for (const [re, key] of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    const vars = { ...(m.groups || {}) };
    if (vars.status) vars.status = t(`status.${vars.status}`);
    if (vars.role) vars.role = t(`apierr.role_${vars.role}`);
    const text = tr(key, vars);
    if (text) return text;
  }
  const fields = errorFields(err);
  if (err?.status === 422 && fields.length) {
    return tr("apierr.invalid_field", { field: fields.map((f) => t(`field.${f}`) === `field.${f}` ? f : t(`field.${f}`)).join(", ") }) || message;
  }
  return tr(BY_STATUS[err?.status] || "apierr.other", { status: err?.status ?? "" }) || message;
}
