// The timeline: events per day as SVG bars (stacked by type), with a brush: drag across days to
// set the `from`/`to` filters (the map and the list follow); a click without a drag clears it.
// Time runs left to right in both languages, like the dates written in the list.

import { clear, svg } from "./dom.js";
import { num, TYPE_ORDER, typeColor } from "./i18n.js";

const DAY = 86400000;
const MAX_BAR = 24;
const PAD = { left: 34, right: 10, top: 8, bottom: 20 };

function toDay(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
}

function toIso(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export class Timeline {
  constructor(node, onBrush) {
    this.node = node;
    this.onBrush = onBrush;
    this.days = [];
    this.range = null; // [firstDay, lastDay] of the axis
    this.selection = null; // [fromDay, toDay] shown by the brush
    this.drag = null;
    node.addEventListener("pointerdown", (e) => this.start(e));
    node.addEventListener("pointermove", (e) => this.move(e));
    node.addEventListener("pointerup", (e) => this.end(e));
    new ResizeObserver(() => this.render()).observe(node);
  }

  /** byDayType: {"YYYY-MM-DD": {type: count}}; selection: [from, to] ISO dates or nulls. */
  setData(byDayType, from, to) {
    this.days = Object.keys(byDayType).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    this.counts = byDayType;
    const ends = [...this.days];
    if (from) ends.push(from);
    if (to) ends.push(to);
    ends.sort();
    this.range = ends.length ? [toDay(ends[0]), toDay(ends[ends.length - 1])] : null;
    this.setSelection(from, to);
  }

  setSelection(from, to) {
    this.selection = from || to ? [from ? toDay(from) : this.range && this.range[0], to ? toDay(to) : this.range && this.range[1]] : null;
    this.render();
  }

  geometry() {
    const width = this.node.clientWidth || 600;
    const height = this.node.clientHeight || 110;
    const [d0, d1] = this.range;
    const span = d1 - d0 + 1;
    const inner = width - PAD.left - PAD.right;
    return { width, height, d0, span, step: inner / span, inner };
  }

  xOf(day, g) {
    return PAD.left + (day - g.d0) * g.step;
  }

  dayAt(clientX) {
    const g = this.geometry();
    const x = clientX - this.node.getBoundingClientRect().left;
    const day = g.d0 + Math.floor((x - PAD.left) / g.step);
    return Math.max(g.d0, Math.min(g.d0 + g.span - 1, day));
  }

  render() {
    clear(this.node);
    if (!this.range) return;
    const g = this.geometry();
    this.node.setAttribute("viewBox", `0 0 ${g.width} ${g.height}`);
    const plotH = g.height - PAD.top - PAD.bottom;
    let max = 1;
    for (const d of this.days) max = Math.max(max, Object.values(this.counts[d]).reduce((a, b) => a + b, 0));
    const bars = svg("g", { class: "bars" });
    for (const d of this.days) {
      const x = this.xOf(toDay(d), g);
      let y = PAD.top + plotH;
      const perType = this.counts[d];
      const types = Object.keys(perType).sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
      const total = types.reduce((a, k) => a + perType[k], 0);
      const group = svg("g", { class: "day", "data-id": d },
        svg("title", { text: `${d}: ${num(total)}` }));
      for (const type of types) {
        const h = (perType[type] / max) * plotH;
        y -= h;
        const w = Math.max(1, Math.min(MAX_BAR, g.step - 1));
        group.append(svg("rect", { x: x + (g.step - w) / 2, y, width: w, height: h, fill: typeColor(type) }));
      }
      bars.append(group);
    }
    this.node.append(
      svg("line", { x1: PAD.left, x2: g.width - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH, class: "axis" }),
      svg("text", { x: PAD.left - 4, y: PAD.top + 8, "text-anchor": "end", class: "tick", text: num(max) }),
      bars);
    this.ticks(g, plotH);
    if (this.selection) {
      const [a, b] = this.selection;
      const x0 = this.xOf(Math.min(a, b), g);
      const x1 = this.xOf(Math.max(a, b) + 1, g);
      this.node.append(svg("rect", { class: "brush", x: x0, y: PAD.top - 4, width: Math.max(2, x1 - x0), height: plotH + 4 }));
    }
  }

  ticks(g, plotH) {
    // One label per month (or per year on long ranges), at the first day shown of each.
    const months = new Map();
    for (let day = g.d0; day < g.d0 + g.span; day++) {
      const iso = toIso(day);
      const key = g.span > 900 ? iso.slice(0, 4) : iso.slice(0, 7);
      if (!months.has(key)) months.set(key, day);
    }
    const minGap = 48;
    let last = -Infinity;
    for (const [label, day] of months) {
      const x = this.xOf(day, g);
      if (x - last < minGap) continue;
      last = x;
      this.node.append(svg("text", { x, y: PAD.top + plotH + 14, class: "tick", text: g.span <= 62 && months.size < 3 ? toIso(day) : label }));
    }
  }

  start(e) {
    if (!this.range) return;
    this.node.setPointerCapture(e.pointerId);
    this.drag = { startX: e.clientX, from: this.dayAt(e.clientX) };
  }

  move(e) {
    if (!this.drag) return;
    const day = this.dayAt(e.clientX);
    this.selection = [this.drag.from, day];
    this.render();
  }

  end(e) {
    if (!this.drag) return;
    const moved = Math.abs(e.clientX - this.drag.startX) > 3;
    const day = this.dayAt(e.clientX);
    const from = Math.min(this.drag.from, day);
    const to = Math.max(this.drag.from, day);
    this.drag = null;
    if (!moved) {
      this.selection = null;
      this.render();
      this.onBrush(null, null);
      return;
    }
    this.selection = [from, to];
    this.render();
    this.onBrush(toIso(from), toIso(to));
  }
}
