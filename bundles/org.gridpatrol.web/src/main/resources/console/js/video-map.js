/* global ol */
// The video parts of the map page: camera and alert layers polled every 5 s, drone footprints every
// 2 s while the cameras are shown, the alert list in the side panel, the camera panel, and the
// admin's zone editor and calibration dialogs.

import { reportError } from './api.js';
import { createCameraLayer } from './camera-layer.js';
import { createAlertLayer } from './alert-layer.js';
import { createDroneLayer } from './drone-layer.js';
import { createAlertList } from './alert-list.js';
import { createCameraPanel } from './camera-panel.js';
import { createZoneEditor } from './zone-editor.js';
import { createCalibration } from './calibration.js';
import { startPolling } from './poller.js';
import { loadCameras, loadAlerts, loadDrones, alertLonLat, needsAttention } from './video-api.js';

const POLL_MS = 5000;
const DRONE_POLL_MS = 2000;
const ALERT_ZOOM = 17;

/** [lon, lat] from ?lon=&lat= (the video wall's "Locate"), or null. */
function requestedLonLat() {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('lon') || !params.has('lat')) {
    return null;
  }
  const lonLat = [Number(params.get('lon')), Number(params.get('lat'))];
  return lonLat.every(Number.isFinite) && Math.abs(lonLat[0]) <= 180 && Math.abs(lonLat[1]) <= 90 ? lonLat : null;
}

/** user: a promise of { roles }; config: /api/v1/config (for the calibration map's base map). */
export function createVideoMap(map, info, { user, config }) {
  const mapElement = map.getTargetElement();
  const cameras = createCameraLayer(map);
  const alerts = createAlertLayer(map);
  const drones = createDroneLayer(map, { cameraName: (code) => cameras.get(code)?.name });
  map.addLayer(cameras.layer);
  map.addLayer(drones.layer);
  map.addLayer(alerts.layer);
  let roles = [];
  let alertById = new Map();
  let cameraPoll = null;

  const refreshCameras = () => cameraPoll?.now();
  const zoneEditor = createZoneEditor({ onSaved: refreshCameras });
  const calibration = createCalibration({ config, onSaved: refreshCameras });
  const panel = createCameraPanel(info, {
    cameras, isAdmin: () => roles.includes('admin'), zoneEditor, calibration,
  });

  function showCamera(code) {
    cameras.select(code);
    panel.show(code);
  }

  function zoomToAlert(alert) {
    const lonLat = alertLonLat(alert) || (cameras.get(alert.cameraCode)
      ? [cameras.get(alert.cameraCode).lon, cameras.get(alert.cameraCode).lat] : null);
    if (lonLat) {
      const view = map.getView();
      view.animate({ center: ol.proj.fromLonLat(lonLat, view.getProjection()),
        zoom: Math.max(view.getZoom(), ALERT_ZOOM), duration: 400 });
    }
    if (alert.cameraCode) {
      showCamera(alert.cameraCode);
    }
    document.body.classList.remove('panel-open'); // on phones, uncover the map
  }

  /** Centres the map on the alert's position without opening its camera. */
  function locateAlert(alert, lonLat) {
    const view = map.getView();
    view.animate({ center: ol.proj.fromLonLat(lonLat, view.getProjection()),
      zoom: Math.max(view.getZoom(), ALERT_ZOOM), duration: 400 });
    mapElement.dataset.locatedAlert = alert.id;
    document.body.classList.remove('panel-open');
  }

  const alertList = createAlertList(document.getElementById('alert-list'), document.getElementById('alert-empty'), {
    cameraName: (code) => cameras.get(code)?.name || code || '',
    onChoose: zoomToAlert,
    onAcknowledged: () => alertPoll.now(),
    onLocate: locateAlert,
  });

  const located = requestedLonLat();
  if (located) {
    map.getView().setCenter(ol.proj.fromLonLat(located, map.getView().getProjection()));
    map.getView().setZoom(Math.max(map.getView().getZoom(), ALERT_ZOOM));
  }

  // video.html links here with ?camera=CODE: centre on it and open its panel once it is loaded.
  let requested = new URLSearchParams(window.location.search).get('camera');
  cameraPoll = startPolling(async () => {
    const list = await loadCameras();
    cameras.update(list);
    mapElement.dataset.loadedCameras = String(list.length);
    panel.refresh();
    alertList.render(); // camera names may have arrived after the alerts
    const camera = requested && cameras.get(requested);
    if (camera) {
      map.getView().setCenter(ol.proj.fromLonLat([camera.lon, camera.lat], map.getView().getProjection()));
      map.getView().setZoom(Math.max(map.getView().getZoom(), ALERT_ZOOM));
      showCamera(camera.code);
    }
    requested = null;
  }, POLL_MS, reportError);

  const alertPoll = startPolling(async () => {
    const list = await loadAlerts();
    alertById = new Map(list.map((alert) => [alert.id, alert]));
    mapElement.dataset.loadedAlerts = String(alerts.update(list));
    alertList.update(list);
    const attention = list.filter(needsAttention).length;
    const badge = document.getElementById('alert-badge');
    badge.textContent = String(attention);
    badge.hidden = attention === 0;
  }, POLL_MS, reportError);

  // Drones move: their footprints are polled faster, and only while the camera layer is shown.
  drones.layer.setVisible(cameras.layer.getVisible());
  const dronePoll = startPolling(async () => {
    if (!cameras.layer.getVisible()) {
      return;
    }
    const list = await loadDrones();
    mapElement.dataset.loadedDrones = String(drones.update(list));
  }, DRONE_POLL_MS, reportError);
  cameras.layer.on('change:visible', () => {
    const visible = cameras.layer.getVisible();
    drones.layer.setVisible(visible);
    if (visible) {
      dronePoll.now();
    }
  });

  user.then((me) => {
    roles = me.roles || [];
    const view = info.currentView();
    if (view?.kind === 'camera') {
      panel.show(view.code); // now with the admin buttons
    }
  });

  /** Handles a map click on a camera or an alert; false when the click was elsewhere. */
  function handleClick(pixel) {
    const alertId = alerts.alertIdAt(pixel);
    if (alertId && alertById.has(alertId)) {
      const item = document.querySelector(`.alert-item[data-id="${CSS.escape(alertId)}"]`);
      item?.scrollIntoView({ block: 'nearest' });
      item?.classList.add('flash');
      setTimeout(() => item?.classList.remove('flash'), 1500);
      const alert = alertById.get(alertId);
      if (alert.cameraCode) {
        showCamera(alert.cameraCode);
      }
      return true;
    }
    const droneCode = drones.droneAt(pixel);
    if (droneCode && cameras.get(droneCode)) {
      showCamera(droneCode);
      return true;
    }
    const camera = cameras.cameraAt(pixel);
    if (camera) {
      showCamera(camera.code);
      return true;
    }
    cameras.select(null);
    return false;
  }

  document.getElementById('info-close').addEventListener('click', () => cameras.select(null));
  map.on('pointermove', (event) => {
    if (!event.dragging) {
      const droneCode = drones.droneAt(event.pixel);
      const hit = alerts.alertIdAt(event.pixel) || (droneCode && cameras.get(droneCode)) || cameras.cameraAt(event.pixel);
      map.getTargetElement().style.cursor = hit ? 'pointer' : '';
    }
  });

  return { cameras, alerts, drones, handleClick, showCamera };
}
