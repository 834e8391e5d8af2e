// The query editor: YASGUI (bundled in the jar) on /dgkg/sparql, with the site's prefixes (/api/prefixes: one per
// kind of identifier, actor:, instrument:, …, the same as the service description and /ontology) and the examples.
// A query shows only the prefixes it uses; a known prefix typed in the query is declared for it; result IRIs of
// this graph open their local page.
(function () {
  'use strict';
  var box = document.getElementById('yasgui');
  if (typeof Yasgui === 'undefined') { box.textContent = 'The query editor could not load.'; return; }

  // prefixed names in the body of a query (strings, IRIs and comments left out)
  function used(body) {
    var text = body.replace(/#[^\n]*/g, ' ').replace(/<[^<>\s]*>/g, ' ').replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, ' ');
    var out = {}, re = /(?<![\w?$:\-])([A-Za-z][\w\-]*)?:(?=[\w\u00C0-\uFFFF%]|\s|$)/g, m;
    while ((m = re.exec(text))) out[m[1] || ''] = true;
    return out;
  }
  var DECL = /^\s*PREFIX\s+([A-Za-z][\w\-]*)?:\s*<([^>]*)>\s*$/i;
  // the query with only the prefixes it uses: unused declarations dropped, known ones it uses added
  function tidy(query, known) {
    var lines = query.split('\n'), decls = {}, order = [], body = [];
    lines.forEach(function (l) {
      var m = DECL.exec(l);
      if (m && !body.some(function (b) { return b.trim(); })) { decls[m[1] || ''] = m[2]; order.push(m[1] || ''); }
      else body.push(l);
    });
    var text = body.join('\n').replace(/^\n+/, ''), u = used(text), head = [];
    order.forEach(function (p) { if (u[p]) head.push('PREFIX ' + p + ': <' + decls[p] + '>'); });
    Object.keys(u).sort().forEach(function (p) { if (!(p in decls) && known[p]) head.push('PREFIX ' + p + ': <' + known[p] + '>'); });
    return (head.length ? head.join('\n') + '\n\n' : '') + text;
  }
  // declarations for known prefixes the text uses without declaring them (as the user types)
  function missing(query, known) {
    var declared = {};
    query.split('\n').forEach(function (l) { var m = DECL.exec(l); if (m) declared[m[1] || ''] = true; });
    var u = used(query.split('\n').filter(function (l) { return !DECL.test(l); }).join('\n')), add = {};
    Object.keys(u).forEach(function (p) { if (!declared[p] && known[p]) add[p] = known[p]; });
    return add;
  }
  window.dgkgQueryTools = { used: used, tidy: tidy };

  fetch('/api/prefixes').then(function (r) { return r.json(); }).then(function (known) {
    var endpoint = location.origin + '/dgkg/sparql';
    Yasgui.Yasqe.defaults.value = tidy('SELECT ?actor ?name WHERE {\n  ?actor a dgkg:State ; skos:prefLabel ?name .\n  FILTER(lang(?name) = "zh")\n} ORDER BY ?name LIMIT 20\n', known);
    // no network look-ups beyond this server (prefix.cc, LOV): keep the local completers only
    Yasgui.Yasqe.defaults.autocompleters = ['variables', 'prefixes'].filter(function (n) { return Yasgui.Yasqe.Autocompleters && Yasgui.Yasqe.Autocompleters[n]; });
    var yasgui = new Yasgui(box, {
      requestConfig: { endpoint: endpoint, method: 'POST' },
      copyEndpointOnNewTab: true,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      persistenceId: null
    });
    window.dgkgYasgui = yasgui;
    function setQuery(q) { yasgui.getTab().setQuery(tidy(q, known)); }
    var pending = null;
    function watch(tab) {
      var yasqe = tab.getYasqe();
      yasqe.on('change', function () {
        clearTimeout(pending);
        pending = setTimeout(function () {
          var add = missing(yasqe.getValue(), known);
          if (Object.keys(add).length) yasqe.addPrefixes(add);
        }, 400);
      });
    }
    watch(yasgui.getTab());
    yasgui.on('tabAdd', function () { setTimeout(function () { watch(yasgui.getTab()); }, 0); });
    // result IRIs of this graph open the local page, here
    // and are shown as prefixed names (actor:china), whatever prefixes the query declared, so they can be pasted back
    function short(iri) {
      var best = null;
      Object.keys(known).forEach(function (p) {
        var ns = known[p];
        if (iri.indexOf(ns) === 0 && /^[\w\u00C0-\uFFFF-]*$/.test(iri.substring(ns.length)) && (!best || ns.length > known[best].length)) best = p;
      });
      return best === null ? null : best + ':' + iri.substring(known[best].length);
    }
    new MutationObserver(function () {
      box.querySelectorAll('.yasr a[href^="https://w3id.org/dgkg/"]').forEach(function (a) {
        var iri = a.getAttribute('href'), text = a.textContent.trim().replace(/^<|>$/g, '');
        if (text === iri && short(iri)) a.textContent = short(iri);
        a.setAttribute('href', iri.replace('https://w3id.org/dgkg/', '/'));
        a.removeAttribute('target');
        a.classList.add('local');
      });
    }).observe(box, { childList: true, subtree: true });

    var params = new URLSearchParams(location.search);
    fetch('/api/queries').then(function (r) { return r.json(); }).then(function (examples) {
      var sel = document.getElementById('examples');
      examples.forEach(function (ex) { var o = document.createElement('option'); o.value = ex.name; o.textContent = ex.title; o.title = ex.title; sel.appendChild(o); });
      sel.addEventListener('change', function () {
        var ex = examples.find(function (e) { return e.name === sel.value; });
        if (ex) setQuery(ex.query);
      });
      var wanted = params.get('example');
      var ex = wanted && examples.find(function (e) { return e.name === wanted; });
      if (ex) { sel.value = ex.name; setQuery(ex.query); }
      window.dgkgQueryReady = true;
    });
    if (params.get('query')) setQuery(params.get('query'));
  });
})();
