// The attribute form of the selected micro-grid: code, name, grid worker. Typing shows at once on
// the map; leaving a field (or saving) makes the change one undoable step.

import { t, levelName } from './i18n.js';

const FIELDS = ['code', 'name', 'worker_name', 'worker_phone'];

export function createAttributeForm(store) {
  const form = document.getElementById('unit-form');
  const empty = document.getElementById('unit-empty');
  const facts = document.getElementById('unit-facts');
  const inputs = Object.fromEntries(FIELDS.map((name) => [name, form.elements[name]]));
  let feature = null;
  let typing = false; // whether the inputs changed the feature since the last step

  function commit() {
    if (feature && typing) {
      typing = false;
      store.commitStep(t('gridEditor.step.attributes'), new Map([[feature, store.committedState(feature)]]));
    }
  }

  function showFacts() {
    const baseline = store.baselineOf(feature);
    const version = baseline?.version;
    facts.textContent = [
      levelName(feature.get('level') || 'micro-grid'),
      t('gridEditor.parent', { parent: feature.get('parent') || '—' }),
      baseline ? t('gridEditor.version', { version: version ?? '…' }) : t('gridEditor.unsaved'),
    ].join(' · ');
  }

  /** Shows one feature (null or several selected: the form hides). */
  function show(selected) {
    commit();
    feature = selected.length === 1 ? selected[0] : null;
    form.hidden = !feature;
    empty.hidden = !!feature;
    empty.textContent = selected.length > 1 ? t('gridEditor.selectedCount', { count: selected.length })
      : t('gridEditor.noSelection');
    form.dataset.code = feature ? feature.get('code') : '';
    if (feature) {
      FIELDS.forEach((name) => {
        inputs[name].value = feature.get(name) ?? '';
        inputs[name].removeAttribute('aria-invalid');
      });
      showFacts();
    }
  }

  FIELDS.forEach((name) => {
    inputs[name].addEventListener('input', () => {
      if (!feature) {
        return;
      }
      const value = inputs[name].value.trim();
      if (name === 'code' && !/^\d{6,18}$/.test(value)) {
        inputs[name].setAttribute('aria-invalid', 'true');
        return; // a code must stay usable; the old one is kept until it is
      }
      inputs[name].removeAttribute('aria-invalid');
      feature.set(name, value === '' ? null : value);
      typing = true;
    });
    inputs[name].addEventListener('change', commit);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
  });

  return {
    show, commit,
    refresh: () => { if (feature) { show([feature]); } },
  };
}
