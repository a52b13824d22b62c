/* Space Cooperation Atlas — small progressive enhancements. Works without it; no inline code (CSP). */
(function () {
  "use strict";

  /* Signatory tables: sort in the browser when a column heading is chosen.
     Without JavaScript the heading is a link that sorts on the server (?sort=). */
  function cellValue(row, index) {
    var cell = row.children[index];
    return cell ? (cell.getAttribute("data-sort-value") || "") : "";
  }

  function sortTable(table, th) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var index = headers.indexOf(th);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      if (x === y) return 0;
      if (x === "") return 1;   /* rows without a value stay last */
      if (y === "") return -1;
      return (x < y ? -1 : 1) * (ascending ? 1 : -1);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var key = th.getAttribute("data-sort-key");
    var url = new URL(window.location.href);
    url.searchParams.set("sort", ascending ? key : "-" + key);
    window.history.replaceState(null, "", url);
    var status = document.getElementById("sort-status");
    if (status) {
      status.textContent = "Sorted by " + th.textContent.trim() + ", " + (ascending ? "ascending" : "descending") + ".";
    }
  }

  function enhanceSortableTables(root) {
    root.querySelectorAll("table[data-sortable]").forEach(function (table) {
      if (table.dataset.enhanced) return;
      table.dataset.enhanced = "true";
      table.tHead.querySelectorAll("th[data-sort-key] a.sort-link").forEach(function (link) {
        link.addEventListener("click", function (event) {
          event.preventDefault();
          sortTable(table, link.closest("th"));
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { enhanceSortableTables(document); });
  document.addEventListener("htmx:afterSwap", function (event) { enhanceSortableTables(event.target); });

  /* While htmx fetches new results, mark the region busy for assistive technology. */
  document.addEventListener("htmx:beforeRequest", function (event) {
    var results = document.getElementById("results");
    if (results) results.setAttribute("aria-busy", "true");
  });
  document.addEventListener("htmx:afterSettle", function () {
    var results = document.getElementById("results");
    if (results) results.setAttribute("aria-busy", "false");
  });

  /* When htmx filters a list and pushes the new address, the language switcher (outside the swapped
     region) keeps the same page and the new query, as it does after a full page load. */
  function followQuery() {
    document.querySelectorAll(".language-switcher a[href]").forEach(function (link) {
      var url = new URL(link.getAttribute("href"), window.location.href);
      url.search = window.location.search;
      link.setAttribute("href", url.pathname + url.search);
    });
  }
  document.addEventListener("htmx:pushedIntoHistory", followQuery);
  document.addEventListener("htmx:replacedInHistory", followQuery);
})();
