// The checkpoint statistics page (checkpoints.html): passes per checkpoint and day by health-code
// colour for a date range, highest red share first, and today's staffing and shifts per checkpoint.

import { reportError, problemText } from './api.js';
import { t, applyTranslations, onLangChange, formatNumber } from './i18n.js';
import { el } from './dom.js';
import { showUser, wireHeader } from './header.js';
import { startPolling } from './poller.js';
import {
  isUnstaffed, enumName, loadPassStats, loadCheckpoints, loadShifts, shanghaiDay, shanghaiDayStart, formatShiftTime,
} from './tracking-api.js';

const ROSTER_POLL_MS = 60000;
const DAY_MS = 24 * 3600 * 1000;
const fromInput = document.getElementById('stats-from');
const toInput = document.getElementById('stats-to');

function redShareOf(row) {
  if (typeof row.redShare === 'number' && Number.isFinite(row.redShare)) {
    return row.redShare;
  }
  return row.passes > 0 ? row.red / row.passes : 0;
}

function percent(share) {
  return `${formatNumber(share * 100, 1)}%`;
}

/** Highest red share first; ties: more red codes, then more passes, then the later day. */
export function sortByRedShare(rows) {
  return [...rows].sort((a, b) => redShareOf(b) - redShareOf(a) || (b.red ?? 0) - (a.red ?? 0)
    || (b.passes ?? 0) - (a.passes ?? 0) || String(b.day).localeCompare(String(a.day)));
}

function shareCell(share) {
  return el('td', { class: 'number share-cell' },
    el('span', { class: 'share-bar', style: `width:${Math.round(Math.min(1, share) * 100)}%` }),
    el('span', { class: 'share-value' }, percent(share)));
}

function createStatsTable() {
  const body = document.getElementById('stats-rows');
  const foot = document.getElementById('stats-total');
  const table = document.getElementById('stats-table');
  let rows = [];

  function render() {
    body.replaceChildren(...rows.map((row) => el('tr', {
      dataset: { checkpoint: row.checkpointCode, day: row.day, red: String(row.red ?? 0) },
      class: (row.red ?? 0) > 0 ? 'has-red' : null,
    },
    el('th', { scope: 'row' }, el('span', { class: 'cell-name' }, row.checkpointName || row.checkpointCode),
      el('span', { class: 'cell-code' }, row.checkpointCode)),
    el('td', {}, row.day),
    ...['passes', 'green', 'yellow', 'red'].map((key) => el('td', { class: `number count-${key}` }, formatNumber(row[key] ?? 0))),
    shareCell(redShareOf(row)))));
    const total = ['passes', 'green', 'yellow', 'red'].reduce((sum, key) => ({
      ...sum, [key]: rows.reduce((acc, row) => acc + (row[key] ?? 0), 0),
    }), {});
    foot.replaceChildren(rows.length === 0 ? '' : el('tr', { id: 'stats-total-row' },
      el('th', { scope: 'row', colspan: '2' }, t('stats.total')),
      ...['passes', 'green', 'yellow', 'red'].map((key) => el('td', { class: 'number' }, formatNumber(total[key]))),
      shareCell(total.passes > 0 ? total.red / total.passes : 0)));
    table.dataset.rows = String(rows.length);
    document.body.dataset.statsRows = String(rows.length);
    document.getElementById('stats-empty').hidden = rows.length > 0;
  }

  onLangChange(render);
  return {
    show(next) {
      rows = sortByRedShare(next);
      render();
    },
  };
}

function createRosterTable() {
  const body = document.getElementById('roster-rows');
  let entries = []; // { checkpoint, shifts (null when they could not be read) }

  function shiftList({ checkpoint, shifts }) {
    if (shifts === null) {
      return t('info.none');
    }
    if (shifts.length === 0) {
      return el('span', { class: 'muted' }, t('checkpoint.noShifts'));
    }
    const present = new Set(checkpoint.staffing?.present || []);
    return el('ul', { class: 'shift-list' }, shifts.map((shift) => el('li', {
      dataset: { unit: shift.unitCode, present: String(present.has(shift.unitCode)) },
    }, el('span', { class: 'shift-time' }, `${formatShiftTime(shift.start)}–${formatShiftTime(shift.end)}`),
    el('span', { class: 'shift-unit' }, shift.unitCode),
    present.has(shift.unitCode) ? el('span', { class: 'present-mark' }, t('roster.present')) : null)));
  }

  function render() {
    body.replaceChildren(...entries.map((entry) => {
      const { checkpoint } = entry;
      const unstaffed = isUnstaffed(checkpoint);
      return el('tr', { dataset: { checkpoint: checkpoint.code, staffed: String(!unstaffed) }, class: unstaffed ? 'unstaffed' : null },
        el('th', { scope: 'row' }, el('span', { class: 'cell-name' }, checkpoint.name || checkpoint.code),
          el('span', { class: 'cell-code' }, checkpoint.code)),
        el('td', {}, enumName('checkpoint.level', checkpoint.level)),
        el('td', {}, el('span', { class: unstaffed ? 'staffing unstaffed' : 'staffing' },
          unstaffed ? t('checkpoint.unstaffed') : t('checkpoint.staffed'))),
        el('td', {}, shiftList(entry)),
        el('td', {}, el('a', { class: 'pill-link', href: `./?checkpoint=${encodeURIComponent(checkpoint.code)}` }, t('roster.showOnMap'))));
    }));
    document.getElementById('roster-empty').hidden = entries.length > 0;
    document.body.dataset.checkpointCount = String(entries.length);
  }

  async function load() {
    const collection = await loadCheckpoints();
    const checkpoints = (collection.features || [])
      .map((feature) => ({ ...feature.properties, code: String(feature.id ?? feature.properties?.code ?? '') }))
      .filter((checkpoint) => checkpoint.code)
      .sort((a, b) => Number(isUnstaffed(b)) - Number(isUnstaffed(a)) || a.code.localeCompare(b.code));
    const start = shanghaiDayStart(shanghaiDay());
    const end = new Date(start.getTime() + DAY_MS);
    entries = await Promise.all(checkpoints.map((checkpoint) => loadShifts(checkpoint.code, start, end)
      .then((shifts) => ({ checkpoint, shifts }), () => ({ checkpoint, shifts: null }))));
    render();
  }

  onLangChange(render);
  return { load };
}

function readRange() {
  const params = new URLSearchParams(window.location.search);
  const today = shanghaiDay();
  fromInput.value = params.get('from') || today;
  toInput.value = params.get('to') || today;
}

async function start() {
  applyTranslations();
  wireHeader();
  showUser();
  readRange();
  const stats = createStatsTable();
  const errorBox = document.getElementById('stats-error');

  async function showStats() {
    errorBox.hidden = true;
    const from = fromInput.value;
    const to = toInput.value;
    if (!from || !to || from > to) {
      errorBox.textContent = t('stats.badRange');
      errorBox.hidden = false;
      return;
    }
    window.history.replaceState(null, '', `?${new URLSearchParams({ from, to })}`);
    try {
      stats.show(await loadPassStats({ from, to }));
    } catch (error) {
      if (error.status !== 401) {
        errorBox.textContent = problemText(error);
        errorBox.hidden = false;
      }
    }
  }

  document.getElementById('stats-form').addEventListener('submit', (event) => {
    event.preventDefault();
    showStats();
  });
  await showStats();
  startPolling(createRosterTable().load, ROSTER_POLL_MS, reportError);
  document.body.dataset.ready = 'true';
}

start();
