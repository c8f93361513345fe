// The event panel: every field of the incident or report, its reports with their outlets and
// links, and the article of the chosen report with the evidence sentence and the words behind the
// actors, the place, the date and the numbers highlighted (spans from /api/documents/{id}).

import { getJSON } from "./api.js";
import { clear, el, setSourceHref } from "./dom.js";
import { modalityLabel, num, subTypeLabel, t, typeColor, typeLabel } from "./i18n.js";

const FIELD_ORDER = ["id", "kind", "event_type", "sub_event_type", "disorder_type", "event_date", "date_min",
  "date_max", "time_precision", "event_date_words", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
  "civilian_targeting", "location", "country", "admin1", "admin2", "admin3", "latitude", "longitude",
  "geo_precision", "fatalities", "fatalities_min", "fatalities_max", "fatalities_words", "weapons", "quantity",
  "modality", "aggregate", "background",
  "claimed_by", "attribution", "evidence", "confidence", "n_reports", "n_documents", "n_sources", "sources",
  "source", "doc", "document_id", "cluster_id", "representative"];
const HIDDEN = new Set(["reports", "document", "record", "date_key", "place_id", "created_run", "updated_run",
  "review", "new_since_review"]);
const CATEGORIES = ["evidence", "actor", "place", "date", "number"];

/** Which highlight a record key stands for (null: none). */
export function categoryOf(key) {
  if (key === "evidence") return "evidence";
  if (/actor|claimed_by/.test(key)) return "actor";
  if (/location|place/.test(key)) return "place";
  if (/date|time|when/.test(key)) return "date";
  if (/fatalit|quantity|number|count|killed|wounded/.test(key)) return "number";
  return null;
}

/** Every span of a record, with its category: [{start, end, cat}] (offsets in body or norm text). */
export function collectSpans(record, useBody) {
  const out = [];
  const visit = (value, cat) => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v, cat);
      return;
    }
    if (!value || typeof value !== "object") return;
    const span = useBody ? value.span_body : value.span;
    if (cat && Array.isArray(span) && span.length === 2 && span[1] > span[0]) out.push({ start: span[0], end: span[1], cat });
    for (const [k, v] of Object.entries(value)) {
      if (k !== "span" && k !== "span_body" && v && typeof v === "object") visit(v, categoryOf(k) || cat);
    }
  };
  for (const [k, v] of Object.entries(record)) {
    if (k === "document" || k === "sources" || k === "reports") continue;
    visit(v, categoryOf(k));
  }
  return out;
}

/** The text as DOM, the spans wrapped: evidence in <span class="hl-evidence">, words in <mark>. */
export function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const cats = new Set(spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.cat));
    let node = document.createTextNode(text.slice(a, b));
    for (const cat of ["number", "date", "place", "actor"]) {
      if (cats.has(cat)) node = el("mark", { class: `hl-${cat}`, "data-cat": cat }, node);
    }
    if (cats.has("evidence")) node = el("span", { class: "hl-evidence", "data-cat": "evidence" }, node);
    frag.append(node);
  }
  return frag;
}

function actorText(a) {
  if (!a) return "";
  return a.text && a.text !== a.name ? `${a.name} (${a.text})` : a.name;
}

function formatValue(key, value) {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return t(value ? "yes" : "no");
  if (key === "event_type") return typeLabel(value) + (typeLabel(value) !== value ? ` (${value})` : "");
  if (key === "sub_event_type") return subTypeLabel(value) + (subTypeLabel(value) !== value ? ` (${value})` : "");
  if (key === "modality") return modalityLabel(value);
  if (key === "kind") return t(`kind_${value}`);
  if (key === "location" && typeof value === "object") {
    const parts = [value.name, value.name_ar, value.text && value.text !== value.name_ar ? `«${value.text}»` : null];
    return parts.filter(Boolean).join(" · ");
  }
  if (Array.isArray(value)) {
    if (!value.length) return null;
    return value.map((v) => {
      if (typeof v !== "object" || v === null) return String(v);
      if ("source" in v && "text" in v) return `${v.source}: ${v.text}`;
      if ("name" in v) return actorText(v);
      if ("text" in v) return v.text;
      return JSON.stringify(v);
    }).join(key === "evidence" ? "\n" : "; ");
  }
  if (typeof value === "object") {
    if ("name" in value) return actorText(value);
    return "text" in value ? value.text : JSON.stringify(value); // the words behind a field
  }
  if (typeof value === "number") return key === "latitude" || key === "longitude" || key === "confidence" ? String(value) : num(value);
  return String(value);
}

function fieldList(record) {
  const keys = [...FIELD_ORDER.filter((k) => k in record), ...Object.keys(record).filter((k) => !FIELD_ORDER.includes(k))];
  const dl = el("dl", { class: "fields" });
  for (const key of keys) {
    if (HIDDEN.has(key) || (key === "sources" && record.kind !== "cluster")) continue;
    const text = formatValue(key, record[key]);
    if (text === null) continue;
    dl.append(el("dt", { text: t(`f_${key}`) }), el("dd", { dir: "auto", "data-id": key, text }));
  }
  return dl;
}

export class Panel {
  constructor(root, handlers) {
    this.root = root;
    this.title = root.querySelector("#panel-title");
    this.body = root.querySelector("#panel-body");
    this.handlers = handlers;
    this.docs = new Map();
    this.current = null;
    root.querySelector("#panel-close").addEventListener("click", () => handlers.onClose());
  }

  hide() {
    this.root.hidden = true;
    this.current = null;
  }

  async show(id) {
    this.current = id;
    this.root.hidden = false;
    clear(this.title).append(el("span", { text: t("loading") }));
    clear(this.body);
    let detail;
    try {
      detail = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    } catch (e) {
      clear(this.title).append(el("span", { class: "error", text: `${t("error")}: ${e.message}` }));
      return;
    }
    if (this.current !== id) return;
    this.render(detail);
  }

  render(detail) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = typeColor(detail.event_type);
    const place = typeof detail.location === "object" && detail.location ? detail.location.name : detail.location;
    clear(this.title).append(swatch,
      el("div", {},
        el("h2", { text: `${typeLabel(detail.event_type)} · ${subTypeLabel(detail.sub_event_type)}` }),
        el("div", { class: "sub" }, el("span", { dir: "ltr", text: detail.event_date || "—" }), place ? ` · ${place}` : "")),
      el("a", { class: "permalink", href: this.handlers.linkFor(detail.id), text: t("event_link") }));
    const reports = detail.kind === "cluster" ? detail.reports || [] : detail.sources && detail.sources.length ? detail.sources : [detail];
    const chosen = detail.kind === "cluster"
      ? reports.find((r) => r.id === detail.representative) || reports[0]
      : reports.find((r) => r.id === detail.id) || detail;
    const review = this.handlers.reviewBlock ? this.handlers.reviewBlock(detail) : null;
    const reviewed = detail.review && detail.review.corrected.length
      ? el("section", { class: "block", id: "reviewed-values" }, el("h3", { text: t("reviewed_values") }),
        fieldList(Object.fromEntries(detail.review.corrected.map((k) => [k, detail.review.fields[k]]))))
      : null;
    this.body.append(
      ...[review, reviewed].filter(Boolean),  // (append writes a null as the text "null")
      el("section", { class: "block" }, el("h3", { text: t("fields") }), fieldList(detail)),
      el("section", { class: "block" }, el("h3", { text: `${t("reports")} (${num(reports.length)})` }), this.reportList(reports, chosen)),
      el("section", { class: "block article-block", id: "article" }));
    if (chosen) this.showArticle(chosen, detail.kind === "cluster");
  }

  reportList(reports, chosen) {
    const ol = el("ol", { class: "reports" });
    for (const r of reports) {
      const doc = r.document || {};
      const title = el("a", { class: "doc-title", text: doc.title || doc.doc || r.doc || r.id });
      setSourceHref(title, doc.url);
      const li = el("li", { "data-report": r.id, class: chosen && r.id === chosen.id ? "chosen" : "" },
        el("div", { class: "line1" }, el("span", { class: "outlet", text: r.source || doc.source || "" }),
          el("span", { class: "date", dir: "ltr", text: doc.published || "" })),
        el("div", { dir: "auto" }, title),
        el("button", { type: "button", class: "show-article", text: t("article") }));
      li.querySelector("button").addEventListener("click", () => {
        for (const x of ol.querySelectorAll("li.chosen")) x.classList.remove("chosen");
        li.classList.add("chosen");
        this.showArticle(r, true);
      });
      ol.append(li);
    }
    return ol;
  }

  async showArticle(report, withFields) {
    const box = this.body.querySelector("#article");
    clear(box).append(el("h3", { text: t("article") }), el("p", { text: t("loading") }));
    const docId = report.document_id || (report.document && report.document.id);
    let doc = this.docs.get(docId);
    try {
      if (!doc) {
        doc = await getJSON(`/api/documents/${encodeURIComponent(docId)}`);
        this.docs.set(docId, doc);
      }
    } catch (e) {
      clear(box).append(el("p", { class: "error", text: `${t("error")}: ${e.message}` }));
      return;
    }
    const record = (doc.events || []).find((ev) => ev.id === report.id) || report;
    const useBody = Boolean(doc.spans_map_to_body);
    const text = useBody ? doc.body : doc.norm_text;
    const spans = collectSpans(record, useBody).filter((s) => s.end <= text.length);
    const link = el("a", { class: "source-link", text: t("open_source") });
    setSourceHref(link, doc.url);
    const legend = el("div", { class: "legend" },
      ...CATEGORIES.map((c) => el("span", { class: `hl-${c}`, text: t(`legend_${c}`) })));
    clear(box).append(
      el("h3", { text: t("article") }),
      el("div", { class: "article-meta" }, el("span", { class: "outlet", text: doc.source || "" }),
        el("span", { dir: "ltr", text: doc.published || "" }), doc.url ? link : null),
      ...(withFields ? [el("details", { class: "report-fields" }, el("summary", { text: t("fields") }),
        fieldList(record))] : []),
      legend,
      el("div", { class: "article-text", dir: "auto", lang: doc.language || "ar" }, highlighted(text, spans)));
    // Scroll the article box (not the page) to the first evidence sentence.
    const textBox = box.querySelector(".article-text");
    const first = textBox.querySelector(".hl-evidence");
    if (first) textBox.scrollTop = Math.max(0, first.offsetTop - textBox.clientHeight / 3);
  }
}
