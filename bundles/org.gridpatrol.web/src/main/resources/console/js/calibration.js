/* global ol */
// The admin's calibration dialog (#calibration): ground points picked on the snapshot and the same
// points on a small map, saved as the camera's calibration [{imageX, imageY, lon, lat}].

import { getJson } from './api.js';
import { t, onLangChange } from './i18n.js';
import { el } from './dom.js';
import { showToast } from './toast.js';
import { updateCamera } from './video-api.js';
import { createBasemapLayer, createLevelLayers } from './layers.js';
import { viewCone } from './camera-layer.js';
import { loadSnapshot, createImageMap, toOl, toImage } from './image-map.js';
import { showProblem, clearProblem } from './editor-problem.js';

const MINIMUM_PAIRS = 4;
const geoJson = new ol.format.GeoJSON();

function pointStyle(colour) {
  return (feature) => new ol.style.Style({
    image: new ol.style.Circle({
      radius: 9,
      fill: new ol.style.Fill({ color: feature.get('pending') ? '#f59e0b' : colour }),
      stroke: new ol.style.Stroke({ color: '#fff', width: 2 }),
    }),
    text: new ol.style.Text({
      text: feature.get('pending') ? '?' : String(feature.get('pairIndex') + 1),
      font: '700 11px system-ui, sans-serif',
      fill: new ol.style.Fill({ color: '#fff' }),
    }),
  });
}

const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

export function createCalibration({ config, onSaved }) {
  const dialog = document.getElementById('calibration');
  const list = document.getElementById('calibration-pairs');
  const status = document.getElementById('calibration-status');
  const error = document.getElementById('calibration-error');
  const saveButton = document.getElementById('calibration-save');
  let session = null; // { code, imageMap, geoMap, imageSource, mapSource, height, pairs, pending }

  function lonLatOf(coordinate) {
    const [lon, lat] = ol.proj.toLonLat(coordinate, session.geoMap.getView().getProjection());
    return [round(lon, 7), round(lat, 7)];
  }

  /** Redraws both point layers from the pairs and the half-picked pair. */
  function redraw() {
    const imageFeatures = [];
    const mapFeatures = [];
    const add = (imagePoint, lonLat, pairIndex, pending) => {
      if (imagePoint) {
        imageFeatures.push(new ol.Feature({ geometry: new ol.geom.Point(toOl(imagePoint, session.height)), pairIndex, pending }));
      }
      if (lonLat) {
        mapFeatures.push(new ol.Feature({ geometry: new ol.geom.Point(ol.proj.fromLonLat(lonLat)), pairIndex, pending }));
      }
    };
    session.pairs.forEach((pair, index) => add([pair.imageX, pair.imageY], [pair.lon, pair.lat], index, false));
    add(session.pending.image, session.pending.lonLat, -1, true);
    session.imageSource.clear(true);
    session.imageSource.addFeatures(imageFeatures);
    session.mapSource.clear(true);
    session.mapSource.addFeatures(mapFeatures);
  }

  function renderList() {
    const rows = session.pairs.map((pair, index) => el('li', { class: 'calibration-pair', dataset: { index: String(index) } },
      el('span', { class: 'pair-number' }, String(index + 1)),
      el('span', { class: 'pair-image' }, `${pair.imageX.toFixed(1)}, ${pair.imageY.toFixed(1)}`),
      el('span', { class: 'pair-map' }, `${pair.lon.toFixed(6)}, ${pair.lat.toFixed(6)}`),
      el('button', { type: 'button', class: 'pair-delete link-button', onclick: () => {
        session.pairs.splice(index, 1);
        update();
      } }, t('calibration.delete'))));
    const { image, lonLat } = session.pending;
    if (image || lonLat) {
      rows.push(el('li', { class: 'calibration-pair pending' },
        el('span', { class: 'pair-number' }, '?'),
        el('span', { class: 'pair-image' }, image ? `${image[0].toFixed(1)}, ${image[1].toFixed(1)}` : t('calibration.pickImage')),
        el('span', { class: 'pair-map' }, lonLat ? `${lonLat[0].toFixed(6)}, ${lonLat[1].toFixed(6)}` : t('calibration.pickMap')),
        el('button', { type: 'button', class: 'pair-delete link-button', onclick: () => {
          session.pending = {};
          update();
        } }, t('calibration.delete'))));
    }
    list.replaceChildren(...rows);
    const count = session.pairs.length;
    status.textContent = t(count >= MINIMUM_PAIRS ? 'calibration.enough' : 'calibration.tooFew',
      { count, minimum: MINIMUM_PAIRS });
    status.dataset.enough = String(count >= MINIMUM_PAIRS);
    dialog.dataset.pairs = String(count);
  }

  function update() {
    redraw();
    renderList();
  }

  /** A click on either side fills that half of the pending pair; a complete pair joins the list. */
  function pick(side, value) {
    session.pending[side] = value;
    if (session.pending.image && session.pending.lonLat) {
      const [imageX, imageY] = session.pending.image;
      const [lon, lat] = session.pending.lonLat;
      session.pairs.push({ imageX, imageY, lon, lat });
      session.pending = {};
    }
    clearProblem(error, list);
    update();
  }

  /** Dragging a numbered point moves that pair's end. */
  function movable(map, source, onMoved) {
    const modify = new ol.interaction.Modify({ source, pixelTolerance: 12 });
    modify.on('modifyend', (event) => event.features.forEach((feature) => {
      const index = feature.get('pairIndex');
      onMoved(index, feature.getGeometry().getCoordinates());
    }));
    map.addInteraction(modify);
  }

  function buildImageMap(snapshot, pairs) {
    const { map, size } = createImageMap('calibration-image', snapshot, pairs.map((pair) => [pair.imageX, pair.imageY]));
    const source = new ol.source.Vector();
    map.addLayer(new ol.layer.Vector({ source, style: pointStyle('#1d4ed8') }));
    movable(map, source, (index, coordinate) => {
      const [x, y] = toImage(coordinate, size.height);
      const point = [round(x, 1), round(y, 1)];
      if (index < 0) {
        session.pending.image = point;
      } else {
        [session.pairs[index].imageX, session.pairs[index].imageY] = point;
      }
      update();
    });
    map.on('singleclick', (event) => {
      const [x, y] = toImage(event.coordinate, size.height);
      if (x >= 0 && y >= 0 && x <= size.width && y <= size.height) {
        pick('image', [round(x, 1), round(y, 1)]);
      }
    });
    return { map, source, height: size.height };
  }

  function buildGeoMap(camera) {
    const view = new ol.View({ center: ol.proj.fromLonLat([camera.lon, camera.lat]), zoom: 18, maxZoom: 21 });
    const basemap = createBasemapLayer(config);
    const units = createLevelLayers(view, { onCount: () => {}, onPending: () => {} }, !basemap);
    const context = new ol.source.Vector();
    const footprint = camera.footprint || viewCone(camera);
    if (footprint) {
      context.addFeature(new ol.Feature(geoJson.readGeometry(footprint, { dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' })));
    }
    context.addFeature(new ol.Feature(new ol.geom.Point(ol.proj.fromLonLat([camera.lon, camera.lat]))));
    const map = new ol.Map({
      target: 'calibration-map',
      view,
      controls: ol.control.defaults({ attribution: false, rotate: false }).extend([new ol.control.ScaleLine()]),
      layers: [...(basemap ? [basemap] : []), ...Object.values(units),
        new ol.layer.Vector({ source: context, zIndex: 80, style: new ol.style.Style({
          fill: new ol.style.Fill({ color: 'rgba(22, 163, 74, 0.12)' }),
          stroke: new ol.style.Stroke({ color: 'rgba(22, 163, 74, 0.8)', width: 1.2 }),
          image: new ol.style.Circle({ radius: 5, fill: new ol.style.Fill({ color: '#16a34a' }) }),
        }) })],
    });
    const source = new ol.source.Vector();
    map.addLayer(new ol.layer.Vector({ source, zIndex: 90, style: pointStyle('#b91c1c') }));
    movable(map, source, (index, coordinate) => {
      const lonLat = lonLatOf(coordinate);
      if (index < 0) {
        session.pending.lonLat = lonLat;
      } else {
        [session.pairs[index].lon, session.pairs[index].lat] = lonLat;
      }
      update();
    });
    map.on('singleclick', (event) => pick('lonLat', lonLatOf(event.coordinate)));
    return { map, source };
  }

  async function save() {
    clearProblem(error, list);
    saveButton.disabled = true;
    try {
      const calibration = session.pairs.map((pair) => ({ ...pair }));
      await updateCamera(session.code, (camera) => ({ ...camera, calibration }));
      showToast(t('calibration.saved'), 'info');
      dialog.close();
      onSaved(session.code);
    } catch (failure) {
      showProblem(error, list, failure, 'calibration');
    } finally {
      saveButton.disabled = false;
    }
  }

  async function open(camera) {
    session = { code: camera.code, pairs: [], pending: {} };
    document.getElementById('calibration-camera').textContent = camera.name || camera.code;
    clearProblem(error, list);
    list.replaceChildren();
    dialog.dataset.ready = 'false';
    dialog.showModal();
    const [snapshot, fresh] = await Promise.all([loadSnapshot(camera.code),
      getJson(`/api/v1/cameras/${encodeURIComponent(camera.code)}`).catch(() => camera)]);
    if (!dialog.open || session?.code !== camera.code) {
      return;
    }
    const pairs = (fresh.calibration || []).map((pair) => ({ ...pair }));
    document.getElementById('calibration-note').hidden = snapshot !== null;
    const image = buildImageMap(snapshot, pairs);
    const geo = buildGeoMap({ ...camera, ...fresh });
    session = { ...session, pairs, imageMap: image.map, imageSource: image.source, height: image.height,
      geoMap: geo.map, mapSource: geo.source };
    update();
    dialog.dataset.ready = 'true';
  }

  saveButton.addEventListener('click', save);
  document.getElementById('calibration-clear').addEventListener('click', () => {
    session.pairs = [];
    session.pending = {};
    update();
  });
  dialog.querySelectorAll('[data-close]').forEach((button) => button.addEventListener('click', () => dialog.close()));
  dialog.addEventListener('close', () => {
    session?.imageMap?.setTarget(null);
    session?.geoMap?.setTarget(null);
    session = null;
  });
  onLangChange(() => {
    if (session?.imageMap) {
      renderList();
    }
  });
  return { open };
}
