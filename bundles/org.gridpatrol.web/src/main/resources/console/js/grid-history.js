/* global ol */
// The history of the selected unit (GET /api/v1/grid-history/{code}): its revisions, the difference
// between two of them (or one and the current state) on the map, before dashed and after solid, with
// the changed attributes; and rollback of a revision, which is itself a new revision.

import { getJson, sendJson, reportError } from './api.js';
import { t, getLang, onLangChange } from './i18n.js';
import { el } from './dom.js';
import { showToast } from './toast.js';
import { fromLonLat, geometryText } from './editor-geometry.js';
import { impactView } from './editor-impact.js';

const BEFORE = new ol.style.Style({
  stroke: new ol.style.Stroke({ color: '#7c3aed', width: 3, lineDash: [8, 6] }),
  fill: new ol.style.Fill({ color: 'rgba(124, 58, 237, 0.08)' }),
});
const AFTER = new ol.style.Style({
  stroke: new ol.style.Stroke({ color: '#059669', width: 3 }),
  fill: new ol.style.Fill({ color: 'rgba(5, 150, 105, 0.12)' }),
});
const COMPARED = [['name', (p) => p.name], ['parent', (p) => p.parent], ['level', (p) => p.level],
  ['worker_name', (p) => p.worker?.name ?? p.worker_name], ['worker_phone', (p) => p.worker?.phone ?? p.worker_phone]];

function changeOf(revision, code) {
  return (revision.changes || []).find((change) => change.code === code) || null;
}

export function createHistory({ map, hasPendingChanges, showRefusal, onRolledBack }) {
  const source = new ol.source.Vector();
  map.addLayer(new ol.layer.Vector({ source, style: (feature) => (feature.get('side') === 'before' ? BEFORE : AFTER), zIndex: 50 }));
  const section = document.getElementById('history-section');
  const list = document.getElementById('history-list');
  const diff = document.getElementById('history-diff');
  const empty = document.getElementById('history-empty');
  const rollbackDialog = document.getElementById('rollback-dialog');
  const rollbackComment = document.getElementById('rollback-comment');
  let code = null;
  let revisions = []; // oldest first
  let compared = []; // revision ids ticked, at most two
  let rollbackId = null;

  function stateAfter(revision) {
    return changeOf(revision, code)?.after || null;
  }

  function drawDifference(beforeFeature, afterFeature, labels) {
    source.clear();
    [['before', beforeFeature], ['after', afterFeature]].forEach(([side, feature]) => {
      if (feature?.geometry) {
        const shape = new ol.Feature(fromLonLat(feature.geometry));
        shape.set('side', side);
        source.addFeature(shape);
      }
    });
    const before = beforeFeature?.properties || {};
    const after = afterFeature?.properties || {};
    const rows = COMPARED.filter(([, read]) => (read(before) ?? null) !== (read(after) ?? null))
      .map(([name, read]) => el('li', { dataset: { attribute: name } },
        el('span', { class: 'diff-name' }, t(`gridEditor.field.${name}`)),
        el('del', {}, read(before) ?? '—'), ' → ', el('ins', {}, read(after) ?? '—')));
    const geometryChanged = geometryText(beforeFeature?.geometry ? fromLonLat(beforeFeature.geometry) : null)
      !== geometryText(afterFeature?.geometry ? fromLonLat(afterFeature.geometry) : null);
    diff.replaceChildren(
      el('p', { class: 'diff-legend' }, el('span', { class: 'legend-before' }, labels[0]), ' ',
        el('span', { class: 'legend-after' }, labels[1])),
      el('ul', { class: 'diff-list' }, rows,
        geometryChanged ? el('li', { dataset: { attribute: 'geometry' } }, t('gridEditor.geometryChanged')) : null,
        rows.length === 0 && !geometryChanged ? el('li', {}, t('gridEditor.noDifference')) : null));
    diff.hidden = false;
    if (source.getFeatures().length > 0) {
      map.getView().fit(source.getExtent(), { padding: [60, 60, 60, 60], maxZoom: 18, duration: 300 });
    }
  }

  /** One revision alone: its before and after; two: the older's after against the newer's; one ticked: against now. */
  function compare() {
    const ticked = revisions.filter((revision) => compared.includes(revision.id));
    if (ticked.length === 2) {
      drawDifference(stateAfter(ticked[0]), stateAfter(ticked[1]),
        [t('gridEditor.afterRevision', { id: ticked[0].id }), t('gridEditor.afterRevision', { id: ticked[1].id })]);
    } else if (ticked.length === 1) {
      drawDifference(stateAfter(ticked[0]), stateAfter(revisions[revisions.length - 1]),
        [t('gridEditor.afterRevision', { id: ticked[0].id }), t('gridEditor.current')]);
    }
  }

  /** Its difference on the map, and the impact report kept with it (GET /api/v1/grid-revisions/{id}). */
  async function showRevision(revision) {
    const change = changeOf(revision, code);
    drawDifference(change?.before, change?.after,
      [t('gridEditor.beforeRevision', { id: revision.id }), t('gridEditor.afterRevision', { id: revision.id })]);
    const shown = el('div', { class: 'history-impact', dataset: { revision: String(revision.id) } },
      t('gridEditor.impactLoading'));
    diff.append(shown);
    try {
      shown.replaceChildren(impactView(await getJson(`/api/v1/grid-revisions/${revision.id}`)));
    } catch (error) {
      shown.replaceChildren(t('gridEditor.impactUnavailable', { detail: error?.detail || error?.message || String(error) }));
    }
  }

  function render() {
    empty.hidden = revisions.length > 0 || !code;
    empty.textContent = code ? t('gridEditor.noHistory') : t('gridEditor.historyHint');
    document.getElementById('history-code').textContent = code || '';
    list.replaceChildren(...[...revisions].reverse().map((revision) => {
      const change = changeOf(revision, code);
      return el('li', { class: 'history-item', dataset: { id: String(revision.id), kind: change?.kind || '' } },
        el('label', { class: 'history-pick', title: t('gridEditor.compareTitle') },
          el('input', { type: 'checkbox', checked: compared.includes(revision.id), onchange: (event) => {
            compared = event.target.checked ? [...compared, revision.id].slice(-2)
              : compared.filter((id) => id !== revision.id);
            render();
            compare();
          } })),
        el('div', { class: 'history-main' },
          el('div', { class: 'history-head' }, el('strong', {}, `#${revision.id}`),
            el('span', { class: 'history-kind' }, change ? t(`gridEditor.change.${change.kind}`) : ''),
            revision.reverted_revision ? el('span', { class: 'history-revert' },
              t('gridEditor.reverts', { id: revision.reverted_revision })) : null),
          el('div', { class: 'history-meta' }, `${revision.author} · ${new Date(revision.time).toLocaleString(getLang())}`),
          el('div', { class: 'history-comment' }, revision.comment || '—')),
        el('div', { class: 'history-actions' },
          el('button', { type: 'button', class: 'pill-button history-show', onclick: () => showRevision(revision) },
            t('gridEditor.showRevision')),
          el('button', { type: 'button', class: 'pill-button history-rollback', onclick: () => askRollback(revision) },
            t('gridEditor.rollback'))));
    }));
    section.dataset.count = String(revisions.length);
  }

  async function load(nextCode) {
    code = nextCode;
    compared = [];
    source.clear();
    diff.hidden = true;
    revisions = [];
    render();
    if (!code) {
      return;
    }
    section.dataset.state = 'loading';
    try {
      const history = await getJson(`/api/v1/grid-history/${encodeURIComponent(code)}`);
      if (history.code === code) {
        revisions = history.revisions || [];
      }
    } catch (error) {
      if (error?.status !== 404) {
        reportError(error); // 404: a unit drawn here and not saved yet has no history
      }
    }
    if (nextCode === code) {
      render();
      section.dataset.state = 'loaded';
    }
  }

  function askRollback(revision) {
    if (hasPendingChanges()) {
      showToast(t('gridEditor.rollbackNeedsClean'));
      return;
    }
    rollbackId = revision.id;
    document.getElementById('rollback-text').textContent = t('gridEditor.rollbackConfirm',
      { id: revision.id, author: revision.author, comment: revision.comment || '—' });
    rollbackComment.value = t('gridEditor.rollbackComment', { id: revision.id });
    rollbackDialog.showModal();
  }

  async function rollback(event) {
    event.preventDefault();
    const button = document.getElementById('rollback-confirm');
    button.disabled = true;
    try {
      const revision = await sendJson('POST', `/api/v1/grid-revisions/${rollbackId}/rollback`,
        { comment: rollbackComment.value.trim() || null });
      rollbackDialog.close();
      document.body.dataset.lastRevision = String(revision.id);
      showToast(t('gridEditor.rolledBack', { id: rollbackId, revision: revision.id }), 'info');
      onRolledBack(revision);
      await load(code);
    } catch (failure) {
      rollbackDialog.close();
      if (!showRefusal(failure, 'gridEditor.rollbackRefusedTitle')) {
        reportError(failure);
      }
    } finally {
      button.disabled = false;
    }
  }

  rollbackDialog.querySelector('form').addEventListener('submit', rollback);
  rollbackDialog.querySelectorAll('[data-close]').forEach((button) => button.addEventListener('click', () => rollbackDialog.close()));
  onLangChange(render);
  render();
  return { load, reload: () => load(code), code: () => code };
}
