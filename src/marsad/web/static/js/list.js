// The event list beside the map: one row per incident or report, rendered in chunks; selecting a
// row selects the marker and opens the panel, and a marker's selection scrolls its row into view.

import { clear, el } from "./dom.js";
import { num, subTypeLabel, t, typeColor, typeLabel } from "./i18n.js";

const CHUNK = 200;

export class EventList {
  constructor(node, moreButton, head, onSelect) {
    this.node = node;
    this.more = moreButton;
    this.head = head;
    this.onSelect = onSelect;
    this.items = [];
    this.shown = 0;
    this.selected = null;
    this.more.addEventListener("click", () => this.renderMore());
  }

  setItems(items, hasMore) {
    this.items = items;
    this.hasMore = hasMore;
    this.shown = 0;
    clear(this.node);
    this.head.textContent = items.length
      ? t(hasMore ? "events_more" : "events_count", { n: num(items.length) })
      : t("none");
    this.renderMore();
    if (this.selected) this.highlight(this.selected, false);
  }

  setLoading() {
    this.head.textContent = t("loading");
  }

  renderMore() {
    const next = this.items.slice(this.shown, this.shown + CHUNK);
    for (const item of next) this.node.append(this.row(item));
    this.shown += next.length;
    this.more.hidden = this.shown >= this.items.length;
  }

  row(item) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = typeColor(item.event_type);
    const place = [item.location, item.admin1 && item.admin1 !== item.location ? item.admin1 : null]
      .filter(Boolean).join("، ");
    const actors = [item.actor1, item.actor2].filter(Boolean).join(" / ");
    const meta = [];
    if (item.fatalities) meta.push(`${num(item.fatalities)} ${t("fatalities_short")}`);
    if (item.n_sources) meta.push(`${num(item.n_sources)} ${t("sources_short")}`);
    else if (item.source) meta.push(item.source);
    if (item.latitude === null || item.latitude === undefined) meta.push(t("no_location"));
    const li = el("li", { class: "event", tabindex: "0", role: "button", "data-id": item.id, "data-type": item.event_type },
      el("div", { class: "line1" }, swatch, el("span", { class: "type", text: typeLabel(item.event_type) }),
        item.review_status && item.review_status !== "unreviewed"
          ? el("span", { class: `badge rv-${item.review_status}`, "data-status": item.review_status, text: t(`rv_${item.review_status}`) })
          : null,
        el("span", { class: "date", dir: "ltr", text: item.event_date || "—" })),
      el("div", { class: "line2", text: subTypeLabel(item.sub_event_type) + (place ? ` · ${place}` : "") }),
      actors ? el("div", { class: "line3", dir: "auto", text: actors }) : null,
      meta.length ? el("div", { class: "meta", text: meta.join(" · ") }) : null);
    li.addEventListener("click", () => this.onSelect(item.id, "list"));
    li.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        this.onSelect(item.id, "list");
      }
    });
    return li;
  }

  highlight(id, scroll) {
    this.selected = id;
    for (const node of this.node.querySelectorAll("li.selected")) node.classList.remove("selected");
    let row = this.node.querySelector(`li[data-id="${CSS.escape(id)}"]`);
    while (!row && this.shown < this.items.length && this.items.some((x) => x.id === id)) {
      this.renderMore();
      row = this.node.querySelector(`li[data-id="${CSS.escape(id)}"]`);
    }
    if (!row) return;
    row.classList.add("selected");
    if (scroll) row.scrollIntoView({ block: "nearest" });
  }
}
