/* scikg graph page. Data comes from the JSON block; every text from it goes into the DOM with textContent. */
(function () {
  'use strict';
  var timings = { start: performance.now() };
  window.scikgTimings = timings;
  var data = JSON.parse(document.getElementById('scikg-data').textContent);
  timings.parsed = performance.now();
  var nodeCount = data.elements.nodes.length;
  var edgeCount = data.elements.edges.length;
  var big = nodeCount > 1000 || edgeCount > 5000;
  var hiddenTypes = new Set();
  var hiddenRelations = new Set(data.hideCoMention ? ['coMention'] : []);
  var positions = {};
  var maxMentions = 1;
  data.elements.nodes.forEach(function (n) {
    // a copy: Cytoscape may move the element's own position object
    if (n.position) { positions[n.data.id] = { x: n.position.x, y: n.position.y }; }
    maxMentions = Math.max(maxMentions, n.data.mentions);
  });
  var hasPositions = Object.keys(positions).length > 0;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function plural(count, word) { return count + ' ' + word + (count === 1 ? '' : 's'); }

  function fold(s) { return String(s).toLowerCase().replace(/[\s\-_\u2010-\u2015]+/g, ''); }

  var style = [
    { selector: 'node', style: { 'background-color': 'data(color)', width: 'data(size)', height: 'data(size)',
      label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 2,
      'min-zoomed-font-size': big ? 9 : 5, 'text-max-width': '160px', 'text-wrap': 'ellipsis' } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', opacity: 0.75,
      'curve-style': big ? 'haystack' : 'bezier' } },
    { selector: 'edge.directed', style: { 'curve-style': big ? 'straight' : 'bezier',
      'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', 'arrow-scale': 0.8 } },
    { selector: 'edge.dashed', style: { 'line-style': 'dashed' } },
    { selector: 'edge.dotted', style: { 'line-style': big ? 'solid' : 'dotted' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.1 } },
    { selector: 'node.match', style: { 'border-width': 3, 'border-color': '#111' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#e8175d' } },
    { selector: 'edge:selected', style: { width: 4, opacity: 1 } }
  ];

  // On huge graphs the hidden co-mention edges are not even created until someone shows them.
  var deferred = [];
  var initial = data.elements;
  if (data.hideCoMention) {
    initial = { nodes: data.elements.nodes, edges: data.elements.edges.filter(function (e) {
      if (e.data.relation === 'coMention') { deferred.push(e); return false; }
      return true;
    }) };
  }

  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: initial,
    style: style,
    layout: { name: 'preset', fit: false },
    minZoom: 0.02,
    maxZoom: 8,
    pixelRatio: big ? 1 : 'auto',
    hideEdgesOnViewport: big,
    textureOnViewport: big,
    motionBlur: false,
    boxSelectionEnabled: false
  });
  timings.created = performance.now();
  window.scikgGraph = cy;
  window.scikgDeferredEdges = function () { return deferred.length; };
  window.scikgPng = function () {
    return cy.png({ bg: '#ffffff', full: true, maxWidth: 2000, maxHeight: 2000 });
  };

  function layoutOptions(name) {
    var o = { name: name, animate: false, fit: true, padding: 30 };
    if (name === 'preset') {
      o.positions = function (n) { return positions[n.id()] || { x: 0, y: 0 }; };
    } else if (name === 'cose') {
      o.randomize = true;
      o.numIter = nodeCount > 300 ? 250 : 1000;
      o.idealEdgeLength = function () { return 70; };
      o.nodeRepulsion = function () { return 9000; };
    } else if (name === 'concentric') {
      o.concentric = function (n) { return n.data('mentions'); };
      o.levelWidth = function () { return Math.max(1, maxMentions / 8); };
      o.minNodeSpacing = 4;
    } else if (name === 'breadthfirst') {
      o.spacingFactor = 0.9;
    }
    return o;
  }

  /** Fits precomputed positions without measuring labels, which costs seconds on thousands of nodes. */
  function fitPositions() {
    var xs = [], ys = [];
    Object.keys(positions).forEach(function (id) { xs.push(positions[id].x); ys.push(positions[id].y); });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var w = cy.width() - 60, h = cy.height() - 60;
    var zoom = Math.min(w / Math.max(1, maxX - minX), h / Math.max(1, maxY - minY));
    cy.viewport({ zoom: zoom, pan: { x: 30 + (w - zoom * (maxX - minX)) / 2 - zoom * minX,
      y: 30 + (h - zoom * (maxY - minY)) / 2 - zoom * minY } });
  }

  function runLayout(name, done) {
    if (name === 'preset' && big) {
      cy.batch(function () { cy.nodes().forEach(function (n) { n.position(positions[n.id()] || { x: 0, y: 0 }); }); });
      fitPositions();
      if (done) { done(); }
      return;
    }
    var layout = cy.layout(layoutOptions(name));
    layout.one('layoutstop', function () {
      // a handful of nodes would otherwise be blown up to fill the screen
      if (cy.zoom() > 2) { cy.zoom(2); cy.center(); }
      if (done) { done(); }
    });
    layout.run();
  }

  /** Shows or hides the nodes of one type or the edges of one relation; restyling only those is what keeps
   *  toggles quick on thousands of elements. With no arguments, applies every hidden type and relation. */
  function applyVisibility(isType, name) {
    if (deferred.length > 0 && !hiddenRelations.has('coMention')) {
      cy.add(deferred);
      deferred = [];
    }
    cy.batch(function () {
      if (isType === undefined || isType) {
        cy.nodes().filter(function (n) { return name === undefined || n.data('type') === name; })
          .forEach(function (n) { n.toggleClass('hidden', hiddenTypes.has(n.data('type'))); });
      }
      if (isType === undefined || !isType) {
        cy.edges().filter(function (e) { return name === undefined || e.data('relation') === name; })
          .forEach(function (e) { e.toggleClass('hidden', hiddenRelations.has(e.data('relation'))); });
      }
    });
    updateStatus();
  }

  function updateStatus(extra) {
    var shownNodes = cy.nodes().not('.hidden').length;
    var shownEdges = cy.edges().not('.hidden').filter(function (e) {
      return !e.source().hasClass('hidden') && !e.target().hasClass('hidden');
    }).length;
    var text = shownNodes + ' of ' + nodeCount + ' nodes, ' + shownEdges + ' of ' + edgeCount + ' edges';
    document.getElementById('status').textContent = extra ? extra + ' · ' + text : text;
  }

  function legend(listId, entries, hidden, isType) {
    var list = document.getElementById(listId);
    entries.forEach(function (entry) {
      var li = el('li');
      var label = el('label');
      var box = el('input');
      box.type = 'checkbox';
      box.checked = !hidden.has(entry.name);
      box.setAttribute('aria-label', 'show ' + entry.name);
      var mark = el('span', null, isType ? 'swatch' : 'line');
      if (isType) {
        mark.style.backgroundColor = entry.color;
      } else {
        mark.style.borderTopColor = entry.color;
        mark.style.borderTopStyle = entry.style;
      }
      label.append(box, mark, el('span', entry.name), el('span', entry.count, 'count'));
      box.addEventListener('change', function () {
        if (box.checked) { hidden.delete(entry.name); } else { hidden.add(entry.name); }
        applyVisibility(isType, entry.name);
      });
      li.appendChild(label);
      list.appendChild(li);
    });
  }

  function layoutChoices() {
    var select = document.getElementById('layout');
    var names = (hasPositions ? ['preset'] : []).concat(['cose', 'concentric', 'grid', 'circle', 'breadthfirst']);
    var titles = { preset: 'force (precomputed)', cose: big ? 'cose (slow here)' : 'cose (force)',
      concentric: 'concentric by mentions', grid: 'grid', circle: 'circle', breadthfirst: 'tree' };
    names.forEach(function (name) {
      var opt = el('option', titles[name]);
      opt.value = name;
      select.appendChild(opt);
    });
    select.value = data.layout;
    select.addEventListener('change', function () {
      updateStatus('laying out…');
      setTimeout(function () { runLayout(select.value, function () { updateStatus(); }); }, 20);
    });
  }

  var searchKeys = new Map();
  cy.nodes().forEach(function (n) {
    searchKeys.set(n.id(), [n.data('label')].concat(n.data('altLabels')).map(fold).join('\n'));
  });
  var matches = cy.collection();

  function runSearch() {
    var q = fold(document.getElementById('search').value);
    cy.batch(function () {
      cy.elements().removeClass('faded match');
      matches = q ? cy.nodes().filter(function (n) { return searchKeys.get(n.id()).indexOf(q) >= 0; })
        : cy.collection();
      if (q) {
        cy.elements().not(matches).addClass('faded');
        matches.addClass('match');
      }
    });
    updateStatus(q ? matches.length + ' match' + (matches.length === 1 ? '' : 'es') : '');
  }

  function setupSearch() {
    var box = document.getElementById('search');
    var timer = null;
    box.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(runSearch, 150); });
    box.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') {
        runSearch();
        if (matches.length > 0) { focusNode(matches[0]); }
      }
    });
  }

  function focusNode(n) {
    cy.elements(':selected').unselect();
    n.select();
    cy.zoom({ level: Math.max(cy.zoom(), 1.2), position: n.position() });
    cy.center(n);
    showNodePanel(n);
  }

  function panelBody() {
    var panel = document.getElementById('panel');
    var body = document.getElementById('panel-body');
    body.replaceChildren();
    if (panel.hidden) { panel.hidden = false; cy.resize(); }
    return body;
  }

  function hidePanel() {
    var panel = document.getElementById('panel');
    if (!panel.hidden) { panel.hidden = true; cy.resize(); }
  }

  function evidenceList(items) {
    var ul = el('ul');
    items.forEach(function (ev) {
      var li = el('li');
      if (ev.sentence) { li.appendChild(el('span', '“' + ev.sentence + '”', 'sentence')); }
      li.appendChild(el('span', ev.title || ev.paper, 'paper'));
      ul.appendChild(li);
    });
    return ul;
  }

  function nodeLink(n) {
    var a = el('a', n.data('label'), 'node-link');
    a.tabIndex = 0;
    a.addEventListener('click', function () { focusNode(n); });
    return a;
  }

  function relationItem(n, e) {
    var li = el('li');
    var outgoing = e.source().same(n);
    var other = outgoing ? e.target() : e.source();
    var arrow = !e.data('directed') ? '—' : (outgoing ? '→' : '←');
    li.append(el('span', e.data('relation') + ' ' + arrow + ' '), nodeLink(other),
      el('span', ' (' + plural(e.data('weight'), 'paper') + ')', 'count'));
    if (e.data('evidence').length > 0) { li.appendChild(evidenceList(e.data('evidence'))); }
    return li;
  }

  function showNodePanel(n) {
    var d = n.data();
    var body = panelBody();
    body.appendChild(el('h2', d.label));
    var meta = el('p', null, 'meta');
    var swatch = el('span', null, 'swatch');
    swatch.style.backgroundColor = d.color;
    var count = d.type !== 'Paper' ? plural(d.mentions, 'paper')
      : (d.mentions === 1 ? '1 entity' : d.mentions + ' entities');
    meta.append(swatch, document.createTextNode(' ' + d.type + ' · ' + count));
    body.appendChild(meta);
    if (d.altLabels.length > 0) { body.appendChild(el('p', 'Also: ' + d.altLabels.join(', '), 'meta')); }
    body.appendChild(el('p', d.id, 'iri'));
    // typed relations first, then co-mentions; the best supported first within each
    var edges = n.connectedEdges().sort(function (a, b) {
      return (b.data('directed') - a.data('directed')) || (b.data('weight') - a.data('weight'));
    });
    body.appendChild(el('h4', 'Relations (' + edges.length + ')'));
    var ul = el('ul');
    edges.slice(0, 60).forEach(function (e) { ul.appendChild(relationItem(n, e)); });
    if (edges.length > 60) { ul.appendChild(el('li', '… and ' + (edges.length - 60) + ' more')); }
    body.appendChild(ul);
    if (d.papers.length > 0) {
      body.appendChild(el('h4', 'Papers (' + d.papers.length + ')'));
      body.appendChild(evidenceList(d.evidence));
      if (d.papers.length > d.evidence.length) {
        body.appendChild(el('p', '… and ' + (d.papers.length - d.evidence.length) + ' more papers', 'meta'));
      }
    }
  }

  function showEdgePanel(e) {
    var body = panelBody();
    body.appendChild(el('h2', e.data('relation')));
    var p = el('p', null, 'meta');
    p.append(nodeLink(e.source()), el('span', e.data('directed') ? ' → ' : ' — '), nodeLink(e.target()));
    body.appendChild(p);
    body.appendChild(el('p', plural(e.data('weight'), 'supporting paper'), 'meta'));
    body.appendChild(el('h4', 'Evidence'));
    body.appendChild(evidenceList(e.data('evidence')));
  }

  function savePng() {
    var blob = cy.png({ output: 'blob', bg: '#ffffff', full: true, maxWidth: 4096, maxHeight: 4096 });
    var url = URL.createObjectURL(blob);
    var a = el('a');
    a.href = url;
    a.download = 'scikg-graph.png';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 2000);
  }

  document.getElementById('title').textContent = data.title;
  legend('types', data.types, hiddenTypes, true);
  legend('relations', data.relations, hiddenRelations, false);
  layoutChoices();
  setupSearch();
  document.getElementById('fit').addEventListener('click', function () { cy.fit(cy.elements(':visible'), 30); });
  document.getElementById('png').addEventListener('click', savePng);
  document.getElementById('panel-close').addEventListener('click', hidePanel);
  cy.on('tap', 'node', function (ev) { showNodePanel(ev.target); });
  cy.on('tap', 'edge', function (ev) { showEdgePanel(ev.target); });
  cy.on('tap', function (ev) { if (ev.target === cy) { hidePanel(); } });
  applyVisibility();
  timings.controls = performance.now();
  runLayout(data.layout, function () {
    timings.laidOut = performance.now();
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        window.scikgReady = performance.now();
        document.body.setAttribute('data-ready', 'true');
      });
    });
  });
}());
