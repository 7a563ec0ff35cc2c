/*
 * The console's only script, and nothing depends on it: every form works without it. It adds what a
 * phone on a poor connection needs: the inspection draft kept in the browser while typing, rows added
 * without a round trip, the damaged share computed from counts, and the building choice kept in step.
 */
(function () {
  'use strict';

  var DRAFT_PREFIX = 'hazard-judge.draft.';

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }

  // ---- drafts: every named control of a [data-draft] form, saved on each change ----
  function draftKey(form) { return DRAFT_PREFIX + form.getAttribute('data-draft'); }

  function snapshot(form) {
    var values = {};
    all(form, 'input[name], select[name], textarea[name]').forEach(function (el) {
      if (el.name === '_csrf' || el.name === 'idempotencyKey' || el.type === 'submit' || el.type === 'password') { return; }
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) { return; }
      (values[el.name] = values[el.name] || []).push(el.value);
    });
    return values;
  }

  function saveDraft(form) {
    try {
      localStorage.setItem(draftKey(form), JSON.stringify({ savedAt: new Date().toISOString(), values: snapshot(form) }));
    } catch (e) { /* storage full or disabled: the form still submits */ }
  }

  function rowsNeeded(values, list) {
    var max = -1, re = new RegExp('^' + list + '\\[(\\d+)\\]');
    Object.keys(values).forEach(function (name) {
      var m = re.exec(name);
      if (m) { max = Math.max(max, parseInt(m[1], 10)); }
    });
    return max + 1;
  }

  function restoreDraft(form) {
    var raw = null;
    try { raw = localStorage.getItem(draftKey(form)); } catch (e) { return; }
    if (!raw) { return; }
    var draft = JSON.parse(raw);
    all(form, '[data-row-template]').forEach(function (tpl) {
      var list = tpl.getAttribute('data-row-template');
      while (rowCount(form, list) < rowsNeeded(draft.values, list)) { addRow(form, list); }
    });
    all(form, 'input[name], select[name], textarea[name]').forEach(function (el) {
      if (el.name === '_csrf' || el.name === 'idempotencyKey' || el.type === 'submit') { return; }
      var saved = draft.values[el.name] || [];
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = saved.indexOf(el.value) >= 0 || (el.type === 'radio' && el.value === '' && saved.length === 0);
      } else {
        el.value = saved.length ? saved[0] : '';
      }
    });
    refreshBuildingChoices(form);
    var notice = document.getElementById('draft-notice');
    if (notice) {
      notice.hidden = false;
      var time = notice.querySelector('[data-draft-time]');
      if (time) { time.textContent = new Date(draft.savedAt).toLocaleString('zh-CN'); }
    }
  }

  // ---- rows: a <template data-row-template=list> whose controls are named list[N].… ----
  function rowCount(form, list) {
    return form.querySelector('[data-rows="' + list + '"]').querySelectorAll(':scope > [data-row]').length;
  }

  function addRow(form, list) {
    var container = form.querySelector('[data-rows="' + list + '"]');
    var tpl = form.querySelector('[data-row-template="' + list + '"]');
    var index = rowCount(form, list);
    var html = tpl.innerHTML.split(list + '[N]').join(list + '[' + index + ']');
    container.insertAdjacentHTML('beforeend', html);
    return container.lastElementChild;
  }

  // ---- ratio: 共 n 处，损坏 m 处 → m ÷ n ----
  function computeRatio(item) {
    var total = item.querySelector('[data-ratio-total]'), damaged = item.querySelector('[data-ratio-damaged]');
    var ratio = item.querySelector('[data-ratio]');
    if (!total || !damaged || !ratio) { return; }
    var t = parseInt(total.value, 10), d = parseInt(damaged.value, 10);
    if (t > 0 && d >= 0 && d <= t) { ratio.value = (Math.round(d / t * 1000) / 1000).toString(); }
  }

  // ---- buildings: observations choose among the ids typed above ----
  function refreshBuildingChoices(form) {
    var ids = all(form, 'input[name^="buildings["][name$="].id"]').map(function (el) { return el.value.trim(); })
      .filter(function (id, i, a) { return id && a.indexOf(id) === i; });
    all(form, 'select[data-building-choice]').forEach(function (select) {
      var chosen = select.value || select.getAttribute('data-selected') || '';
      while (select.options.length > 1) { select.remove(1); }
      ids.forEach(function (id) { select.add(new Option(id, id, false, id === chosen)); });
    });
  }

  // a known facility picked from the input's list fills in what the form does not have yet
  function fillFacility(form, input) {
    var option = (input.list ? all(input.list, 'option') : []).filter(function (o) { return o.value === input.value; })[0];
    if (!option) { return; }
    var set = function (name, value) {
      var el = form.querySelector('[name="' + name + '"]');
      if (el && value && !el.value) { el.value = value; }
    };
    set('facility.name', option.getAttribute('data-name'));
    set('facility.township', option.getAttribute('data-township'));
    set('facility.kind', option.getAttribute('data-kind'));
    set('facility.regionCode', option.getAttribute('data-region'));
    set('township', option.getAttribute('data-township'));
  }

  ready(function () {
    all(document, 'form[data-draft]').forEach(function (form) {
      if (form.getAttribute('data-fresh') === 'true') { restoreDraft(form); } else { saveDraft(form); }
      form.addEventListener('input', function (e) {
        var item = e.target.closest('.check-item');
        if (item && (e.target.hasAttribute('data-ratio-total') || e.target.hasAttribute('data-ratio-damaged'))) {
          computeRatio(item);
        }
        if (e.target.name && /^buildings\[\d+\]\.id$/.test(e.target.name)) { refreshBuildingChoices(form); }
        if (e.target.hasAttribute('data-facility-picker')) { fillFacility(form, e.target); }
        saveDraft(form);
      });
      form.addEventListener('change', function () { saveDraft(form); });
      all(form, '[data-add-row]').forEach(function (button) {
        button.addEventListener('click', function (e) {
          e.preventDefault();
          var row = addRow(form, button.getAttribute('data-add-row'));
          var first = row.querySelector('input, select');
          if (first) { first.focus(); }
          saveDraft(form);
        });
      });
    });
    all(document, 'form:not([data-draft]) [data-facility-picker]').forEach(function (input) {
      input.addEventListener('input', function () { fillFacility(input.form, input); });
    });
    all(document, '[data-clear-draft-button]').forEach(function (button) {
      button.addEventListener('click', function () {
        try { localStorage.removeItem(DRAFT_PREFIX + 'inspect'); } catch (e) { /* nothing kept */ }
        window.location.reload();
      });
    });
    if (document.body.getAttribute('data-clear-draft') === 'true') {
      try { localStorage.removeItem(DRAFT_PREFIX + 'inspect'); } catch (e) { /* nothing kept */ }
    }
    all(document, '[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
    var summary = document.querySelector('[data-error-summary]');
    if (summary) { summary.focus(); }
  });
}());
