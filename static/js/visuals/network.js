// Collaboration network: organizations linked by the missions they share (d3-force).
// Data: one request to the URL in #network-chart[data-src] (/api/v1/network/ with the page's filters).
// The layout is computed in one go (no animation), so it is the same on every load and needs no motion.
// Words: the page's json_script #network-labels, in the page's language (catalog/visuals/views.py, words.js).
(function () {
  "use strict";

  const container = document.getElementById("network-chart");
  const labels = window.atlasWords && window.atlasWords.read("network-labels");
  if (!container || !labels || !window.d3) return;
  const d3 = window.d3;
  const { fill, counted } = window.atlasWords;

  function load() {
    fetch(container.dataset.src, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then((response) => {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(draw)
      .catch((error) => {
        container.textContent = fill(labels.failed, { error: error.message });
        container.classList.add("visual__canvas--failed");
      });
  }

  function layout(nodes, links, radius) {
    const simulation = d3
      .forceSimulation(nodes)
      .force("link", d3.forceLink(links).id((d) => d.slug).distance(70))
      .force("charge", d3.forceManyBody().strength(-320))
      .force("x", d3.forceX(0).strength(0.06))
      .force("y", d3.forceY(0).strength(0.06))
      .force("collide", d3.forceCollide((d) => radius(d.mission_count) + 6))
      .stop();
    const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
    for (let i = 0; i < ticks; i += 1) simulation.tick();
  }

  function viewBox(nodes, radius) {
    const pad = 70; // room for the labels right of the circles
    const x0 = d3.min(nodes, (d) => d.x - radius(d.mission_count)) - 20;
    const x1 = d3.max(nodes, (d) => d.x + radius(d.mission_count)) + pad;
    const y0 = d3.min(nodes, (d) => d.y - radius(d.mission_count)) - 20;
    const y1 = d3.max(nodes, (d) => d.y + radius(d.mission_count)) + 20;
    return [x0, y0, Math.max(x1 - x0, 200), Math.max(y1 - y0, 160)];
  }

  function neighbours(links) {
    const map = new Map();
    links.forEach((l) => {
      [[l.source.slug, l.target.slug], [l.target.slug, l.source.slug]].forEach(([a, b]) => {
        if (!map.has(a)) map.set(a, new Set([a]));
        map.get(a).add(b);
      });
    });
    return map;
  }

  function draw(data) {
    const nodes = data.nodes.map((d) => Object.assign({}, d));
    const links = data.edges.map((d) => Object.assign({}, d));
    const missionLabels = new Map(data.missions.map((m) => [m.slug, m.label]));
    const radius = d3.scaleSqrt().domain([1, d3.max(nodes, (d) => d.mission_count) || 1]).range([6, 20]);
    const strokeWidth = d3.scaleLinear().domain([1, d3.max(links, (d) => d.weight) || 1]).range([1.5, 9]);
    layout(nodes, links, radius);

    container.textContent = "";
    const svg = d3
      .select(container)
      .append("svg")
      .attr("class", "network-svg")
      .attr("viewBox", viewBox(nodes, radius).join(" "))
      .attr("role", "group")
      .attr("aria-label", fill(labels.chart, {
        organizations: counted(labels.organizations, nodes.length),
        links: counted(labels.links, links.length),
      }));
    const world = svg.append("g").attr("class", "network-world");

    const edge = world
      .append("g")
      .attr("class", "network-edges")
      .attr("aria-hidden", "true")
      .selectAll("line")
      .data(links)
      .join("line")
      .attr("class", "network-edge")
      .attr("x1", (d) => d.source.x)
      .attr("y1", (d) => d.source.y)
      .attr("x2", (d) => d.target.x)
      .attr("y2", (d) => d.target.y)
      .attr("stroke-width", (d) => strokeWidth(d.weight))
      .attr("data-weight", (d) => d.weight);
    edge
      .append("title")
      .text((d) => counted(labels.edge, d.weight, {
        source: d.source.label,
        target: d.target.label,
        missions: d.missions.map((slug) => missionLabels.get(slug) || slug).join(", "),
      }));

    const node = world
      .append("g")
      .attr("class", "network-nodes")
      .selectAll("a")
      .data(nodes)
      .join("a")
      .attr("class", (d) => "network-node node-kind--" + d.kind)
      .attr("href", (d) => labels.node_urls[d.slug] || d.url)
      .attr("data-slug", (d) => d.slug)
      .attr("aria-label", (d) => counted(labels.node, d.mission_count, {
        name: d.name + (d.acronym ? " (" + d.acronym + ")" : ""),
        kind: labels.kinds[d.kind] || d.kind_label,
      }))
      .attr("transform", (d) => "translate(" + d.x + "," + d.y + ")");
    node.append("circle").attr("r", (d) => radius(d.mission_count));
    node
      .append("text")
      .attr("class", "network-label")
      .attr("x", (d) => radius(d.mission_count) + 4)
      .attr("dy", "0.35em")
      .text((d) => d.label);
    node.append("title").text((d) => (d.country_name
      ? counted(labels.node_title, d.mission_count, { name: d.name, country: labels.countries[d.country] || d.country_name })
      : counted(labels.node_title_no_country, d.mission_count, { name: d.name })));

    highlightNeighbours(svg, node, edge, neighbours(links));
    addZoom(svg, world);
  }

  function highlightNeighbours(svg, node, edge, near) {
    function focus(d) {
      const set = near.get(d.slug) || new Set([d.slug]);
      svg.classed("is-focused", true);
      node.classed("is-near", (n) => set.has(n.slug));
      edge.classed("is-near", (l) => l.source.slug === d.slug || l.target.slug === d.slug);
    }
    function blur() {
      svg.classed("is-focused", false);
      node.classed("is-near", false);
      edge.classed("is-near", false);
    }
    node.on("mouseenter focus", (event, d) => focus(d)).on("mouseleave blur", blur);
  }

  function addZoom(svg, world) {
    // Wheel zoom only with Ctrl (or a pinch, which browsers report as Ctrl+wheel) so the page still scrolls.
    const zoom = d3
      .zoom()
      .scaleExtent([0.4, 5])
      .filter((event) => (event.type === "wheel" ? event.ctrlKey : !event.button))
      .on("zoom", (event) => world.attr("transform", event.transform));
    svg.call(zoom);
    const controls = document.createElement("div");
    controls.className = "visual__controls";
    [["+", labels.zoom_in, () => svg.call(zoom.scaleBy, 1.4)], ["−", labels.zoom_out, () => svg.call(zoom.scaleBy, 1 / 1.4)],
      [labels.reset, labels.reset_view, () => svg.call(zoom.transform, d3.zoomIdentity)]].forEach(([text, label, action]) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = text;
      button.setAttribute("aria-label", label);
      button.addEventListener("click", action);
      controls.appendChild(button);
    });
    container.appendChild(controls);
  }

  load();
})();
