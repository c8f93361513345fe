// Reviewing in the panel: Accept, Reject (with a reason), Correct (type, sub-type, date, place from
// the gazetteer or a click on the map, actors, fatalities, modality), the decision's history and
// the reports new since the review. The token is entered once and kept in sessionStorage.
// Keyboard (outside text fields): j / k next / previous event, a accept, r reject, c correct,
// Escape closes a form. docs/review.md describes the API behind it.

import { getJSON, postJSON } from "./api.js";
import { clear, el, toast } from "./dom.js";
import { modalityLabel, subTypeLabel, t, typeLabel } from "./i18n.js";

const KEY = "marsad.reviewToken";
const MODALITIES = ["asserted", "claimed", "alleged", "denied", "planned"];

export class Review {
  constructor(config, handlers) {
    this.config = config;  // /api/config: reviewable, review_reasons, event_types
    this.handlers = handlers;  // onReviewed(id), pickPoint(callback), step(delta)
    this.token = sessionStorage.getItem(KEY) || null;
    this.who = null;
    this.detail = null;
    this.box = null;
  }

  /** Ask the server who the stored token is (drops a token it refuses). */
  async identify() {
    if (!this.token) return null;
    try {
      this.who = await getJSON("/api/whoami", undefined, this.token);
    } catch (e) {
      this.who = null;
    }
    return this.who;
  }

  canReview() {
    return Boolean(this.who && (this.who.role === "reviewer" || this.who.role === "admin"));
  }

  async login(token) {
    this.token = token;
    const who = await this.identify();
    if (!who) {
      this.token = null;
      sessionStorage.removeItem(KEY);
      throw new Error(t("review_bad_token"));
    }
    sessionStorage.setItem(KEY, token);
    return who;
  }

  logout() {
    this.token = null;
    this.who = null;
    sessionStorage.removeItem(KEY);
  }

  /** The review block of the panel for an event detail (null when reviews are off). */
  block(detail) {
    // the correction form starts from the reviewed values where there are some
    this.detail = detail.review ? { ...detail, ...detail.review.fields } : detail;
    const status = detail.review_status || "unreviewed";
    const review = detail.review;
    const head = el("div", { class: "review-head" },
      el("span", { class: `badge rv-${status}`, "data-status": status, id: "review-status", text: t(`rv_${status}`) }),
      review ? el("span", { class: "review-by", text: `${review.reviewer} · ${review.reviewed_at.slice(0, 16).replace("T", " ")}` }) : null,
      review && review.reason ? el("span", { class: "review-reason", text: t(`reason_${review.reason}`) }) : null);
    this.box = el("section", { class: "block review-block", id: "review" }, el("h3", { text: t("review") }), head);
    if (this.canReview()) {
      const actions = el("div", { class: "review-actions" },
        el("button", { type: "button", id: "rv-accept", "data-action": "accept", "aria-keyshortcuts": "a", text: t("rv_accept") }),
        el("button", { type: "button", id: "rv-reject", "data-action": "reject", "aria-keyshortcuts": "r", text: t("rv_reject") }),
        el("button", { type: "button", id: "rv-correct", "data-action": "correct", "aria-keyshortcuts": "c", text: t("rv_correct") }));
      actions.querySelector("#rv-accept").addEventListener("click", () => this.accept());
      actions.querySelector("#rv-reject").addEventListener("click", () => this.openReject());
      actions.querySelector("#rv-correct").addEventListener("click", () => this.openCorrect());
      this.box.append(actions, el("div", { id: "review-form" }));
    } else if (this.config.reviewable) {
      this.box.append(el("p", { class: "hint", text: t("review_login_hint") }));
    }
    if ((detail.new_since_review || []).length) {
      this.box.append(el("div", { class: "new-since", id: "new-since-review" },
        el("strong", { text: t("new_since_review") }),
        el("ul", {}, ...detail.new_since_review.map((id) => el("li", { dir: "ltr", text: id })))));
    }
    const hist = el("details", { class: "review-history", id: "review-history" }, el("summary", { text: t("history") }));
    hist.addEventListener("toggle", () => { if (hist.open) this.loadHistory(hist, detail.id); });
    this.box.append(hist);
    return this.box;
  }

  async loadHistory(node, id) {
    for (const old of node.querySelectorAll("ol, p")) old.remove();
    try {
      const h = await getJSON(`/api/events/${encodeURIComponent(id)}/history`);
      if (!h.items.length) {
        node.append(el("p", { text: t("history_none") }));
        return;
      }
      node.append(el("ol", {}, ...h.items.map((x) => el("li", { dir: "auto",
        text: `${x.at.slice(0, 16).replace("T", " ")} ${x.reviewer}: ${x.field} ${show(x.old)} → ${show(x.new)}` }))));
    } catch (e) {
      node.append(el("p", { class: "error", text: e.message }));
    }
  }

  async send(body) {
    if (!this.detail || !this.canReview()) return;
    const id = this.detail.id;
    try {
      const out = await postJSON(`/api/events/${encodeURIComponent(id)}/review`, body, this.token);
      toast(t(`rv_${out.status}`) + (out.learnt && out.learnt.length ? ` · ${t("learnt")}: ${out.learnt.join("; ")}` : ""));
      this.handlers.onReviewed(id, out.status);
    } catch (e) {
      toast(`${t("error")}: ${e.message}`);
    }
  }

  accept() {
    return this.send({ action: "accept" });
  }

  form() {
    return this.box && this.box.querySelector("#review-form");
  }

  openReject() {
    const box = this.form();
    if (!box) return;
    const reason = el("select", { id: "rv-reason", name: "reason" },
      ...this.config.review_reasons.map((r) => el("option", { value: r, text: t(`reason_${r}`) })));
    const note = el("input", { id: "rv-note", name: "note", maxlength: "2000", placeholder: t("rv_note") });
    const form = el("form", { class: "review-form", id: "reject-form" },
      el("label", {}, el("span", { text: t("rv_reason") }), reason), note,
      el("button", { type: "submit", id: "rv-reject-send", text: t("rv_reject") }));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.send({ action: "reject", reason: reason.value, note: note.value.trim() || null });
    });
    reason.addEventListener("keydown", (e) => {  // a <select> does not submit its form on Enter
      if (e.key === "Enter") {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    clear(box).append(form);
    reason.focus();
  }

  openCorrect() {
    const box = this.form();
    if (!box) return;
    const d = this.detail;
    const types = this.config.event_types;
    const type = el("select", { id: "rv-type", name: "event_type" },
      ...Object.keys(types).map((x) => el("option", { value: x, text: typeLabel(x) })));
    type.value = d.event_type;
    const sub = el("select", { id: "rv-sub", name: "sub_event_type" });
    const fillSubs = () => {
      clear(sub).append(...types[type.value].map((x) => el("option", { value: x, text: subTypeLabel(x) })));
      if (types[type.value].includes(d.sub_event_type)) sub.value = d.sub_event_type;
    };
    type.addEventListener("change", fillSubs);
    fillSubs();
    const date = el("input", { type: "date", id: "rv-date", name: "event_date", value: d.event_date || "" });
    const actor1 = el("input", { id: "rv-actor1", name: "actor1", list: "rv-actors", autocomplete: "off", value: nameOf(d.actor1) });
    const actor2 = el("input", { id: "rv-actor2", name: "actor2", list: "rv-actors", autocomplete: "off", value: nameOf(d.actor2) });
    const actors = el("datalist", { id: "rv-actors" });
    const fillActors = async (q) => {
      try {
        const found = await getJSON(`/api/actors?q=${encodeURIComponent(q)}&limit=30`);
        clear(actors).append(...found.items.map((n) => el("option", { value: n })));
      } catch (e) { /* suggestions only */ }
    };
    actor1.addEventListener("input", () => fillActors(actor1.value));
    actor2.addEventListener("input", () => fillActors(actor2.value));
    const fat = el("input", { type: "number", id: "rv-fatalities", name: "fatalities", min: "0", step: "1",
      value: d.fatalities === null || d.fatalities === undefined ? "" : String(d.fatalities) });
    const modality = el("select", { id: "rv-modality", name: "modality" },
      ...MODALITIES.map((m) => el("option", { value: m, text: modalityLabel(m) })));
    modality.value = d.modality || "asserted";
    const placeState = { value: null };
    const placeLabel = el("span", { id: "rv-place-chosen", text: placeName(d) || "—" });
    const search = el("input", { type: "search", id: "rv-place-q", placeholder: t("rv_place_search"), autocomplete: "off" });
    const results = el("ul", { class: "place-results", id: "rv-place-results" });
    const choose = (value, label) => {
      placeState.value = value;
      placeLabel.textContent = label;
      clear(results);
    };
    search.addEventListener("keydown", async (e) => {
      if (e.key !== "Enter") return;
      e.preventDefault();
      try {
        const found = await getJSON(`/api/places?q=${encodeURIComponent(search.value.trim())}`);
        clear(results).append(...found.items.map((p) => {
          const label = `${p.name}${p.name_ar ? " · " + p.name_ar : ""} (${[p.admin1, p.country].filter(Boolean).join(", ")})`;
          const b = el("button", { type: "button", "data-id": p.gazetteer_id, text: label });
          b.addEventListener("click", () => choose({ gazetteer_id: p.gazetteer_id }, label));
          return el("li", {}, b);
        }));
      } catch (err) {
        toast(`${t("error")}: ${err.message}`);
      }
    });
    const pick = el("button", { type: "button", id: "rv-pick", text: t("rv_pick_map") });
    pick.addEventListener("click", () => {
      toast(t("rv_pick_hint"));
      this.handlers.pickPoint((lat, lon) => {
        const name = search.value.trim() || placeName(d) || `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
        choose({ name, latitude: lat, longitude: lon, country: d.country || null, admin1: d.admin1 || null },
          `${name} (${lat.toFixed(4)}, ${lon.toFixed(4)})`);
      });
    });
    const form = el("form", { class: "review-form", id: "correct-form" },
      row(t("f_event_type"), type), row(t("f_sub_event_type"), sub), row(t("f_event_date"), date),
      el("div", { class: "rv-place" }, el("span", { text: t("f_location") }), placeLabel, search, pick, results),
      row(t("f_actor1"), actor1), row(t("f_actor2"), actor2), actors,
      row(t("f_fatalities"), fat), row(t("f_modality"), modality),
      el("button", { type: "submit", id: "rv-correct-send", text: t("rv_save") }));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const changes = {};
      if (type.value !== d.event_type) changes.event_type = type.value;
      if (sub.value !== d.sub_event_type) changes.sub_event_type = sub.value;
      if (date.value && date.value !== d.event_date) changes.event_date = date.value;
      if (placeState.value) changes.location = placeState.value;
      if (actor1.value.trim() !== nameOf(d.actor1)) changes.actor1 = actor1.value.trim() || null;
      if (actor2.value.trim() !== nameOf(d.actor2)) changes.actor2 = actor2.value.trim() || null;
      const f = fat.value === "" ? null : Number(fat.value);
      if (f !== (d.fatalities ?? null)) changes.fatalities = f;
      if (modality.value !== (d.modality || "asserted")) changes.modality = modality.value;
      if (!Object.keys(changes).length) {
        toast(t("rv_nothing"));
        return;
      }
      this.send({ action: "correct", changes });
    });
    clear(box).append(form);
    type.focus();
  }

  closeForm() {
    const box = this.form();
    if (box) clear(box);
  }

  /** The keyboard shortcuts of a reviewer going down the list. */
  onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target;
    const typing = target && (/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) || target.isContentEditable);
    if (e.key === "Escape") {
      this.closeForm();
      return;
    }
    if (typing) return;
    const actions = {
      j: () => this.handlers.step(1), k: () => this.handlers.step(-1),
      a: () => this.accept(), r: () => this.openReject(), c: () => this.openCorrect(),
    };
    const act = actions[e.key];
    if (!act) return;
    if ("arc".includes(e.key) && !(this.detail && this.canReview())) return;
    e.preventDefault();
    act();
  }
}

function row(label, input) {
  return el("label", { class: "rv-row" }, el("span", { text: label }), input);
}

function nameOf(value) {
  if (!value) return "";
  return typeof value === "object" ? value.name || "" : String(value);
}

function placeName(d) {
  return typeof d.location === "object" && d.location ? d.location.name : d.location || "";
}

function show(v) {
  if (v === null || v === undefined) return "—";
  if (typeof v === "object") return v.name || JSON.stringify(v);
  return String(v);
}
