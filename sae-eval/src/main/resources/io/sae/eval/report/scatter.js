/*
 * SaeScatter: a dependency-free canvas scatter plot of 2-D latent projections (sae's report.html and the
 * `sae serve` explorer). Zoom with the wheel, pan by dragging, hover and click report the nearest point.
 * Points are drawn as small squares grouped by colour, which keeps 10,000+ points well under a frame.
 */
(function () {
  'use strict';
  var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
    '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd', '#e6550d', '#31a354', '#756bb1', '#636363'];

  function classColour(k) { return k < 0 ? '#bbbbbb' : PALETTE[k % PALETTE.length]; }

  /** Confidence in [0, 1] from red (unsure) through yellow to blue (sure), in 11 steps so points batch by colour. */
  function confidenceColour(c) {
    var t = Math.max(0, Math.min(1, c));
    t = Math.round(t * 10) / 10;
    var r, g, b;
    if (t < 0.5) { r = 215; g = Math.round(48 + (t / 0.5) * (220 - 48)); b = 39; }
    else { var u = (t - 0.5) / 0.5; r = Math.round(215 - u * (215 - 49)); g = Math.round(220 - u * (220 - 130)); b = Math.round(39 + u * (189 - 39)); }
    return 'rgb(' + r + ',' + g + ',' + b + ')';
  }

  function SaeScatter(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.xy = new Float32Array(0);
    this.n = 0;
    this.colours = [];
    this.size = 3;
    this.scale = 1; this.offX = 0; this.offY = 0;
    this.selected = -1; this.marked = [];
    this.hoverListeners = []; this.clickListeners = [];
    var self = this, drag = null;
    canvas.addEventListener('wheel', function (e) {
      e.preventDefault();
      var p = self._mouse(e), f = e.deltaY < 0 ? 1.2 : 1 / 1.2;
      self.offX = p.x - (p.x - self.offX) * f; self.offY = p.y - (p.y - self.offY) * f; self.scale *= f;
      self.draw();
    }, { passive: false });
    canvas.addEventListener('mousedown', function (e) { var p = self._mouse(e); drag = { x: p.x, y: p.y, ox: self.offX, oy: self.offY, moved: false }; });
    window.addEventListener('mouseup', function (e) {
      if (drag && !drag.moved && e.target === canvas) {
        var i = self.nearest(self._mouse(e));
        if (i >= 0) { self.clickListeners.forEach(function (l) { l(i); }); }
      }
      drag = null;
    });
    canvas.addEventListener('mousemove', function (e) {
      var p = self._mouse(e);
      if (drag) {
        if (Math.abs(p.x - drag.x) + Math.abs(p.y - drag.y) > 3) { drag.moved = true; }
        if (drag.moved) { self.offX = drag.ox + p.x - drag.x; self.offY = drag.oy + p.y - drag.y; self.draw(); return; }
      }
      var i = self.nearest(p);
      self.hoverListeners.forEach(function (l) { l(i, e); });
    });
  }

  SaeScatter.classColour = classColour;
  SaeScatter.confidenceColour = confidenceColour;

  SaeScatter.prototype._mouse = function (e) {
    var r = this.canvas.getBoundingClientRect();
    return { x: (e.clientX - r.left) * this.canvas.width / r.width, y: (e.clientY - r.top) * this.canvas.height / r.height };
  };

  /** Sets the points (x0, y0, x1, y1, ...) and fits them to the canvas. */
  SaeScatter.prototype.setPoints = function (xy) {
    this.xy = xy; this.n = xy.length / 2;
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (var i = 0; i < this.n; i++) {
      var x = xy[2 * i], y = xy[2 * i + 1];
      if (x < minX) minX = x; if (x > maxX) maxX = x; if (y < minY) minY = y; if (y > maxY) maxY = y;
    }
    var pad = 12, w = this.canvas.width - 2 * pad, h = this.canvas.height - 2 * pad;
    var sx = w / Math.max(maxX - minX, 1e-9), sy = h / Math.max(maxY - minY, 1e-9);
    this.base = { s: Math.min(sx, sy), minX: minX, minY: minY, pad: pad, maxY: maxY };
    this.scale = 1; this.offX = 0; this.offY = 0;
  };

  /** One CSS colour per point. */
  SaeScatter.prototype.setColours = function (colours) { this.colours = colours; };

  /** Screen position of point i. */
  SaeScatter.prototype.screen = function (i) {
    var b = this.base;
    var x = b.pad + (this.xy[2 * i] - b.minX) * b.s, y = b.pad + (b.maxY - this.xy[2 * i + 1]) * b.s;
    return { x: x * this.scale + this.offX, y: y * this.scale + this.offY };
  };

  /** The point nearest to p within 8 pixels, or -1. */
  SaeScatter.prototype.nearest = function (p) {
    var best = -1, bd = 64;
    for (var i = 0; i < this.n; i++) {
      var s = this.screen(i), d = (s.x - p.x) * (s.x - p.x) + (s.y - p.y) * (s.y - p.y);
      if (d < bd) { bd = d; best = i; }
    }
    return best;
  };

  SaeScatter.prototype.onHover = function (l) { this.hoverListeners.push(l); };
  SaeScatter.prototype.onClick = function (l) { this.clickListeners.push(l); };

  /** Rings around the selected point and its marked neighbours. */
  SaeScatter.prototype.mark = function (selected, marked) { this.selected = selected; this.marked = marked || []; this.draw(); };

  /** Draws every point; returns (and exposes as data-points) how many were drawn. */
  SaeScatter.prototype.draw = function () {
    var ctx = this.ctx, w = this.canvas.width, h = this.canvas.height, sz = this.size;
    ctx.clearRect(0, 0, w, h);
    ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, w, h);
    var groups = {};
    for (var i = 0; i < this.n; i++) {
      var c = this.colours[i] || '#444444';
      (groups[c] || (groups[c] = [])).push(i);
    }
    var drawn = 0;
    for (var colour in groups) {
      ctx.fillStyle = colour;
      var g = groups[colour];
      for (var j = 0; j < g.length; j++) {
        var s = this.screen(g[j]);
        ctx.fillRect(s.x - sz / 2, s.y - sz / 2, sz, sz);
        drawn++;
      }
    }
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#000000';
    for (var m = 0; m < this.marked.length; m++) { var q = this.screen(this.marked[m]); ctx.strokeRect(q.x - 4, q.y - 4, 8, 8); }
    if (this.selected >= 0) { var t = this.screen(this.selected); ctx.beginPath(); ctx.arc(t.x, t.y, 7, 0, 2 * Math.PI); ctx.stroke(); }
    this.canvas.setAttribute('data-points', String(drawn));
    return drawn;
  };

  window.SaeScatter = SaeScatter;
})();
