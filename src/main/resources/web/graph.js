// The neighbourhood graph of an entity (two hops), with Cytoscape.js (bundled); filter by relation; click a node to open it.
(function () {
  'use strict';
  var box = document.getElementById('cy');
  var iri = box.getAttribute('data-iri');
  var COLORS = { actor: '#3b7dd8', instrument: '#d8843b', event: '#8a5bd8', principle: '#3bb07a', issue: '#c9414b' };
  fetch('/api/neighbourhood?hops=2&iri=' + encodeURIComponent(iri)).then(function (r) { return r.json(); }).then(function (data) {
    var focus = data.nodes.find(function (n) { return n.id === data.focus; });
    if (focus) document.getElementById('focus').textContent = focus.label;
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.label, href: n.href, kind: n.kind, depth: n.depth } };
    }).concat(data.edges.map(function (e, i) {
      return { data: { id: 'e' + i, source: e.source, target: e.target, property: e.property, label: e.label } };
    }));
    var cy = cytoscape({
      container: box, elements: elements,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'width': 18, 'height': 18, 'text-valign': 'bottom',
            'background-color': function (n) { return COLORS[n.data('kind')] || '#888'; } } },
        { selector: 'node[depth = 0]', style: { 'width': 32, 'height': 32, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#222' } },
        { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
            'width': 1.5, 'line-color': '#aab', 'target-arrow-color': '#aab', 'color': '#667' } },
        { selector: '.hidden', style: { 'display': 'none' } }
      ],
      layout: { name: 'cose', animate: false, nodeRepulsion: 8000, idealEdgeLength: 90 }
    });
    window.dgkgGraph = cy;
    cy.on('tap', 'node', function (evt) { var h = evt.target.data('href'); if (h) window.location.href = h; });
    var props = {};
    data.edges.forEach(function (e) { props[e.property] = e.label; });
    var filters = document.getElementById('filters');
    Object.keys(props).sort().forEach(function (p) {
      var label = document.createElement('label');
      var cb = document.createElement('input');
      cb.type = 'checkbox'; cb.checked = true; cb.value = p;
      cb.addEventListener('change', function () {
        cy.edges().filter(function (e) { return e.data('property') === p; }).toggleClass('hidden', !cb.checked);
        cy.nodes().forEach(function (n) {
          if (n.data('depth') === 0) return;
          var visible = n.connectedEdges().some(function (e) { return !e.hasClass('hidden'); });
          n.toggleClass('hidden', !visible);
        });
      });
      label.appendChild(cb); label.appendChild(document.createTextNode(' ' + props[p]));
      filters.appendChild(label);
    });
    if (!data.edges.length) filters.textContent = 'none yet';
  });
})();
