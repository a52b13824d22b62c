// Agreement page: cumulative signatories as a step chart (signed, and ratified/acceded when any).
// Data: json_script #signatory-growth-data, written by templates/visuals/_signatory_growth.html; words:
// json_script #signatory-growth-labels in the page's language (catalog/visuals/labels.py, words.js).
(function () {
  "use strict";

  const container = document.getElementById("signatory-growth");
  const dataNode = document.getElementById("signatory-growth-data");
  const labels = window.atlasWords && window.atlasWords.read("signatory-growth-labels");
  if (!container || !dataNode || !labels || !window.d3) return;
  const d3 = window.d3;
  const growth = JSON.parse(dataNode.textContent);
  const { fill, counted } = window.atlasWords;
  if (!growth.points.length) return;

  const WIDTH = 720;
  const HEIGHT = 260;
  // Right to left (Arabic): time runs from the right and the count axis stands on the right.
  const rtl = document.documentElement.dir === "rtl";
  const margin = { top: 14, bottom: 28, axis: 44, far: 24 }; // axis: the count axis's side
  const axisX = rtl ? WIDTH - margin.axis : margin.axis;
  const parse = (iso) => new Date(iso + "T00:00:00Z");
  const points = growth.points.map((p) => Object.assign({}, p, { day: parse(p.date) }));
  const first = points[0].day;
  const last = d3.max([points[points.length - 1].day, parse(growth.until)]);
  // Hold the last value until today (or the as-of day), so the final step is visible.
  const extended = points.concat([Object.assign({}, points[points.length - 1], { day: last, end: true })]);

  const x = d3.scaleUtc().domain([first, last]).range(rtl ? [WIDTH - margin.axis, margin.far] : [margin.axis, WIDTH - margin.far]);
  if (+first === +last) x.domain([d3.utcYear.offset(first, -1), d3.utcYear.offset(last, 1)]);
  const top = d3.max(points, (p) => Math.max(p.signed, p.ratified)) || 1;
  const y = d3.scaleLinear().domain([0, top]).nice().range([HEIGHT - margin.bottom, margin.top]);

  const svg = d3.select(container).append("svg")
    .attr("class", "growth-svg")
    .attr("viewBox", [0, 0, WIDTH, HEIGHT].join(" "))
    .attr("role", "img")
    .attr("aria-label", labels.chart);
  // d3 places tick labels with text-anchor start/end, which an inherited right-to-left direction would flip.
  svg.append("g").attr("class", "axis axis--x").attr("direction", "ltr")
    .attr("transform", "translate(0," + (HEIGHT - margin.bottom) + ")")
    .call(d3.axisBottom(x).ticks(Math.min(8, WIDTH / 90)).tickSizeOuter(0));
  svg.append("g").attr("class", "axis axis--y").attr("direction", "ltr").attr("transform", "translate(" + axisX + ",0)")
    .call((rtl ? d3.axisRight(y) : d3.axisLeft(y)).ticks(Math.min(6, top)).tickFormat(d3.format("d")));

  const series = ["signed"];
  if (growth.has_ratifications) series.push("ratified");
  series.forEach((key) => {
    const line = d3.line().curve(d3.curveStepAfter).x((p) => x(p.day)).y((p) => y(p[key]));
    svg.append("path").attr("class", "growth-line growth-line--" + key).attr("d", line(extended));
    // One dot per step of this series, with what changed that day as its tooltip.
    const steps = points.filter((p, i) => p[key] !== (i ? points[i - 1][key] : 0));
    svg.append("g").attr("class", "growth-dots growth-dots--" + key).selectAll("circle").data(steps).join("circle")
      .attr("class", "growth-dot growth-dot--" + key)
      .attr("cx", (p) => x(p.day)).attr("cy", (p) => y(p[key])).attr("r", 3.5)
      .append("title").text((p) => describe(p, key));
  });

  // "12 March 1999: 40 signatories (+2 joined, −1 withdrew)", in the page's language.
  function describe(p, key) {
    const summary = counted(labels[key], p[key], { date: p.label });
    const parts = [];
    if (key === "signed" && p.joined) parts.push(fill(labels.joined, { count: p.joined }));
    if (key === "ratified" && p.ratifications) parts.push(fill(labels.ratifications, { count: p.ratifications }));
    if (p.withdrawals) parts.push(fill(labels.withdrawals, { count: p.withdrawals }));
    return parts.length ? summary + " (" + parts.join(", ") + ")" : summary;
  }
})();
