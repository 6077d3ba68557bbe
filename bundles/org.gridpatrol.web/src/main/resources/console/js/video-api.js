// Video URLs, camera and alert helpers shared by the map page, the video wall and the editors.

import { getJson, sendJson } from './api.js';
import { t, getLang } from './i18n.js';

/** Icon colours per health state; UNKNOWN: no health reported (yet). */
export const STATE_COLOURS = {
  ONLINE: '#16a34a',
  CONNECTING: '#f59e0b',
  OFFLINE: '#6b7280',
  UNHEALTHY: '#dc2626',
  DISABLED: '#cbd5e1',
  UNKNOWN: '#94a3b8',
};

/** Fields the server adds on GET and computes itself; a PUT sends the camera record without them. */
const SERVER_ONLY_FIELDS = ['health', 'footprint'];

export function cameraState(camera) {
  const state = camera?.health?.state;
  if (state in STATE_COLOURS) {
    return state;
  }
  return camera?.enabled === false ? 'DISABLED' : 'UNKNOWN';
}

export function stateName(state) {
  return t(`camera.state.${state}`);
}

/** The latest analysed frame; cacheKey defeats the browser cache when polling. */
export function frameUrl(code, { overlays = false, cacheKey } = {}) {
  const query = new URLSearchParams();
  if (overlays) {
    query.set('overlays', 'true');
  }
  if (cacheKey !== undefined) {
    query.set('t', String(cacheKey));
  }
  const suffix = query.toString();
  return `/api/v1/camera-frames/${encodeURIComponent(code)}.jpg${suffix ? `?${suffix}` : ''}`;
}

export function liveUrl(code) {
  return `/video/live/${encodeURIComponent(code)}.mjpeg`;
}

export function snapshotUrl(alertId) {
  return `/api/v1/video/alerts/${encodeURIComponent(alertId)}/snapshot.jpg`;
}

/** Per-zone people counts of one camera over the last {@code hours}, in one-minute buckets. */
export function loadZoneCounts(code, hours) {
  const from = new Date(Date.now() - hours * 3600 * 1000).toISOString();
  return getJson(`/api/v1/video/counts?camera=${encodeURIComponent(code)}&from=${encodeURIComponent(from)}`);
}

export function loadCameras() {
  return getJson('/api/v1/cameras');
}

/** Every drone's latest pose and ground footprint. */
export function dronesUrl() {
  return '/api/v1/drones';
}

/** One drone's latest pose; 404 until the drone has sent telemetry. */
export function droneUrl(code) {
  return `/api/v1/drones/${encodeURIComponent(code)}`;
}

/** Drones with a pose; an empty list when there are none or the endpoint is not installed (404). */
export async function loadDrones() {
  try {
    const list = await getJson(dronesUrl());
    return Array.isArray(list) ? list : [];
  } catch (error) {
    if (error.status === 404) {
      return [];
    }
    throw error;
  }
}

/** The drone's latest pose, or null when it has sent none yet (404). */
export async function loadDrone(code) {
  try {
    return await getJson(droneUrl(code));
  } catch (error) {
    if (error.status === 404) {
      return null;
    }
    throw error;
  }
}

/** Milliseconds since the drone's pose arrived (server receipt, else the drone's own clock); NaN when unknown. */
export function telemetryAgeMs(drone, now = Date.now()) {
  const at = toMillis(drone?.receivedAt ?? drone?.telemetry?.time);
  return Number.isFinite(at) ? Math.max(0, now - at) : NaN;
}

/** "3 s ago", "2 min ago", "1 h ago" in the page language. */
export function formatAge(ms) {
  if (!Number.isFinite(ms)) {
    return t('info.none');
  }
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) {
    return t('drone.age.seconds', { count: seconds });
  }
  if (seconds < 3600) {
    return t('drone.age.minutes', { count: Math.floor(seconds / 60) });
  }
  return t('drone.age.hours', { count: Math.floor(seconds / 3600) });
}

export function loadAlerts(limit = 50) {
  return getJson(`/api/v1/video/alerts?limit=${limit}`);
}

export function acknowledgeAlert(id) {
  return sendJson('POST', `/api/v1/video/alerts/${encodeURIComponent(id)}/ack`);
}

/**
 * Reads the camera afresh, applies change(camera) and PUTs the whole record back, so that fields
 * this page does not know about survive.
 */
export async function updateCamera(code, change) {
  const url = `/api/v1/cameras/${encodeURIComponent(code)}`;
  const camera = await getJson(url);
  SERVER_ONLY_FIELDS.forEach((field) => delete camera[field]);
  return sendJson('PUT', url, change(camera));
}

export function isActive(alert) {
  return !alert.endedAt;
}

/** Active and nobody has acknowledged it: the patrol team still has to look. */
export function needsAttention(alert) {
  return isActive(alert) && !alert.acknowledgedBy;
}

/**
 * [lon, lat] only when both are JSON numbers (the server writes an unknown position as NaN, which
 * arrives as "NaN" or null): decides whether the alert list offers "Locate".
 */
export function alertNumericLonLat(alert) {
  const { lon, lat } = alert;
  return typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat)
    ? [lon, lat] : null;
}

/** [lon, lat] when the alert has a map position (the server writes NaN as null or "NaN"). */
export function alertLonLat(alert) {
  const lon = Number(alert.lon);
  const lat = Number(alert.lat);
  return alert.lon !== null && alert.lat !== null && Number.isFinite(lon) && Number.isFinite(lat)
    ? [lon, lat] : null;
}

export function kindName(kind) {
  return t(`alert.kind.${String(kind).toUpperCase()}`);
}

/**
 * Milliseconds since the epoch for an ISO-8601 string or a number of seconds (Jackson's default for
 * Instant when dates are written as timestamps); NaN when unreadable.
 */
export function toMillis(value) {
  if (typeof value === 'number') {
    return value * 1000;
  }
  return value ? Date.parse(value) : NaN;
}

/** Time of day for today, otherwise date and time, in the page language. */
export function formatTime(value) {
  if (value === null || value === undefined || value === '') {
    return t('info.none');
  }
  const time = new Date(toMillis(value));
  if (Number.isNaN(time.getTime())) {
    return String(value);
  }
  const today = new Date().toDateString() === time.toDateString();
  return new Intl.DateTimeFormat(getLang(), today
    ? { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }
    : { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(time);
}

export function formatFps(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(1) : t('info.none');
}
