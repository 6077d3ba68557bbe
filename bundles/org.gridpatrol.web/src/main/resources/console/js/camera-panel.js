// A camera in the info panel: health, rates, last count, a thumbnail refreshed every 2 s, links to
// the live view and the video wall, for admins the zone editor and calibration, and for a drone its
// latest pose (altitude, heading, gimbal pitch, age), fetched with the thumbnail.

import { t, formatNumber } from './i18n.js';
import { el } from './dom.js';
import {
  STATE_COLOURS, cameraState, stateName, frameUrl, liveUrl, formatTime, formatFps, loadDrone, telemetryAgeMs, formatAge,
  loadZoneCounts,
} from './video-api.js';
import { countCharts } from './count-chart.js';

const THUMBNAIL_MS = 2000;
const COUNTS_MS = 60000;
const COUNT_HOURS = 2;

/** Swaps the image only once the next frame has loaded, so the thumbnail never flashes empty. */
function refreshImage(image, url, onResult) {
  const next = new Image();
  next.onload = () => {
    image.src = url;
    onResult(true);
  };
  next.onerror = () => onResult(false);
  next.src = url;
}

const STALE_TELEMETRY_MS = 30000;

function isDrone(camera) {
  return camera?.type === 'DRONE';
}

function formatDegrees(value) {
  return Number.isFinite(value) ? t('drone.degrees', { value: formatNumber(value, 1) }) : t('info.none');
}

/**
 * The drone's pose facts; drone undefined: not fetched yet, null: no telemetry yet (404),
 * failed: the last fetch failed.
 */
function droneFacts(drone, failed) {
  const row = (key, id, value) => [el('dt', {}, t(key)), el('dd', { id }, value)];
  const pose = drone?.telemetry;
  if (!pose) {
    let text = t('info.loading');
    if (failed) {
      text = t('drone.unavailable');
    } else if (drone === null) {
      text = t('drone.noTelemetry');
    }
    return el('dl', { class: 'facts drone-facts', id: 'drone-facts', dataset: { telemetry: drone === null ? 'none' : 'pending' } },
      row('drone.telemetry', 'drone-age', text));
  }
  const age = telemetryAgeMs(drone);
  const at = drone.receivedAt ?? pose.time;
  return el('dl', { class: 'facts drone-facts', id: 'drone-facts', dataset: { telemetry: 'present' } },
    row('drone.telemetry', 'drone-age', el('span', {
      class: age > STALE_TELEMETRY_MS ? 'drone-age stale' : 'drone-age', title: formatTime(at),
    }, formatAge(age))),
    row('drone.altitude', 'drone-altitude', Number.isFinite(pose.altitudeAboveGroundMetres)
      ? t('drone.metres', { value: formatNumber(pose.altitudeAboveGroundMetres, 1) }) : t('info.none')),
    row('drone.heading', 'drone-heading', formatDegrees(pose.headingDeg)),
    row('drone.pitch', 'drone-pitch', formatDegrees(pose.gimbalPitchDeg)));
}

/** cameras.get(code) gives the latest camera; isAdmin() whether to offer the editors. */
export function createCameraPanel(info, { cameras, isAdmin, zoneEditor, calibration }) {
  function facts(camera) {
    const state = cameraState(camera);
    const health = camera.health || {};
    const row = (key, id, value) => [el('dt', {}, t(key)), el('dd', { id }, value)];
    return el('dl', { class: 'facts', id: 'camera-facts' },
      row('camera.state', 'camera-state', [
        el('span', { class: 'state-dot', style: `background:${STATE_COLOURS[state]}` }),
        stateName(state),
        health.reason ? el('span', { class: 'camera-reason' }, health.reason) : null]),
      row('camera.fps', 'camera-fps', t('camera.fpsValue', { decode: formatFps(health.decodeFps), analysis: formatFps(health.analysisFps) })),
      row('camera.lastCount', 'camera-count', typeof health.lastCount === 'number' ? formatNumber(health.lastCount) : t('info.none')),
      row('camera.lastFrame', 'camera-last-frame', formatTime(health.lastFrameAt)),
      row('camera.grid', 'camera-grid', camera.gridCode || t('info.none')),
      row('camera.zones', 'camera-zones', formatNumber((camera.zones || []).length)),
      row('camera.calibration', 'camera-calibrated',
        (camera.calibration || []).length > 0 ? t('camera.calibrated', { count: camera.calibration.length }) : t('camera.notCalibrated')));
  }

  function show(code) {
    let timer = null;
    let factsElement = null;
    let droneElement = null;
    let drone; // undefined until the first answer
    let droneFailed = false;
    let disposed = false;

    const showDrone = () => {
      if (droneElement?.isConnected) {
        const next = droneFacts(drone, droneFailed);
        droneElement.replaceWith(next);
        droneElement = next;
      }
    };
    const fetchDrone = () => {
      if (!isDrone(cameras.get(code))) {
        return;
      }
      loadDrone(code).then((answer) => {
        drone = answer;
        droneFailed = false;
      }, () => {
        droneFailed = true; // shown in the panel, no toast every 2 s
      }).finally(() => {
        if (!disposed) {
          showDrone();
        }
      });
    };
    let countsTimer = null;
    let countsElement = el('section', { id: 'zone-counts', class: 'zone-counts', dataset: { zones: '0' } });
    const fetchCounts = () => {
      loadZoneCounts(code, COUNT_HOURS).then((answer) => {
        if (!disposed && countsElement.isConnected) {
          const next = countCharts(answer, COUNT_HOURS);
          countsElement.replaceWith(next);
          countsElement = next;
        }
      }, () => { /* no history yet, or no rights: the panel works without it */ });
      countsTimer = setTimeout(fetchCounts, COUNTS_MS);
    };
    const thumbnail = el('img', { id: 'camera-thumbnail', class: 'camera-thumbnail', alt: '' });
    const noFrame = el('p', { class: 'camera-no-frame', hidden: true });

    const tick = () => {
      if (document.hidden) {
        timer = setTimeout(tick, THUMBNAIL_MS);
        return;
      }
      refreshImage(thumbnail, frameUrl(code, { overlays: true, cacheKey: Date.now() }), (loaded) => {
        thumbnail.hidden = !loaded;
        noFrame.hidden = loaded;
        noFrame.textContent = t('camera.noFrame');
        thumbnail.dataset.loaded = String(loaded);
      });
      fetchDrone();
      timer = setTimeout(tick, THUMBNAIL_MS);
    };

    const view = {
      kind: 'camera',
      code,
      titleKey: 'camera.title',
      render() {
        const camera = cameras.get(code) || { code };
        factsElement = facts(camera);
        droneElement = isDrone(camera) ? droneFacts(drone, droneFailed) : null;
        const admin = isAdmin();
        return [
          el('div', { class: 'unit-head' },
            el('span', { class: 'level-badge camera-badge' }, t(`camera.type.${camera.type || 'FIXED'}`)),
            el('h3', { id: 'camera-name' }, camera.name || code),
            el('div', { class: 'unit-code' }, `${t('info.code')} ${code}`)),
          el('div', { class: 'camera-frame' }, thumbnail, noFrame),
          el('div', { class: 'camera-links' },
            el('a', { id: 'camera-live-link', class: 'pill-link', href: liveUrl(code), target: '_blank', rel: 'noopener' }, t('camera.live')),
            el('a', { id: 'camera-wall-link', class: 'pill-link', href: `video.html?camera=${encodeURIComponent(code)}` }, t('camera.wall'))),
          admin ? el('div', { class: 'camera-admin' },
            el('button', { type: 'button', id: 'zone-edit-button', class: 'pill-button', onclick: () => zoneEditor.open(cameras.get(code) || camera) }, t('zones.open')),
            el('button', { type: 'button', id: 'calibrate-button', class: 'pill-button', onclick: () => calibration.open(cameras.get(code) || camera) }, t('calibration.open'))) : null,
          droneElement,
          factsElement,
          countsElement,
        ];
      },
      /** New health from the camera poll: only the facts are replaced, the thumbnail stays. */
      refresh() {
        const camera = cameras.get(code);
        if (camera && factsElement?.isConnected) {
          const next = facts(camera);
          factsElement.replaceWith(next);
          factsElement = next;
        }
      },
      dispose() {
        disposed = true;
        clearTimeout(timer);
        clearTimeout(countsTimer);
        thumbnail.removeAttribute('src');
      },
    };
    info.showView(view);
    tick();
    fetchCounts();
  }

  return {
    show,
    /** Called after every camera poll. */
    refresh() {
      info.currentView()?.refresh?.();
    },
  };
}
