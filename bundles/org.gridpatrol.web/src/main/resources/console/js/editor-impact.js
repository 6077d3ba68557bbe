// The impact report of a grid edit (what it moves between units: cameras, checkpoints, patrollers' home
// grids), as the dry run answers it before saving and as the revision keeps it afterwards.

import { t } from './i18n.js';
import { el } from './dom.js';

function kindName(kind) {
  const key = `gridEditor.impactKind.${kind}`;
  const name = t(key);
  return name === key ? kind : name;
}

/** report: {impact: [...], impactFailedSources: [...]} or {impact: null} for a revision saved without one. */
export function impactView(report) {
  const items = report?.impact;
  if (!Array.isArray(items)) {
    return el('p', { class: 'impact-none' }, t('gridEditor.impactNotKept'));
  }
  const failed = report.impactFailedSources || [];
  return el('div', { class: 'impact-report', dataset: { count: String(items.length) } },
    el('p', { class: 'impact-title' }, items.length === 0 ? t('gridEditor.impactEmpty')
      : t('gridEditor.impactTitle', { count: items.length })),
    items.length === 0 ? null : el('ul', { class: 'impact-list' }, items.map((item) => el('li', {
      class: item.needsReassignment ? 'impact-item impact-reassign' : 'impact-item',
      dataset: { kind: item.kind, id: item.id },
    },
    el('span', { class: 'impact-kind' }, kindName(item.kind)),
    ` ${item.name || item.id} · ${item.gridBefore || t('gridEditor.impactOutside')} → `
      + `${item.gridAfter || t('gridEditor.impactOutside')}`,
    item.needsReassignment ? el('strong', { class: 'impact-flag' }, ` ${t('gridEditor.impactReassign')}`) : null))),
    failed.length === 0 ? null : el('p', { class: 'impact-failed' },
      t('gridEditor.impactFailed', { kinds: failed.map(kindName).join(', ') })));
}
