// World choropleth: countries shaded by the measure chosen in #map-measure.
// Data: the page's json_script #map-data (one row per published country, with its ISO numeric code)
// and the vendored Natural Earth TopoJSON, whose features are keyed by ISO 3166-1 numeric code.
// Words: the page's json_script #map-labels, in the page's language (catalog/visuals/views.py, words.js).
(function () {
  "use strict";

  const container = document.getElementById("world-map");
  const dataNode = document.getElementById("map-data");
  const labels = window.atlasWords && window.atlasWords.read("map-labels");
  if (!container || !dataNode || !labels || !window.d3 || !window.topojson) return;
  const d3 = window.d3;
  const data = JSON.parse(dataNode.textContent);
  const { fill, counted } = window.atlasWords;
  const select = document.getElementById("map-measure");
  const legend = document.getElementById("map-legend");
  const WIDTH = 960;
  const HEIGHT = 470;
  const NO_DATA = "#e4e7eb";
  const ZERO = "#f7f9fb";
  const YES = "#b5471b";
  const byNumeric = new Map(data.countries.filter((c) => c.numeric && !c.historical).map((c) => [c.numeric, c]));

  const MEASURES = {
    agreements_signed: {
      value: (c) => c.agreements_signed,
      describe: (c) => counted(labels.agreements_signed, c.agreements_signed, { country: c.name }),
    },
    missions: {
      value: (c) => c.missions,
      describe: (c) => counted(labels.missions, c.missions, { country: c.name }),
    },
    artemis: {
      value: (c) => (c.artemis ? 1 : 0),
      describe: (c) => {
        const values = { country: c.name, agreement: data.artemis ? data.artemis.name : "Artemis Accords" };
        if (!c.artemis) return fill(labels.artemis_not, values);
        // The date as the page writes it (the table's): the language's month names, Western digits.
        if (c.artemis_signed_on) return fill(labels.artemis_since, Object.assign({ date: c.artemis_signed_display }, values));
        return fill(labels.artemis_undated, values);
      },
    },
  };

  // Count measures: up to five colour classes with whole-number bounds; Artemis: signatory or not.
  function colourScale(measure) {
    if (measure === "artemis") {
      return { colour: (v) => (v ? YES : ZERO), items: [[YES, labels.legend_signatory], [ZERO, labels.legend_not_signatory]] };
    }
    const max = d3.max(data.countries, MEASURES[measure].value) || 0;
    const classes = Math.max(1, Math.min(5, max));
    const palette = classes === 1 ? [d3.schemeBlues[3][2]] : d3.schemeBlues[Math.max(classes, 3)].slice(-classes);
    const step = max / classes;
    const bounds = d3.range(classes).map((i) => [Math.floor(i * step) + 1, Math.floor((i + 1) * step)]);
    const colour = (v) => {
      if (!v) return ZERO;
      const index = bounds.findIndex(([, hi]) => v <= hi);
      return palette[index === -1 ? classes - 1 : index];
    };
    const items = [[ZERO, "0"]].concat(bounds.map(([lo, hi], i) => [palette[i], lo === hi ? String(lo) : lo + "–" + hi]));
    return { colour, items };
  }

  function drawLegend(measure, scale) {
    legend.textContent = "";
    const title = document.createElement("p");
    title.className = "map-legend__title";
    title.textContent = select.options[select.selectedIndex].text;
    const list = document.createElement("ul");
    list.className = "legend";
    scale.items.concat([[NO_DATA, labels.legend_no_record]]).forEach(([colour, label]) => {
      const item = document.createElement("li");
      const swatch = d3.create("svg").attr("class", "legend__swatch-svg").attr("width", 18).attr("height", 12).attr("aria-hidden", "true");
      swatch.append("rect").attr("width", 18).attr("height", 12).attr("fill", colour).attr("stroke", "#8a939c");
      item.appendChild(swatch.node());
      item.appendChild(document.createTextNode(label));
      list.appendChild(item);
    });
    legend.append(title, list);
  }

  function shade(countries, measure) {
    const scale = colourScale(measure);
    const { value, describe } = MEASURES[measure];
    countries
      .attr("fill", (f) => (f.row ? scale.colour(value(f.row)) : NO_DATA))
      .classed("is-shaded", (f) => Boolean(f.row && value(f.row)))
      .attr("data-value", (f) => (f.row ? value(f.row) : null));
    countries.each(function (f) {
      const parent = this.parentNode;
      const text = f.row ? describe(f.row) : fill(labels.no_record, { country: labels.names[f.id] || f.properties.name });
      d3.select(this).select("title").text(text);
      if (f.row) parent.setAttribute("aria-label", text);
    });
    drawLegend(measure, scale);
    container.dataset.measure = measure;
  }

  function draw(topology) {
    const features = window.topojson
      .feature(topology, topology.objects.countries)
      .features.filter((f) => f.id !== "010"); // Antarctica: a third of the map and no state's territory
    features.forEach((f) => { f.row = byNumeric.get(f.id) || null; });
    const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: "FeatureCollection", features });
    const path = d3.geoPath(projection);

    container.textContent = "";
    const svg = d3.select(container).append("svg").attr("class", "map-svg").attr("viewBox", [0, 0, WIDTH, HEIGHT].join(" "))
      .attr("role", "group").attr("aria-label", labels.chart);
    const group = svg.append("g").attr("class", "map-countries");
    const items = group.selectAll("g.map-item").data(features).join((enter) =>
      enter.append((f) => document.createElementNS("http://www.w3.org/2000/svg", f.row ? "a" : "g")));
    items.attr("class", (f) => "map-item" + (f.row ? " map-item--link" : ""))
      .attr("href", (f) => (f.row ? f.row.url : null))
      .attr("data-code", (f) => (f.row ? f.row.code : null))
      .attr("aria-hidden", (f) => (f.row ? null : "true"));
    const countries = items.append("path").attr("class", "map-country").attr("d", path);
    countries.append("title");
    shade(countries, select.value);

    select.addEventListener("change", () => {
      shade(countries, select.value);
      const url = new URL(window.location.href);
      url.searchParams.set("measure", select.value);
      window.history.replaceState(null, "", url);
    });
  }

  document.documentElement.classList.add("js");
  fetch(container.dataset.topology)
    .then((response) => {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    })
    .then(draw)
    .catch((error) => {
      container.textContent = fill(labels.failed, { error: error.message });
    });
})();
