// The query editor: YASGUI (bundled in the jar) on /dgkg/sparql, with the ontology prefixes and the example queries.
(function () {
  'use strict';
  var PREFIXES = {
    dgkg: 'https://w3id.org/dgkg/ontology#', id: 'https://w3id.org/dgkg/id/', rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#', skos: 'http://www.w3.org/2004/02/skos/core#', dcterms: 'http://purl.org/dc/terms/',
    oa: 'http://www.w3.org/ns/oa#', prov: 'http://www.w3.org/ns/prov#', schema: 'https://schema.org/', owl: 'http://www.w3.org/2002/07/owl#',
    xsd: 'http://www.w3.org/2001/XMLSchema#', foaf: 'http://xmlns.com/foaf/0.1/', org: 'http://www.w3.org/ns/org#', text: 'http://jena.apache.org/text#'
  };
  var DEFAULT = Object.keys(PREFIXES).filter(function (p) { return ['dgkg', 'rdfs', 'skos', 'oa', 'dcterms', 'rdf'].indexOf(p) >= 0; })
    .map(function (p) { return 'PREFIX ' + p + ': <' + PREFIXES[p] + '>'; }).join('\n') +
    '\n\nSELECT ?entity ?label WHERE {\n  ?entity a dgkg:State ; skos:prefLabel ?label .\n  FILTER(lang(?label) = "zh")\n} LIMIT 20\n';
  var endpoint = location.origin + '/dgkg/sparql';
  if (typeof Yasgui === 'undefined') { document.getElementById('yasgui').textContent = 'The query editor could not load.'; return; }
  Yasgui.Yasqe.defaults.value = DEFAULT;
  // no network look-ups beyond this server (prefix.cc, LOV): keep the local completers only
  Yasgui.Yasqe.defaults.autocompleters = ['variables', 'prefixes'].filter(function (n) { return Yasgui.Yasqe.Autocompleters && Yasgui.Yasqe.Autocompleters[n]; });
  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null
  });
  window.dgkgYasgui = yasgui;
  var tab = yasgui.getTab();
  function setQuery(q) { var t = yasgui.getTab(); t.setQuery(q); try { t.getYasqe().addPrefixes(PREFIXES); t.getYasqe().collapsePrefixes(false); } catch (e) {} }
  var params = new URLSearchParams(location.search);
  fetch('/api/queries').then(function (r) { return r.json(); }).then(function (examples) {
    var sel = document.getElementById('examples');
    examples.forEach(function (ex) { var o = document.createElement('option'); o.value = ex.name; o.textContent = ex.title; sel.appendChild(o); });
    sel.addEventListener('change', function () {
      var ex = examples.find(function (e) { return e.name === sel.value; });
      if (ex) setQuery(ex.query);
    });
    var wanted = params.get('example');
    var ex = wanted && examples.find(function (e) { return e.name === wanted; });
    if (ex) { sel.value = ex.name; setQuery(ex.query); }
  });
  if (params.get('query')) setQuery(params.get('query'));
  else if (!params.get('example')) { try { tab.getYasqe().addPrefixes(PREFIXES); } catch (e) {} }
})();
