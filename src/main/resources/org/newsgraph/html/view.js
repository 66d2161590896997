(function () {
  'use strict';
  var ATTRIBUTE = { entity: 'data-e', quote: 'data-q', relation: 'data-r' };
  function clear() {
    document.querySelectorAll('.hl').forEach(function (el) { el.classList.remove('hl'); });
  }
  function show(kind, id, scroll) {
    var attribute = ATTRIBUTE[kind];
    if (!attribute || !id) { return; }
    clear();
    var selector = '[' + attribute + '~="' + CSS.escape(id) + '"]';
    document.querySelectorAll(selector).forEach(function (el) { el.classList.add('hl'); });
    var first = document.querySelector('.text ' + selector);
    if (scroll && first) { first.scrollIntoView({ block: 'center' }); }
  }
  function fromRow(row) { show(row.getAttribute('data-kind'), row.getAttribute('data-id'), true); }
  document.addEventListener('click', function (ev) {
    var row = ev.target.closest('tr[data-kind]');
    if (row) { fromRow(row); return; }
    var mention = ev.target.closest('.text [data-e]');
    if (mention) { show('entity', mention.getAttribute('data-e'), false); return; }
    var quote = ev.target.closest('.text [data-q]');
    if (quote) { show('quote', quote.getAttribute('data-q').split(' ')[0], false); return; }
    if (!ev.target.closest('a')) { clear(); }
  });
  document.addEventListener('keydown', function (ev) {
    var row = ev.target.closest && ev.target.closest('tr[data-kind]');
    if (row && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); fromRow(row); }
  });
  var wanted = /^#(entity|quote|relation)=(.+)$/.exec(location.hash);
  if (wanted) { show(wanted[1], decodeURIComponent(wanted[2]), true); }
})();
