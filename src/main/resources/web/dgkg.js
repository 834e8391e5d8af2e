// dgkg pages: RFC 5147 fragment #char=start,end on document pages (code points into the
// original text, as in the annotations' oa:TextPositionSelector): highlight and scroll to it.
(function () {
  'use strict';
  function parseChar(hash) {
    var m = /^#char=(\d+)?,(\d+)?$/.exec(hash || '');
    if (!m) return null;
    var s = m[1] === undefined ? 0 : parseInt(m[1], 10);
    var e = m[2] === undefined ? Infinity : parseInt(m[2], 10);
    return e > s ? { start: s, end: e } : null;
  }
  function cpLen(str) { var n = 0; for (var i = 0; i < str.length; i++) { var c = str.charCodeAt(i); if (c < 0xD800 || c > 0xDBFF) n++; } return n; }
  function cpToIndex(str, cp) { var i = 0, n = 0; while (i < str.length && n < cp) { var c = str.charCodeAt(i); i += (c >= 0xD800 && c <= 0xDBFF) ? 2 : 1; n++; } return i; }
  function clear(root) {
    root.querySelectorAll('mark.char-target').forEach(function (m) {
      var p = m.parentNode; while (m.firstChild) p.insertBefore(m.firstChild, m); p.removeChild(m); p.normalize();
    });
  }
  function highlight() {
    var root = document.getElementById('doctext');
    if (!root) return;
    clear(root);
    var r = parseChar(location.hash);
    if (!r) return;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null);
    var pos = 0, pieces = [], node;
    while ((node = walker.nextNode())) {
      var len = cpLen(node.data), a = Math.max(r.start, pos), b = Math.min(r.end, pos + len);
      if (a < b) pieces.push({ node: node, from: cpToIndex(node.data, a - pos), to: cpToIndex(node.data, b - pos) });
      pos += len;
      if (pos >= r.end) break;
    }
    var first = null;
    pieces.forEach(function (p) {
      var range = document.createRange();
      range.setStart(p.node, p.from); range.setEnd(p.node, p.to);
      var mark = document.createElement('mark');
      mark.className = 'char-target';
      range.surroundContents(mark);
      if (!first) first = mark;
    });
    if (first) {
      var fold = first.closest('details');
      if (fold) fold.open = true;
      first.id = 'char-target'; first.scrollIntoView({ block: 'center' });
    }
  }
  // the reading view hides footnote marks and line breaks inside sentences; the box shows the text as extracted
  function rawToggle() {
    var box = document.getElementById('show-raw'), text = document.getElementById('doctext');
    if (!box || !text) return;
    box.addEventListener('change', function () { text.classList.toggle('reading', !box.checked); });
  }
  window.addEventListener('hashchange', highlight);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', rawToggle); else rawToggle();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', highlight); else highlight();
})();
