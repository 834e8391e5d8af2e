// The graph view: an entity and its direct neighbours (Cytoscape.js with the fcose layout, bundled).
// Click a node to add its neighbours; double-click to open its page. More than HUB neighbours of
// one relation on one side become a counted group node, expanded on click. At most LABELS names
// are shown at first; the others appear on hover and selection. Filters: relation, document.
(function () {
  'use strict';
  // HUB: more neighbours of one relation become a group; FIRST: beyond this many neighbours, the largest
  // relations are grouped too, so that the first view of a well-connected entity stays legible
  var HUB = 15, FIRST = 24, LABELS = 40;
  var box = document.getElementById('cy');
  var focusIri = box.getAttribute('data-iri');
  var COLORS = { actor: '#3b7dd8', instrument: '#d8843b', event: '#8a5bd8', principle: '#3bb07a', issue: '#c9414b', group: '#9aa3b0' };
  if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);
  var cy = cytoscape({
    container: box, elements: [], wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'width': 16, 'height': 16, 'background-color': function (n) { return COLORS[n.data('kind')] || '#888'; },
          'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#fff', 'text-background-opacity': 0.8,
          'text-background-padding': 1, 'min-zoomed-font-size': 7 } },
      { selector: 'node.labelled, node:selected, node.hover', style: { 'label': 'data(label)' } },
      { selector: 'node.focus', style: { 'width': 30, 'height': 30, 'font-weight': 'bold', 'font-size': 14, 'border-width': 3, 'border-color': '#222' } },
      { selector: 'node.group', style: { 'shape': 'round-rectangle', 'width': 'label', 'height': 22, 'padding': 4, 'label': 'data(label)',
          'text-valign': 'center', 'color': '#fff', 'background-color': COLORS.group, 'font-size': 11, 'text-background-opacity': 0 } },
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#555' } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.3, 'line-color': '#b8c0cc',
          'target-arrow-color': '#b8c0cc', 'font-size': 9, 'color': '#556', 'text-rotation': 'autorotate' } },
      { selector: 'edge:selected, edge.hover', style: { 'label': 'data(label)', 'line-color': '#556', 'target-arrow-color': '#556' } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });
  window.dgkgGraph = cy;
  var relations = {}, documents = {}, hiddenRelations = {}, docFilter = '', groupMembers = {};

  function load(iri) {
    return fetch('/api/neighbourhood?hops=1&iri=' + encodeURIComponent(iri)).then(function (r) { return r.json(); });
  }

  // adds one node's neighbourhood; neighbours beyond HUB per (relation, direction) become a group node
  function add(data, around) {
    Object.keys(data.documents || {}).forEach(function (d) { documents[d] = data.documents[d]; });
    var nodes = {};
    data.nodes.forEach(function (n) { nodes[n.id] = n; });
    var buckets = {};
    data.edges.forEach(function (e) {
      relations[e.property] = { zh: e.label, en: e.labelEn };
      var other = e.source === around ? e.target : e.source;
      if (other === around) return;
      var key = e.property + (e.source === around ? ' out' : ' in');
      (buckets[key] = buckets[key] || []).push({ edge: e, other: other });
    });
    var added = [], fresh = {}, grouped = {}, visible = 0;
    Object.keys(buckets).forEach(function (key) {
      fresh[key] = buckets[key].filter(function (x) { return cy.getElementById(x.other).empty(); });
      if (fresh[key].length > HUB) grouped[key] = true; else visible += fresh[key].length;
    });
    // largest relations first, until what is left fits the first view
    Object.keys(fresh).filter(function (k) { return !grouped[k] && fresh[k].length > 3; })
      .sort(function (a, b) { return fresh[b].length - fresh[a].length; })
      .forEach(function (k) { if (visible > FIRST) { grouped[k] = true; visible -= fresh[k].length; } });
    Object.keys(buckets).forEach(function (key) {
      var list = buckets[key];
      if (grouped[key]) {
        var gid = 'group:' + around + ':' + key, e0 = list[0].edge, members = fresh[key];
        groupMembers[gid] = { around: around, items: members, nodes: nodes };
        if (cy.getElementById(gid).empty()) {
          added.push({ group: 'nodes', data: { id: gid, label: (e0.label || e0.property) + ' ×' + members.length, kind: 'group' }, classes: 'group' });
          var out = key.endsWith(' out');
          added.push({ group: 'edges', data: { id: 'ge:' + gid, source: out ? around : gid, target: out ? gid : around, property: e0.property,
            label: e0.label, documents: [] } });
        }
        list = list.filter(function (x) { return members.indexOf(x) < 0; });
      }
      list.forEach(function (x) { added = added.concat(elements(x, nodes)); });
    });
    cy.add(added.filter(function (el) { return cy.getElementById(el.data.id).empty(); }));
  }

  function elements(x, nodes) {
    var n = nodes[x.other] || { id: x.other, label: x.other, kind: '' }, e = x.edge, out = [];
    if (cy.getElementById(n.id).empty())
      out.push({ group: 'nodes', data: { id: n.id, label: n.label, href: n.href, kind: n.kind, type: n.type } });
    out.push({ group: 'edges', data: { id: e.source + ' ' + e.property + ' ' + e.target, source: e.source, target: e.target, property: e.property,
      label: e.label, documents: e.documents || [] } });
    return out;
  }

  function relayout() {
    var many = cy.nodes().length > 20;
    var layout = window.cytoscapeFcose ? { name: 'fcose', quality: 'proof', animate: false, randomize: true, nodeRepulsion: many ? 20000 : 9000,
      idealEdgeLength: many ? 170 : 110, nodeSeparation: 120, packComponents: true } : { name: 'cose', animate: false };
    cy.layout(layout).run();
    labels();
    applyFilters();
  }

  // names for the focus, groups and the best-connected nodes, at most LABELS in all
  function labels() {
    cy.nodes().removeClass('labelled');
    var ranked = cy.nodes().not('.group').sort(function (a, b) {
      return (b.hasClass('focus') - a.hasClass('focus')) || (b.degree() - a.degree()) || (a.data('label') < b.data('label') ? -1 : 1);
    });
    ranked.slice(0, LABELS).addClass('labelled');
  }

  function applyFilters() {
    cy.edges().forEach(function (e) {
      var docs = e.data('documents') || [];
      var hide = hiddenRelations[e.data('property')] || (docFilter && !e.id().startsWith('ge:') && docs.indexOf(docFilter) < 0);
      e.toggleClass('hidden', !!hide);
    });
    cy.nodes().forEach(function (n) {
      if (n.hasClass('focus')) return;
      n.toggleClass('hidden', !n.connectedEdges().some(function (e) { return !e.hasClass('hidden'); }));
    });
  }

  function controls() {
    var filters = document.getElementById('filters');
    filters.textContent = '';
    Object.keys(relations).sort().forEach(function (p) {
      var label = document.createElement('label');
      var cb = document.createElement('input');
      cb.type = 'checkbox'; cb.checked = !hiddenRelations[p]; cb.value = p;
      cb.addEventListener('change', function () { hiddenRelations[p] = !cb.checked; applyFilters(); });
      label.appendChild(cb);
      label.appendChild(document.createTextNode(' ' + relations[p].zh + (relations[p].en && relations[p].en !== relations[p].zh ? ' ' + relations[p].en : '')));
      filters.appendChild(label);
    });
    if (!Object.keys(relations).length) filters.textContent = 'none yet 暂无';
    var select = document.getElementById('docfilter');
    Object.keys(documents).sort(function (a, b) { return documents[a] < documents[b] ? -1 : 1; }).forEach(function (d) {
      if (select.querySelector('option[value="' + CSS.escape(d) + '"]')) return;
      var o = document.createElement('option'); o.value = d; o.textContent = documents[d]; select.appendChild(o);
    });
  }

  function select(n) {
    var p = document.getElementById('selected');
    p.textContent = '';
    if (n.hasClass('group')) { p.textContent = n.data('label'); return; }
    var a = document.createElement('a');
    a.href = n.data('href'); a.textContent = n.data('label') + ' ›';
    p.appendChild(a);
    if (n.data('type')) p.appendChild(document.createTextNode(' (' + n.data('type') + ')'));
  }

  function expand(n) {
    if (n.hasClass('group')) {
      var g = groupMembers[n.id()];
      var els = [];
      g.items.forEach(function (x) { els = els.concat(elements(x, g.nodes)); });
      cy.remove(n);
      cy.add(els.filter(function (el) { return cy.getElementById(el.data.id).empty(); }));
      relayout();
      return Promise.resolve();
    }
    if (n.hasClass('expanded')) return Promise.resolve();
    n.addClass('expanded');
    return load(n.id()).then(function (data) { add(data, n.id()); controls(); relayout(); });
  }
  window.dgkgExpand = function (id) { return expand(cy.getElementById(id)); };

  cy.on('tap', 'node', function (evt) { select(evt.target); expand(evt.target); });
  cy.on('dbltap', 'node', function (evt) { var h = evt.target.data('href'); if (h) window.location.href = h; });
  cy.on('mouseover', 'node, edge', function (evt) { evt.target.addClass('hover'); });
  cy.on('mouseout', 'node, edge', function (evt) { evt.target.removeClass('hover'); });
  document.getElementById('docfilter').addEventListener('change', function (e) { docFilter = e.target.value; applyFilters(); });

  load(focusIri).then(function (data) {
    var f = data.nodes.find(function (n) { return n.id === data.focus; }) || { id: focusIri, label: focusIri, kind: '' };
    cy.add({ group: 'nodes', data: { id: f.id, label: f.label, href: f.href, kind: f.kind, type: f.type }, classes: 'focus expanded' });
    add(data, f.id);
    controls();
    relayout();
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
    window.dgkgGraphReady = true;
  });
})();
