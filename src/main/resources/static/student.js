// Student pages, progressively enhanced: everything works without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // Glossary tooltips: Escape hides the explanation of the focused term.
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && document.activeElement && document.activeElement.classList.contains('gloss-term')) {
      document.activeElement.blur();
    }
  });

  // Clicking a sentence: either highlight it, or choose it as the evidence for a question.
  var mode = null; // {kind: 'highlight'} or {kind: 'evidence', question: id}
  var highlightButton = document.getElementById('highlight-mode');
  var prose = document.querySelector('.prose');

  function setMode(next, announce) {
    mode = next;
    if (prose) { prose.classList.toggle('picking', mode !== null); }
    if (highlightButton) { highlightButton.setAttribute('aria-pressed', mode && mode.kind === 'highlight' ? 'true' : 'false'); }
    if (announce) { announce.focus(); }
  }

  if (highlightButton) {
    highlightButton.addEventListener('click', function () {
      setMode(mode && mode.kind === 'highlight' ? null : { kind: 'highlight' });
    });
  }

  document.querySelectorAll('.pick-sentence').forEach(function (button) {
    if (!prose || !prose.querySelector('#s-' + button.dataset.section + '-1')) {
      button.hidden = true; // the text of this question's section is not on the page: use the list
      return;
    }
    button.addEventListener('click', function () {
      setMode({ kind: 'evidence', question: button.dataset.question });
      var first = prose.querySelector('.sentence');
      if (first) { first.scrollIntoView({ block: 'center' }); }
    });
  });

  if (prose) {
    prose.querySelectorAll('.sentence').forEach(function (s) {
      s.addEventListener('click', function (e) {
        if (!mode || (e.target.closest && e.target.closest('.gloss-term'))) { return; }
        var ref = s.dataset.ref;
        if (mode.kind === 'highlight') {
          var select = document.getElementById('highlight-sentence');
          if (select) { select.value = ref; select.form.submit(); }
        } else if (mode.kind === 'evidence') {
          var radio = document.getElementById('q' + mode.question + '-s' + ref);
          if (radio) {
            radio.checked = true;
            var question = document.getElementById('q-' + mode.question);
            setMode(null);
            if (question) { question.scrollIntoView({ block: 'center' }); radio.focus(); }
          }
        }
      });
    });
  }

  // Discussion: a live word count against the minimum.
  document.querySelectorAll('textarea.word-count').forEach(function (area) {
    var min = parseInt(area.dataset.min || '0', 10);
    var out = document.createElement('p');
    out.className = 'hint';
    out.setAttribute('aria-live', 'polite');
    area.insertAdjacentElement('afterend', out);
    function update() {
      var words = area.value.trim() ? area.value.trim().split(/\s+/).length : 0;
      out.textContent = words + ' words' + (words < min ? ' (at least ' + min + ' needed)' : '');
    }
    area.addEventListener('input', update);
    update();
  });
})();
