// The charts' words: each page hands its script the words in the page's language in a json_script
// (catalog/visuals/labels.py, catalog/visuals/views.py). Placeholders are "%(name)s"; a counted message
// comes as its forms keyed by CLDR plural category, picked with Intl.PluralRules for the page's lang.
// Loaded before map.js, network.js, timeline.js and signatory-growth.js.
(function () {
  "use strict";

  const plural = new Intl.PluralRules(document.documentElement.lang || "en");
  // "%(country)s: %(count)s agreements signed" with its values.
  const fill = (template, values) => template.replace(/%\((\w+)\)s/g, (match, key) => (key in values ? String(values[key]) : match));
  // A counted message: its form for `count`, filled with count (also as %(counter)s) and the values.
  const counted = (forms, count, values) =>
    fill(forms[plural.select(count)] || forms.other || Object.values(forms)[0], Object.assign({ count, counter: count }, values));
  // The words in the json_script #id, or null when the page has none.
  const read = (id) => {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  };

  window.atlasWords = { fill, counted, read };
})();
