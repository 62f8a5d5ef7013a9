/* The sae explorer page: draws the run's test latents with SaeScatter and calls the server under /explore/NAME/. */
(function () {
  'use strict';
  var name = document.body.getAttribute('data-model');
  var base = '/explore/' + encodeURIComponent(name) + '/';
  var $ = function (id) { return document.getElementById(id); };
  var D = null, tsne = null, scatter = new SaeScatter($('scatter'));
  window.saeExplorer = { scatter: scatter }; // for tests and the console: screen positions of points

  function getJson(path, options) {
    return fetch(base + path, options).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error || ('HTTP ' + r.status)); }
        return body;
      });
    });
  }
  function postJson(path, body) {
    return getJson(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  }
  function text(el, s, cls) { el.textContent = s; el.className = cls || ''; }
  function className(k) { return k == null || k < 0 ? 'unlabelled' : D.classNames[k]; }

  function colours() {
    var mode = $('colour').value, out = new Array(D.count), legend = $('legend');
    legend.innerHTML = '';
    if (mode === 'confidence') {
      for (var i = 0; i < D.count; i++) { out[i] = SaeScatter.confidenceColour(D.confidence[i]); }
      [0, 0.5, 1].forEach(function (c) { addLegend(SaeScatter.confidenceColour(c), 'confidence ' + c); });
    } else {
      var ks = mode === 'label' ? D.labels : D.predicted;
      for (var j = 0; j < D.count; j++) { out[j] = SaeScatter.classColour(ks[j]); }
      D.classNames.forEach(function (n, k) { addLegend(SaeScatter.classColour(k), n); });
    }
    scatter.setColours(out);
    function addLegend(c, label) {
      var s = document.createElement('span'), i = document.createElement('i');
      i.style.background = c; s.appendChild(i); s.appendChild(document.createTextNode(label)); legend.appendChild(s);
    }
  }

  function redraw() { colours(); scatter.draw(); }

  function describe(i) {
    var s = 'test sample ' + i + ', label ' + className(D.labels[i]);
    if (D.predicted) { s += ', predicted ' + className(D.predicted[i]); }
    if (D.confidence) { s += ', confidence ' + D.confidence[i].toFixed(2); }
    return s;
  }

  function select(i) {
    if (D.images) { $('selected-thumb').src = base + 'test/' + i + '.png'; }
    if (D.images && D.hasDecoder) { $('reconstruction').src = base + 'reconstruction/' + i + '.png'; }
    text($('selected-caption'), describe(i));
    getJson('neighbours/' + i + '?k=8').then(function (r) {
      var box = $('neighbours');
      box.innerHTML = '';
      text($('neighbour-measure'), '8 nearest by ' + r.measure + ':');
      r.neighbours.forEach(function (h) {
        var f = document.createElement('figure'), img = document.createElement('img'), c = document.createElement('figcaption');
        img.className = 'thumb small neighbour';
        img.alt = 'test sample ' + h.row;
        if (D.images) { img.src = base + 'test/' + h.row + '.png'; }
        c.textContent = (h.label || '?') + ' ' + (r.score === 'similarity' ? 's=' : 'd=') + h.score.toFixed(3);
        f.appendChild(img); f.appendChild(c); box.appendChild(f);
      });
      box.setAttribute('data-count', String(r.neighbours.length));
      scatter.mark(i, r.neighbours.map(function (h) { return h.row; }));
    }).catch(function (e) { text($('neighbour-measure'), e.message, 'error'); });
  }

  function setProjection() {
    if ($('projection').value === 'tsne') {
      if (tsne) { scatter.setPoints(tsne); redraw(); return; }
      text($('summary'), 'computing t-SNE...');
      getJson('tsne.json').then(function (r) { tsne = r.tsne; summary(); scatter.setPoints(tsne); redraw(); })
        .catch(function (e) { text($('summary'), e.message, 'error'); });
    } else {
      scatter.setPoints(D.pca); redraw();
    }
  }

  function summary() {
    text($('summary'), D.count + ' test samples of run ' + D.run + ' (method ' + D.method + ', latent ' + D.latent + '); ' + D.classifier);
  }

  function suggestions() {
    text($('label-status'), 'ranking...');
    getJson('suggestions?count=20').then(function (r) {
      var body = $('suggestions').querySelector('tbody');
      body.innerHTML = '';
      r.suggestions.forEach(function (s) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-train-index', String(s.train_index));
        var img = D.images ? '<img class="thumb small" alt="" src="' + base + 'train/' + s.train_index + '.png">' : '';
        tr.innerHTML = '<td>' + s.rank + '</td><td>' + img + '</td><td>' + s.train_index + '</td><td>' + s.predicted + '</td><td>'
          + s.margin.toFixed(3) + '</td><td><input class="label-input" list="class-names" size="8"></td>'
          + '<td><button class="save-label">save</button> <span class="saved-state"></span></td>';
        var input = tr.querySelector('.label-input');
        if (s.labelled) { input.value = s.labelled; tr.querySelector('.saved-state').textContent = 'saved'; }
        tr.querySelector('.save-label').addEventListener('click', function () { saveLabel(tr, s.train_index, input.value); });
        input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { saveLabel(tr, s.train_index, input.value); } });
        body.appendChild(tr);
      });
      text($('label-status'), r.suggestions.length + ' of ' + r.unlabelled + ' unlabelled training samples');
    }).catch(function (e) { text($('label-status'), e.message, 'error'); });
  }

  function saveLabel(tr, index, label) {
    var state = tr.querySelector('.saved-state');
    postJson('labels', { train_index: index, label: label }).then(function (r) {
      text(state, 'saved', 'saved-state saved');
      var s = r.labels.length + ' labels in ' + r.file;
      if (r.differFromDataset > 0) {
        s += ' (' + r.differFromDataset + ' differ from the dataset\'s own label; retraining reveals the dataset\'s label, as --add-labels does)';
      }
      text($('label-status'), s);
    }).catch(function (e) { text(state, e.message, 'saved-state error'); });
  }

  function showProgress(p) {
    var bar = $('retrain-progress');
    var done = p.epochs > 0 ? (p.epoch + (p.samplesPerEpoch > 0 ? p.samples / p.samplesPerEpoch : 0)) / p.epochs : 0;
    bar.value = p.state === 'COMPLETE' ? 1 : Math.min(1, done);
    var s = p.state.toLowerCase();
    if (p.state === 'TRAINING') { s += ': epoch ' + p.epoch + ' of ' + p.epochs + ' done, into ' + p.run; }
    if (p.state === 'COMPLETE' || p.state === 'FAILED') { s += ': ' + p.message + (p.state === 'COMPLETE' ? ' (' + p.run + ')' : ''); }
    text($('retrain-status'), p.state === 'IDLE' ? '' : s, p.state === 'FAILED' ? 'error' : '');
  }

  function poll(reloadWhenDone) {
    getJson('retrain').then(function (p) {
      showProgress(p);
      if (p.state === 'TRAINING') { setTimeout(function () { poll(true); }, 500); }
      else if (p.state === 'COMPLETE' && reloadWhenDone) { text($('retrain-status'), 'complete: loading the new run ' + p.run); setTimeout(function () { location.reload(); }, 300); }
    }).catch(function (e) { text($('retrain-status'), e.message, 'error'); });
  }

  $('retrain').addEventListener('click', function () {
    postJson('retrain', { epochs: parseInt($('retrain-epochs').value, 10) || 1 }).then(function (p) { showProgress(p); poll(true); })
      .catch(function (e) { text($('retrain-status'), e.message, 'error'); });
  });
  $('suggest').addEventListener('click', suggestions);
  $('colour').addEventListener('change', redraw);
  $('projection').addEventListener('change', setProjection);
  $('morph-go').addEventListener('click', function () {
    var img = $('morph');
    img.onerror = function () { img.alt = 'morph failed'; };
    img.src = base + 'morph.png?from=' + encodeURIComponent($('morph-from').value) + '&to=' + encodeURIComponent($('morph-to').value);
  });
  scatter.onHover(function (i) {
    if (i < 0) { return; }
    if (D.images) { $('hover-thumb').src = base + 'test/' + i + '.png'; }
    text($('hover-caption'), describe(i));
    $('hover-thumb').setAttribute('data-row', String(i));
  });
  scatter.onClick(select);

  getJson('data.json').then(function (d) {
    D = d;
    summary();
    $('label-file').textContent = D.labelFile;
    if (!D.predicted) { $('colour').querySelector('option[value=predicted]').disabled = true; }
    if (!D.confidence) { $('colour').querySelector('option[value=confidence]').disabled = true; }
    if (!D.tsneAvailable) { $('projection').querySelector('option[value=tsne]').disabled = true; }
    if (!D.hasDecoder || !D.images) { $('morph-box').style.display = 'none'; }
    var list = $('class-names');
    D.classNames.forEach(function (n, k) {
      [$('morph-from'), $('morph-to')].forEach(function (sel) { var o = document.createElement('option'); o.value = n; o.textContent = n; sel.appendChild(o); });
      var o = document.createElement('option'); o.value = n; list.appendChild(o);
    });
    if (D.classNames.length > 1) { $('morph-to').value = D.classNames[1]; }
    scatter.setPoints(D.pca);
    redraw();
    document.body.setAttribute('data-ready', 'true');
    poll(false);
  }).catch(function (e) { text($('summary'), e.message, 'error'); });
})();
