// Saving: the dialog with the list of changes, what they move between units (a dry run,
// POST /api/v1/grid-edits?dryRun=true) and the required comment, then ONE POST /api/v1/grid-edits
// with every changed unit and the version it is based on; a 422 shows the violations on the map, a
// 409 says who changed what and offers to reload the unit.

import { getJson, sendJson, problemText } from './api.js';
import { t, getLang } from './i18n.js';
import { el } from './dom.js';
import { showToast } from './toast.js';
import { fromLonLat, geometryText } from './editor-geometry.js';
import { impactView } from './editor-impact.js';

/** Fetches the versions the edit is based on; a unit changed on the server since it was loaded is a conflict. */
async function fillVersions(store, changes) {
  for (const { baseline } of changes) {
    if (baseline && baseline.version === null) {
      const unit = await getJson(`/api/v1/units/${encodeURIComponent(baseline.code)}`);
      if (geometryText(fromLonLat(unit.geometry)) !== geometryText(baseline.geometry)) {
        return { code: baseline.code, base_version: null, current_version: unit.version };
      }
      baseline.version = unit.version;
    }
  }
  return null;
}

export function createSaver({ store, form, violations, onSaved, onReloadUnit }) {
  const dialog = document.getElementById('save-dialog');
  const changeList = document.getElementById('save-changes');
  const comment = document.getElementById('save-comment');
  const error = document.getElementById('save-error');
  const confirm = document.getElementById('save-confirm');
  const conflict = document.getElementById('conflict-dialog');
  const conflictText = document.getElementById('conflict-text');
  const reload = document.getElementById('conflict-reload');
  const impact = document.getElementById('save-impact');
  let conflictCode = null;
  let preview = 0; // the dry run whose answer is still wanted

  function showError(text) {
    error.textContent = text;
    error.hidden = !text;
  }

  function open() {
    form.commit();
    const changes = store.pendingChanges();
    if (changes.length === 0) {
      showToast(t('gridEditor.nothingToSave'), 'info');
      return;
    }
    changeList.replaceChildren(...changes.map(({ kind, code, feature }) => el('li', { dataset: { kind, code } },
      el('span', { class: `change-kind change-${kind}` }, t(`gridEditor.change.${kind}`)),
      ` ${code} · ${feature.get('name') || ''}`)));
    showError('');
    dialog.showModal();
    comment.focus();
    showImpact(changes);
  }

  /** The dry run: the impact list in the dialog; a refusal (409, violations) is shown as on saving. */
  async function showImpact(changes) {
    const asked = ++preview;
    impact.dataset.state = 'loading';
    impact.replaceChildren(el('p', { class: 'impact-loading' }, t('gridEditor.impactLoading')));
    try {
      const stale = await fillVersions(store, changes);
      if (stale) {
        dialog.close();
        await explainConflict(stale);
        return;
      }
      const report = await sendJson('POST', '/api/v1/grid-edits?dryRun=true', store.requestBody('', changes));
      if (asked !== preview) {
        return;
      }
      impact.replaceChildren(impactView(report));
      if ((report.violations || []).length > 0) {
        violations.show(report.violations, 'gridEditor.refusedTitle');
        impact.append(el('p', { class: 'editor-error' },
          t('gridEditor.refused', { count: report.violations.length })));
      }
      impact.dataset.state = 'loaded';
    } catch (failure) {
      if (asked !== preview) {
        return;
      }
      impact.dataset.state = 'failed';
      if (showRefusal(failure, 'gridEditor.refusedTitle')) {
        dialog.close();
      } else {
        impact.replaceChildren(el('p', { class: 'editor-error' },
          t('gridEditor.impactUnavailable', { detail: failure?.detail || failure?.message || String(failure) })));
      }
    }
  }

  async function explainConflict(problem) {
    conflictCode = problem.code;
    let who = null;
    try {
      const history = await getJson(`/api/v1/grid-history/${encodeURIComponent(problem.code)}`);
      who = (history.revisions || [])[history.revisions.length - 1] || null;
    } catch (e) {
      who = null; // the explanation just says less
    }
    const parts = [t('gridEditor.conflict', { code: problem.code, base: problem.base_version ?? '?',
      current: problem.current_version ?? t('gridEditor.deleted') })];
    if (who) {
      parts.push(t('gridEditor.conflictBy', { author: who.author, time: new Date(who.time).toLocaleString(getLang()),
        comment: who.comment || '—', id: who.id }));
    }
    conflictText.textContent = parts.join(' ');
    conflict.dataset.code = problem.code;
    conflict.showModal();
  }

  /** Shows what the server refused (422 violations, 409 conflict); false when it is another failure. */
  function showRefusal(failure, titleKey) {
    if (failure?.status === 422) {
      violations.show(failure.problem?.violations || [], titleKey);
      showToast(t('gridEditor.refused', { count: (failure.problem?.violations || []).length }));
      return true;
    }
    if (failure?.status === 409) {
      explainConflict(failure.problem || {});
      return true;
    }
    return false;
  }

  async function submit(event) {
    event.preventDefault();
    const text = comment.value.trim();
    if (!text) {
      comment.setAttribute('aria-invalid', 'true');
      showError(t('gridEditor.commentRequired'));
      return;
    }
    comment.removeAttribute('aria-invalid');
    preview += 1; // a dry run still on its way must not show a refusal over the real save
    confirm.disabled = true;
    document.body.dataset.saving = 'true';
    const changes = store.pendingChanges();
    try {
      const stale = await fillVersions(store, changes);
      if (stale) {
        dialog.close();
        await explainConflict(stale);
        return;
      }
      const revision = await sendJson('POST', '/api/v1/grid-edits', store.requestBody(text, changes));
      store.acceptRevision(revision, changes);
      dialog.close();
      comment.value = '';
      violations.clear();
      document.body.dataset.lastRevision = String(revision.id);
      showToast(t('gridEditor.saved', { id: revision.id }), 'info');
      onSaved(revision);
    } catch (failure) {
      if (showRefusal(failure, 'gridEditor.refusedTitle')) {
        dialog.close();
      } else if (failure?.status !== 401) {
        showError(failure?.status === 403 ? t('gridEditor.forbidden') : problemText(failure));
      }
    } finally {
      confirm.disabled = false;
      document.body.dataset.saving = 'false';
    }
  }

  dialog.querySelector('form').addEventListener('submit', submit);
  [dialog, conflict].forEach((modal) => modal.querySelectorAll('[data-close]')
    .forEach((button) => button.addEventListener('click', () => modal.close())));
  reload.addEventListener('click', async () => {
    conflict.close();
    await onReloadUnit(conflictCode);
  });
  return { open, showRefusal };
}
