// /timeline/: the filtered events on a horizontal time axis, one lane per kind, with zoom/pan and era buttons.
// Data: json_script #timeline-visual-data, rendered inside the results partial, so when htmx swaps the
// results after a filter change the picture is rebuilt from the new data (htmx:afterSwap).
(function () {
  "use strict";

  const container = document.getElementById("timeline-visual");
  // Words: json_script #timeline-labels, in the page's language (catalog/visuals/labels.py, words.js).
  const labels = window.atlasWords && window.atlasWords.read("timeline-labels");
  if (!container || !labels || !window.d3) return;
  const d3 = window.d3;
  const { counted } = window.atlasWords;
  const WIDTH = 1000;
  const LANE = 20;
  const margin = { top: 10, right: 16, bottom: 26, left: 16 };
  // Right to left (Arabic): time runs from the right edge, as the page reads.
  const rtl = document.documentElement.dir === "rtl";
  const KIND_ORDER = ["launch", "docking", "signature", "entry_into_force", "milestone", "conference", "funding", "planned"];
  const ERAS = labels.eras; // [name, first year, last year or null]
  const reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const eraBar = document.getElementById("timeline-eras");
  const legend = document.getElementById("timeline-legend");
  const note = document.getElementById("timeline-note");
  const utc = (iso) => new Date(iso + "T00:00:00Z");

  // A date known to the year or month sits in the middle of that period, not on its first day.
  function position(item) {
    const start = utc(item.start);
    if (item.precision === "year") return d3.utcDay.offset(start, 182);
    if (item.precision === "month") return d3.utcDay.offset(start, 14);
    return start;
  }

  function readData() {
    const node = document.getElementById("timeline-visual-data");
    return node ? JSON.parse(node.textContent) : { items: [], total: 0 };
  }

  function domain(items) {
    const starts = items.map(position);
    const ends = items.filter((d) => d.end).map((d) => utc(d.end));
    let lo = d3.min(starts);
    let hi = d3.max(starts.concat(ends));
    if (+lo === +hi) { lo = d3.utcYear.offset(lo, -1); hi = d3.utcYear.offset(hi, 1); }
    const pad = (hi - lo) * 0.02;
    return [new Date(+lo - pad), new Date(+hi + pad)];
  }

  function draw() {
    const data = readData();
    const items = data.items;
    container.textContent = "";
    eraBar.textContent = "";
    legend.textContent = "";
    note.textContent = data.total > items.length ? counted(labels.partial, data.total, { count: items.length, total: data.total }) : "";
    container.classList.toggle("visual__canvas--empty", !items.length);
    if (!items.length) {
      container.textContent = labels.empty;
      return;
    }
    const kinds = Array.from(new Set(items.map((d) => d.kind)))
      .sort((a, b) => (KIND_ORDER.indexOf(a) + 1 || 99) - (KIND_ORDER.indexOf(b) + 1 || 99));
    const height = margin.top + kinds.length * LANE + margin.bottom;
    const x = d3.scaleUtc().domain(domain(items))
      .range(rtl ? [WIDTH - margin.right, margin.left] : [margin.left, WIDTH - margin.right]);
    const lane = (d) => margin.top + kinds.indexOf(d.kind) * LANE + LANE / 2;
    const years = d3.extent(items, (d) => d.start.slice(0, 4));

    // The list below is the text version: the picture is hidden from screen readers and out of the tab order.
    const svg = d3.select(container).append("svg").attr("class", "timeline-svg")
      .attr("viewBox", [0, 0, WIDTH, height].join(" ")).attr("aria-hidden", "true").attr("focusable", "false");
    svg.append("defs").append("clipPath").attr("id", "timeline-clip").append("rect")
      .attr("x", margin.left).attr("y", 0).attr("width", WIDTH - margin.left - margin.right).attr("height", height);
    svg.append("g").attr("class", "tl-lanes").selectAll("line").data(kinds).join("line")
      .attr("x1", margin.left).attr("x2", WIDTH - margin.right)
      .attr("y1", (k, i) => margin.top + i * LANE + LANE / 2).attr("y2", (k, i) => margin.top + i * LANE + LANE / 2)
      .attr("stroke", "#e1e5ea");
    const axis = svg.append("g").attr("class", "axis").attr("direction", "ltr")
      .attr("transform", "translate(0," + (height - margin.bottom) + ")");
    const plot = svg.append("g").attr("clip-path", "url(#timeline-clip)");
    const spans = plot.append("g").selectAll("line").data(items.filter((d) => d.end)).join("line")
      .attr("class", (d) => "tl-span tl-kind--" + d.kind).attr("y1", lane).attr("y2", lane);
    const marks = plot.append("g").selectAll("a").data(items).join("a")
      .attr("class", (d) => "tl-mark tl-kind--" + d.kind + (d.featured ? " tl-mark--featured" : ""))
      .attr("href", (d) => d.url).attr("tabindex", "-1").attr("data-slug", (d) => d.slug);
    marks.append("circle").attr("r", (d) => (d.featured ? 6 : 4.5)).attr("cy", lane);
    marks.append("title").text((d) => d.date + (d.end_date ? " – " + d.end_date : "") + " · " + d.kind_label + ": " + d.title);

    function render(scale) {
      axis.call(d3.axisBottom(scale).ticks(WIDTH / 80).tickSizeOuter(0));
      marks.select("circle").attr("cx", (d) => scale(position(d)));
      spans.attr("x1", (d) => scale(position(d))).attr("x2", (d) => scale(utc(d.end)));
    }

    const zoom = d3.zoom().scaleExtent([1, 400])
      .extent([[margin.left, 0], [WIDTH - margin.right, height]])
      .translateExtent([[margin.left, 0], [WIDTH - margin.right, height]])
      .filter((event) => (event.type === "wheel" ? event.ctrlKey : !event.button))
      .on("zoom", (event) => render(event.transform.rescaleX(x)));
    svg.call(zoom);
    render(x);
    addEras(svg, zoom, x);
    addLegend(kinds, items);
    container.dataset.count = String(items.length);
    container.setAttribute("aria-label", counted(labels.chart, items.length, { from: years[0], to: years[1] }));
  }

  function addEras(svg, zoom, x) {
    const [lo, hi] = x.domain();
    const eras = [[labels.all_years, null, null]].concat(ERAS.filter(([, from, to]) =>
      utc(from + "-01-01") <= hi && (to === null || utc(to + "-12-31") >= lo)));
    eras.forEach(([label, from, to]) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = from === null ? label : label + " (" + from + "–" + (to || "") + ")";
      button.setAttribute("aria-pressed", String(from === null));
      button.addEventListener("click", () => {
        let transform = d3.zoomIdentity;
        if (from !== null) {
          const ends = [x(d3.max([utc(from + "-01-01"), lo])), x(to === null ? hi : d3.min([utc(to + "-12-31"), hi]))];
          const a = Math.min(...ends); // the era's leftmost pixel, whichever way time runs
          const k = (WIDTH - margin.left - margin.right) / Math.max(Math.max(...ends) - a, 1);
          transform = d3.zoomIdentity.translate(margin.left, 0).scale(k).translate(-a, 0);
        }
        (reduceMotion ? svg : svg.transition().duration(400)).call(zoom.transform, transform);
        eraBar.querySelectorAll("button").forEach((other) => other.setAttribute("aria-pressed", String(other === button)));
      });
      eraBar.appendChild(button);
    });
  }

  function addLegend(kinds, items) {
    const labels = new Map(items.map((d) => [d.kind, d.kind_label]));
    kinds.forEach((kind) => {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "legend__swatch tl-kind--" + kind;
      swatch.setAttribute("aria-hidden", "true");
      item.append(swatch, labels.get(kind));
      legend.appendChild(item);
    });
  }

  draw();
  document.body.addEventListener("htmx:afterSwap", (event) => {
    if (event.detail && event.detail.target && event.detail.target.id === "results") draw();
  });
})();
