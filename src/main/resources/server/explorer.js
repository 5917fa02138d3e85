/* scikg explorer: a SPARQL editor over the server's endpoint, results as a table or a graph, and entity search.
 * Every value from the server goes into the DOM with textContent or as an attribute, never as markup. */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('scikg-config').textContent);
  var $ = function (id) { return document.getElementById(id); };
  var namedQueries = [];
  var current = null;        // the named query chosen, if any
  var lastRun = null;        // the text of the last query that ran without error

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function prefixLines() {
    return Object.keys(config.prefixes).sort().map(function (p) {
      return 'PREFIX ' + p + ': <' + config.prefixes[p] + '>';
    }).join('\n');
  }

  var defaultQuery = prefixLines() + '\n\n' +
    '# The entities most papers mention. Pick a named query above, or write your own.\n' +
    'SELECT ?entity ?label ?type (COUNT(DISTINCT ?paper) AS ?papers)\n' +
    'WHERE {\n' +
    '  ?paper skg:mentions ?entity .\n' +
    '  ?entity skos:prefLabel ?label ; a ?t .\n' +
    '  FILTER(?t != skg:Entity)\n' +
    '  BIND(STRAFTER(STR(?t), "#") AS ?type)\n' +
    '}\nGROUP BY ?entity ?label ?type\nORDER BY DESC(?papers)\nLIMIT 50\n';

  // CodeMirror when its script loaded; a plain textarea otherwise.
  var textarea = $('editor');
  textarea.value = defaultQuery;
  var cm = window.CodeMirror ? window.CodeMirror.fromTextArea(textarea, {
    mode: 'application/sparql-query', lineNumbers: true, matchBrackets: true, indentUnit: 2,
    extraKeys: { 'Ctrl-Enter': run, 'Cmd-Enter': run }
  }) : null;
  var editor = {
    get: function () { return cm ? cm.getValue() : textarea.value; },
    set: function (text) { if (cm) { cm.setValue(text); } else { textarea.value = text; } clearError(); },
    mark: function (line, column) {
      if (!cm || line < 1) { return; }
      cm.addLineClass(line - 1, 'background', 'error-line');
      cm.setCursor({ line: line - 1, ch: Math.max(0, column - 1) });
      cm.focus();
    },
    unmark: function () {
      if (cm) { cm.eachLine(function (h) { cm.removeLineClass(h, 'background', 'error-line'); }); }
    }
  };
  if (!cm) { textarea.addEventListener('keydown', function (e) { if (e.ctrlKey && e.key === 'Enter') { run(); } }); }
  window.scikgEditor = editor;
  $('endpoint').textContent = 'endpoint: ' + location.origin + config.endpoint;

  function clearError() { $('error').hidden = true; editor.unmark(); }

  function showError(status, text) {
    var box = $('error');
    box.hidden = false;
    box.textContent = (status ? status + ': ' : '') + text.trim();
    // "at 3:14" (scikg) or "line 3, column 14" (Jena)
    var m = /\bat (\d+):(\d+)/.exec(text) || /line (\d+), column (\d+)/.exec(text);
    if (m) { editor.mark(parseInt(m[1], 10), parseInt(m[2], 10)); }
    setStatus('');
  }

  function setStatus(text) { $('status').textContent = text; }

  /** The editor's text with the named query's parameters put in place of their defaults. */
  function queryText() {
    var text = editor.get();
    if (!current) { return text; }
    Array.prototype.forEach.call(document.querySelectorAll('#params input'), function (input) {
      var name = input.getAttribute('data-param');
      var pattern = new RegExp('COALESCE\\(\\?' + name + ',\\s*"(?:[^"\\\\]|\\\\.)*"\\)', 'g');
      text = text.replace(pattern, function () { return 'COALESCE(?' + name + ', ' + JSON.stringify(input.value) + ')'; });
    });
    return text;
  }

  function chooseExample(name) {
    current = namedQueries.filter(function (q) { return q.name === name; })[0] || null;
    var params = $('params');
    params.replaceChildren();
    $('description').textContent = current ? current.title + ': ' + current.description : '';
    if (!current) { editor.set(defaultQuery); return; }
    editor.set(current.text);
    Object.keys(current.params).forEach(function (k) {
      var label = el('label', k + ' ');
      var input = el('input');
      input.value = current.params[k];
      input.setAttribute('data-param', k);
      input.setAttribute('aria-label', 'parameter ' + k);
      input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { run(); } });
      label.appendChild(input);
      params.appendChild(label);
    });
  }

  function loadExamples() {
    fetch('/api/named-queries').then(function (r) { return r.json(); }).then(function (list) {
      namedQueries = list;
      var select = $('examples');
      list.forEach(function (q) {
        var opt = el('option', q.title + ' (' + q.name + ')');
        opt.value = q.name;
        select.appendChild(opt);
      });
      select.addEventListener('change', function () { chooseExample(select.value); });
      document.body.setAttribute('data-examples', String(list.length));
    });
  }

  function localHref(iri) {
    return iri.indexOf(config.base) === 0 ? config.resourcePath + iri.substring(config.base.length) : iri;
  }

  function shortForm(iri) {
    var best = null;
    Object.keys(config.prefixes).forEach(function (p) {
      var ns = config.prefixes[p];
      if (iri.indexOf(ns) === 0 && (!best || ns.length > config.prefixes[best].length)) { best = p; }
    });
    return best ? best + ':' + iri.substring(config.prefixes[best].length) : '<' + iri + '>';
  }

  function cell(term) {
    var td = el('td');
    if (!term) { return td; }
    if (term.type === 'uri' && !/^https?:\/\//i.test(term.value)) {
      td.textContent = shortForm(term.value);   // not a web address: nothing to follow
    } else if (term.type === 'uri') {
      var a = el('a', shortForm(term.value));
      a.href = localHref(term.value);
      a.title = term.value;
      td.appendChild(a);
    } else if (term.type === 'bnode') {
      td.textContent = '_:' + term.value;
    } else {
      td.textContent = term.value;
      if (term['xml:lang']) { td.appendChild(el('span', '@' + term['xml:lang'], 'count')); }
    }
    return td;
  }

  function showRows(json, capped, ms) {
    var thead = $('results').tHead, tbody = $('results').tBodies[0];
    thead.replaceChildren();
    tbody.replaceChildren();
    $('rdf').hidden = true;
    if (json.boolean !== undefined) {
      thead.appendChild(el('tr')).appendChild(el('th', 'ASK'));
      tbody.appendChild(el('tr')).appendChild(el('td', String(json.boolean)));
      setStatus((json.boolean ? 'true' : 'false') + ' in ' + ms + ' ms');
      return false;
    }
    var vars = json.head.vars;
    var hr = el('tr');
    vars.forEach(function (v) { hr.appendChild(el('th', v)); });
    thead.appendChild(hr);
    var frag = document.createDocumentFragment();
    json.results.bindings.forEach(function (b) {
      var tr = el('tr');
      vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
      frag.appendChild(tr);
    });
    tbody.appendChild(frag);
    var n = json.results.bindings.length;
    setStatus(n + (n === 1 ? ' row' : ' rows') + ' in ' + ms + ' ms' +
      (capped && n >= capped ? ' (capped at ' + capped + ' rows)' : ''));
    return n > 0;
  }

  function showRdf(text, ms) {
    $('results').tHead.replaceChildren();
    $('results').tBodies[0].replaceChildren();
    var pre = $('rdf');
    pre.hidden = false;
    pre.textContent = text;
    setStatus('graph in ' + ms + ' ms');
  }

  function run() {
    var text = queryText();
    clearError();
    setStatus('running…');
    $('tab-graph').disabled = true;
    var started = performance.now();
    fetch(config.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded',
        'Accept': 'application/sparql-results+json, text/turtle;q=0.9' },
      body: new URLSearchParams({ query: text })
    }).then(function (r) {
      return r.text().then(function (body) { return { r: r, body: body }; });
    }).then(function (x) {
      var ms = Math.round(performance.now() - started);
      if (!x.r.ok) { showError(x.r.status, x.body); return; }
      lastRun = text;
      var type = x.r.headers.get('Content-Type') || '';
      var drawable = true;
      if (type.indexOf('json') >= 0) {
        drawable = showRows(JSON.parse(x.body), parseInt(x.r.headers.get('X-Scikg-Row-Limit') || '0', 10), ms);
      } else {
        showRdf(x.body, ms);
      }
      $('tab-graph').disabled = !drawable;
      showTab(document.body.getAttribute('data-tab') === 'graph' && drawable ? 'graph' : 'table');
      document.body.setAttribute('data-runs', String(parseInt(document.body.getAttribute('data-runs') || '0', 10) + 1));
    }).catch(function (e) { showError(0, String(e)); });
  }

  function showTab(name) {
    document.body.setAttribute('data-tab', name);
    $('tab-table').setAttribute('aria-pressed', String(name === 'table'));
    $('tab-graph').setAttribute('aria-pressed', String(name === 'graph'));
    $('table-view').hidden = name !== 'table';
    $('graph-view').hidden = name !== 'graph';
    if (name === 'graph' && lastRun !== null && $('graph-query').value !== lastRun) {
      $('graph-query').value = lastRun;
      $('graph-form').submit();
    }
  }

  function setupSearch() {
    var box = $('search'), list = $('search-results'), timer = null, seq = 0;
    function render(results) {
      list.replaceChildren();
      if (results.length === 0) { list.appendChild(el('li', 'no entity matches', 'empty')); }
      results.forEach(function (r) {
        var li = el('li');
        var a = el('a', r.label);
        a.href = r.href;
        li.append(a, el('span', r.type, 'type'), el('span', ' ' + r.papers + (r.papers === 1 ? ' paper' : ' papers'), 'count'));
        list.appendChild(li);
      });
      list.hidden = false;
    }
    function search() {
      var q = box.value.trim();
      if (!q) { list.hidden = true; return; }
      var mine = ++seq;
      fetch('/api/search?q=' + encodeURIComponent(q)).then(function (r) { return r.json(); }).then(function (body) {
        if (mine === seq) { render(body.results); }
      });
    }
    box.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(search, 200); });
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        var first = list.querySelector('a');
        if (first && !list.hidden) { location.href = first.href; } else { search(); }
      } else if (e.key === 'Escape') { list.hidden = true; }
    });
    document.addEventListener('click', function (e) { if (!list.contains(e.target) && e.target !== box) { list.hidden = true; } });
  }

  $('run').addEventListener('click', run);
  $('tab-table').addEventListener('click', function () { showTab('table'); });
  $('tab-graph').addEventListener('click', function () { showTab('graph'); });
  setupSearch();
  loadExamples();
  window.scikgRun = run;
}());
