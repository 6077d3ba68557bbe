// URLs and helpers of the tracking and checkpoint APIs (patrol units, live positions, tracks, checkpoints,
// shifts, passes), shared by the map page, the pass entry page and the checkpoint statistics page.

import { getJson, sendJson, sendBody } from './api.js';
import { t, getLang } from './i18n.js';

/** Patrol units; one constant, so a change of the path is one edit. */
const UNITS = '/api/v1/patrol-units';
const CHECKPOINTS = '/api/v1/checkpoints';
const PASSES = '/api/v1/passes';
const GEOJSON = 'application/geo+json, application/json;q=0.9';

/** Marker colours per duty status; unknown statuses are drawn like OFF_DUTY. */
export const STATUS_COLOURS = {
  OFF_DUTY: '#9ca3af',
  AVAILABLE: '#16a34a',
  BUSY: '#ea580c',
};

export const HEALTH_COLOURS = { GREEN: '#16a34a', YELLOW: '#eab308', RED: '#dc2626' };

export const UNIT_KINDS = ['PATROLLER', 'VEHICLE', 'DRONE'];

/** The status as a known key of STATUS_COLOURS. */
export function unitStatus(status) {
  const key = String(status ?? '').toUpperCase();
  return key in STATUS_COLOURS ? key : 'OFF_DUTY';
}

export function unitKind(kind) {
  const key = String(kind ?? '').toUpperCase();
  return UNIT_KINDS.includes(key) ? key : 'PATROLLER';
}

/** Text for an enum value under a prefix ("unit.status.BUSY"), the raw value when the key is unknown. */
export function enumName(prefix, value) {
  const key = `${prefix}.${String(value ?? '').toUpperCase()}`;
  const text = t(key);
  return text === key ? String(value ?? t('info.none')) : text;
}

/** A checkpoint counts as unstaffed only when the server says so; missing staffing is not an alarm. */
export function isUnstaffed(checkpoint) {
  return checkpoint?.staffing?.staffed === false;
}

/** GeoJSON FeatureCollection of units with a position newer than `minutes`. */
export function loadLiveUnits(minutes = 15) {
  return getJson(`${UNITS}/live?minutes=${minutes}`, { accept: GEOJSON });
}

/** One unit (phone masked for callers without admin or dispatcher). */
export function loadUnit(code, { signal } = {}) {
  return getJson(`${UNITS}/${encodeURIComponent(code)}`, { signal });
}

/** The unit's recent track: a Feature with a LineString (Point for one position, null for none). */
export function loadTrack(code, { signal } = {}) {
  return getJson(`${UNITS}/${encodeURIComponent(code)}/track`, { accept: GEOJSON, signal });
}

/** GeoJSON FeatureCollection of checkpoints with their fences and staffing. */
export function loadCheckpoints() {
  return getJson(CHECKPOINTS, { accept: GEOJSON });
}

/** The shifts of one checkpoint overlapping [from, to) (Date or ISO strings). */
export function loadShifts(code, from, to) {
  const query = new URLSearchParams({ from: isoOf(from), to: isoOf(to) });
  return getJson(`${CHECKPOINTS}/${encodeURIComponent(code)}/shifts?${query}`).then((answer) => answer.shifts || []);
}

/** Newest passes first. */
export function loadPasses({ checkpoint, limit = 10 } = {}) {
  const query = new URLSearchParams({ limit: String(limit) });
  if (checkpoint) {
    query.set('checkpoint', checkpoint);
  }
  return getJson(`${PASSES}?${query}`).then((answer) => answer.passes || []);
}

/** Per checkpoint and day (YYYY-MM-DD, Asia/Shanghai). */
export function loadPassStats({ from, to, checkpoint } = {}) {
  const query = new URLSearchParams();
  Object.entries({ from, to, checkpoint }).forEach(([name, value]) => {
    if (value) {
      query.set(name, value);
    }
  });
  return getJson(`${PASSES}/stats?${query}`).then((answer) => answer.stats || []);
}

/** Stores passes all-or-nothing; resolves to the stored passes with their ids. */
export function savePasses(passes) {
  return sendJson('POST', PASSES, { passes }).then((answer) => answer?.passes || []);
}

/** Uploads a CSV of passes; resolves to {accepted, rejected:[{line, field, reason}]}. */
export async function importPassesCsv(text) {
  const body = await sendBody('POST', `${PASSES}/import`, text, 'text/csv; charset=utf-8');
  return { accepted: body?.accepted ?? 0, rejected: body?.rejected || [] };
}

function isoOf(value) {
  return value instanceof Date ? value.toISOString() : String(value);
}

const SHANGHAI = 'Asia/Shanghai';

/** The calendar day (YYYY-MM-DD) in Asia/Shanghai of a Date, which is how the server counts days. */
export function shanghaiDay(date = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SHANGHAI, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date);
}

/** The instant a Shanghai day (YYYY-MM-DD) begins; China keeps +08:00 all year. */
export function shanghaiDayStart(day) {
  return new Date(`${day}T00:00:00+08:00`);
}

/** "08:00" for today, "11-23 08:00" otherwise: shift starts and ends need no seconds. */
export function formatShiftTime(value) {
  const time = new Date(value);
  if (!value || Number.isNaN(time.getTime())) {
    return t('info.none');
  }
  const today = new Date().toDateString() === time.toDateString();
  return new Intl.DateTimeFormat(getLang(), today
    ? { hour: '2-digit', minute: '2-digit', hour12: false }
    : { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(time);
}

/** The last path segment of a problem's field ("passes[0].subject" -> "subject"). */
export function fieldName(field) {
  const text = String(field ?? '');
  return text.replace(/\[\d+\]/g, '').split('.').pop();
}

