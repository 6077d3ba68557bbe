// Patrol units and checkpoints in the info panel. A unit: team, status, masked phone, last report,
// speed, battery, and its recent track drawn on the map. A checkpoint: level, shape, who is rostered
// and who is present, today's shifts, links to pass entry and statistics.

import { t, formatNumber } from './i18n.js';
import { el } from './dom.js';
import { formatTime, formatAge, toMillis } from './video-api.js';
import {
  isUnstaffed, STATUS_COLOURS, unitStatus, enumName, loadUnit, loadTrack, loadShifts, shanghaiDay, shanghaiDayStart,
  formatShiftTime,
} from './tracking-api.js';

const DAY_MS = 24 * 3600 * 1000;

function row(key, id, value) {
  return [el('dt', {}, t(key)), el('dd', { id }, value ?? t('info.none'))];
}

function numberOr(value, format) {
  return typeof value === 'number' && Number.isFinite(value) ? format(value) : t('info.none');
}

function statusLine(status) {
  const key = unitStatus(status);
  return [el('span', { class: 'state-dot', style: `background:${STATUS_COLOURS[key]}` }), enumName('unit.status', key)];
}

/** units: the unit layer (live properties, track drawing, selection). */
export function createUnitPanel(info, { units }) {
  function show(code) {
    let detail; // GET /units/{code}: undefined until answered, null when it failed
    let trackPoints; // undefined until the track arrived
    let shown = null; // the element render() returned last
    let disposed = false;
    let trackRequest = null;

    const content = () => {
      const live = units.get(code) || {};
      return el('div', { class: 'unit-view', dataset: { track: String(trackPoints ?? '') } },
        el('div', { class: 'unit-head' },
          el('span', { class: 'level-badge unit-badge' }, enumName('unit.kind', live.kind || detail?.kind)),
          el('h3', { id: 'unit-name' }, detail?.name || live.name || code),
          el('div', { class: 'unit-code' }, `${t('info.code')} ${code}`)),
        el('dl', { class: 'facts', id: 'unit-facts' },
          row('unit.team', 'unit-team', detail?.team || live.team),
          row('unit.status', 'unit-status', statusLine(live.status || detail?.status)),
          row('unit.phone', 'unit-phone', detail?.phone),
          row('unit.lastReport', 'unit-last-report', live.time
            ? [formatTime(live.time), el('span', { class: 'unit-age' }, ` · ${formatAge(Date.now() - toMillis(live.time))}`)]
            : null),
          row('unit.speed', 'unit-speed', numberOr(live.speedKmh, (v) => t('unit.kmh', { value: formatNumber(v, 1) }))),
          row('unit.battery', 'unit-battery', numberOr(live.batteryPercent, (v) => `${formatNumber(v)}%`)),
          row('unit.track', 'unit-track',
            trackPoints === undefined ? t('info.loading') : t('unit.trackPoints', { count: trackPoints }))));
    };
    /** Rebuilds the shown content in place (showView again would dispose this view). */
    const repaint = () => {
      if (!disposed && shown?.isConnected) {
        const next = content();
        shown.replaceWith(next);
        shown = next;
      }
    };
    const fetchTrack = () => {
      trackRequest?.abort();
      trackRequest = new AbortController();
      loadTrack(code, { signal: trackRequest.signal }).then((track) => {
        if (!disposed) {
          trackPoints = units.showTrack(track);
          repaint();
        }
      }, () => { /* no track (yet): the panel still shows the unit */ });
    };

    const view = {
      kind: 'patrol-unit',
      code,
      titleKey: 'unit.title',
      render() {
        shown = content();
        return [shown];
      },
      /** New live positions: facts and track follow the unit. */
      refresh() {
        repaint();
        fetchTrack();
      },
      dispose() {
        disposed = true;
        trackRequest?.abort();
        units.select(null);
      },
    };
    info.showView(view);
    units.select(code);
    fetchTrack();
    loadUnit(code).then((answer) => { detail = answer; }, () => { detail = null; }).finally(repaint);
  }

  return { show };
}

/** checkpoints: the checkpoint layer; unitName(code) names rostered units. */
export function createCheckpointPanel(info, { checkpoints, unitName }) {
  function show(code) {
    let shifts; // today's, undefined until answered, null when that failed
    let disposed = false;

    const unitList = (codes) => (codes && codes.length > 0
      ? codes.map((unit) => unitName(unit) || unit).join('、') : t('info.none'));
    const shiftItems = () => {
      if (shifts === undefined) {
        return el('p', { class: 'info-message' }, t('info.loading'));
      }
      if (!shifts || shifts.length === 0) {
        return el('p', { class: 'info-message', id: 'checkpoint-no-shifts' }, t('checkpoint.noShifts'));
      }
      const present = new Set(checkpoints.get(code)?.staffing?.present || []);
      return el('ul', { class: 'shift-list', id: 'checkpoint-shifts' }, shifts.map((shift) => el('li', {
        dataset: { unit: shift.unitCode, present: String(present.has(shift.unitCode)) },
      }, el('span', { class: 'shift-time' }, `${formatShiftTime(shift.start)}–${formatShiftTime(shift.end)}`),
      el('span', { class: 'shift-unit' }, unitName(shift.unitCode) || shift.unitCode))));
    };

    let shown = null;
    const content = () => {
      const checkpoint = checkpoints.get(code) || { code };
      const staffing = checkpoint.staffing || {};
      const unstaffed = isUnstaffed(checkpoint);
      const size = checkpoint.sizeMetres > 0 ? t('checkpoint.metres', { value: formatNumber(checkpoint.sizeMetres) }) : '';
      return el('div', { class: 'checkpoint-view' },
        el('div', { class: 'unit-head' },
          el('span', { class: 'level-badge checkpoint-badge' }, enumName('checkpoint.level', checkpoint.level)),
          el('h3', { id: 'checkpoint-name' }, checkpoint.name || code),
          el('div', { class: 'unit-code' }, `${t('info.code')} ${code}`)),
        el('p', { id: 'checkpoint-staffing', class: unstaffed ? 'staffing unstaffed' : 'staffing', dataset: { staffed: String(!unstaffed) } },
          unstaffed ? t('checkpoint.unstaffed') : t('checkpoint.staffed')),
        el('dl', { class: 'facts', id: 'checkpoint-facts' },
          row('checkpoint.level', 'checkpoint-level', enumName('checkpoint.level', checkpoint.level)),
          row('checkpoint.shape', 'checkpoint-shape', [enumName('checkpoint.shape', checkpoint.shape), size ? ` · ${size}` : '']),
          row('checkpoint.grid', 'checkpoint-grid', checkpoint.gridCode),
          row('checkpoint.rostered', 'checkpoint-rostered', unitList(staffing.rostered)),
          row('checkpoint.present', 'checkpoint-present', unitList(staffing.present))),
        el('h4', {}, t('checkpoint.shiftsToday')),
        shiftItems(),
        el('div', { class: 'camera-links' },
          el('a', { id: 'checkpoint-passes-link', class: 'pill-link', href: `passes.html?checkpoint=${encodeURIComponent(code)}` },
            t('checkpoint.enterPasses')),
          el('a', { id: 'checkpoint-stats-link', class: 'pill-link', href: 'checkpoints.html' }, t('nav.checkpoints'))));
    };
    const repaint = () => {
      if (!disposed && shown?.isConnected) {
        const next = content();
        shown.replaceWith(next);
        shown = next;
      }
    };

    const view = {
      kind: 'checkpoint',
      code,
      titleKey: 'checkpoint.title',
      render() {
        shown = content();
        return [shown];
      },
      /** New staffing from the checkpoint poll. */
      refresh: repaint,
      dispose() {
        disposed = true;
      },
    };
    info.showView(view);
    const start = shanghaiDayStart(shanghaiDay());
    loadShifts(code, start, new Date(start.getTime() + DAY_MS))
      .then((answer) => { shifts = answer; }, () => { shifts = null; })
      .finally(repaint);
  }

  return { show };
}
