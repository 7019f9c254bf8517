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

  function enablePicking(button) {
    if (!prose || !prose.querySelector('#s-' + button.dataset.section + '-1')) {
      button.hidden = true; // the text of this question's section is not on the page: use the list
      return;
    }
    button.addEventListener('click', function () {
      setMode({ kind: 'evidence', question: button.dataset.question });
      var first = prose.querySelector('.sentence');
      if (first) { first.scrollIntoView({ block: 'center' }); }
    });
  }

  // Answers are saved in place: the form posts in the background and the answered question,
  // as the server renders it, replaces the form, so the reader keeps their place and the server
  // renders one question instead of the whole page. Anything unexpected falls back to the plain post.
  function answerInPlace(form) {
    // Time on the question, for the instructor's review: from first touching it to saving it.
    var started = null;
    function start() { if (started === null) { started = Date.now(); } }
    form.addEventListener('focusin', start);
    form.addEventListener('change', start);
    form.addEventListener('submit', function () {
      var spent = form.querySelector('input[name=time_spent_ms]');
      if (spent && started !== null) { spent.value = String(Date.now() - started); }
    });
    form.addEventListener('submit', function (e) {
      if (!window.fetch || !window.DOMParser || !window.URLSearchParams) { return; }
      e.preventDefault();
      if (form.dataset.busy) { return; } // a double click sends one answer
      form.dataset.busy = 'true';
      var block = form.closest('.question');
      var button = form.querySelector('button[type=submit]');
      if (button) { button.disabled = true; }
      fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
        headers: { 'X-Lectern-Partial': 'answer' }
      }).then(function (r) {
        if (r.status !== 200 && r.status !== 400) { throw new Error('status ' + r.status); }
        return r.text();
      }).then(function (html) {
        var reply = new DOMParser().parseFromString(html, 'text/html');
        var fresh = reply.getElementById(block.id);
        if (!fresh) { throw new Error('the reply holds no question'); }
        fresh = document.importNode(fresh, true);
        block.replaceWith(fresh);
        var count = reply.getElementById('answered-count');
        var shown = document.getElementById('answered-count');
        if (count && shown) { shown.textContent = count.textContent; }
        // the first answer opens the attempt: its submit button appears
        var actions = reply.getElementById('attempt-actions');
        var actionsShown = document.getElementById('attempt-actions');
        if (actions && actionsShown) { actionsShown.replaceWith(document.importNode(actions, true)); }
        enhance(fresh);
        // Tell the student what happened: the error beside the field, or the saved result.
        var alert = fresh.querySelector('[role=alert]');
        var target = alert ? fresh.querySelector('input:not([type=hidden]), select, textarea') : fresh.querySelector('.result');
        if (target) {
          if (!alert) { target.setAttribute('tabindex', '-1'); }
          target.focus();
        }
      }).catch(function () {
        delete form.dataset.busy;
        form.submit(); // the plain post: the server answers with the whole page
      });
    });
  }

  function enhance(root) {
    root.querySelectorAll('.pick-sentence').forEach(enablePicking);
    // (querySelectorAll matches '.question form' against the whole document: root may be the question itself)
    root.querySelectorAll('.question form').forEach(answerInPlace);
  }
  enhance(document);

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
