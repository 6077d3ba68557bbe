/* global ol */
// Console start-up: header, map, layers, layer switcher, info panel, search and the video layers.

import { getJson, reportError } from './api.js';
import { t, applyTranslations, onLangChange } from './i18n.js';
import { el } from './dom.js';
import { LEVEL_LAYERS, createLevelLayers, createBasemapLayer, createHighlightLayer } from './layers.js';
import { createInfoPanel } from './info-panel.js';
import { createSearch } from './search.js';
import { showUser, wireHeader } from './header.js';
import { createVideoMap } from './video-map.js';
import { createTrackingMap } from './tracking-map.js';

const RUIAN = [120.5, 27.78];
const mapElement = document.getElementById('map');

async function loadConfig() {
  try {
    return await getJson('/api/v1/config');
  } catch (error) {
    reportError(error);
    return {}; // the console still works on the dataset background alone
  }
}

function createMap(basemap) {
  return new ol.Map({
    target: mapElement,
    layers: basemap ? [basemap] : [],
    view: new ol.View({ center: ol.proj.fromLonLat(RUIAN), zoom: 11, minZoom: 7, maxZoom: 19 }),
    controls: ol.control.defaults({ attributionOptions: { collapsible: true } })
      .extend([new ol.control.ScaleLine()]),
  });
}

/** Exposes load progress on #map for people (spinner) and browser tests (data attributes). */
function trackLoading() {
  let pendingLoads = 0;
  return {
    onCount: (id, count) => {
      mapElement.dataset[`loaded${id.replace(/(^|-)(\w)/g, (m, dash, c) => c.toUpperCase())}`] = String(count);
    },
    onPending: (delta) => {
      pendingLoads = Math.max(0, pendingLoads + delta);
      mapElement.dataset.pendingLoads = String(pendingLoads);
      document.getElementById('map-loading').hidden = pendingLoads === 0;
    },
  };
}

/** extraEntries: { id, layer, toggleId } for layers beyond the levels (cameras, alerts). */
function buildLayerSwitcher(map, layers, basemap, extraEntries) {
  const list = document.getElementById('layer-list');
  const entries = LEVEL_LAYERS.map((def) => ({ id: def.id, layer: layers[def.id], from: def.visibleFrom }));
  entries.push(...extraEntries.map((entry) => ({ from: 0, ...entry })));
  if (basemap) {
    entries.push({ id: 'basemap', layer: basemap, from: 0 });
  }
  const render = () => {
    const zoom = map.getView().getZoom();
    list.replaceChildren(...entries.map(({ id, layer, from, toggleId = `layer-toggle-${id}` }) => el('li', {
      class: zoom < from ? 'out-of-range' : null,
    },
    el('label', { for: toggleId },
      el('input', { type: 'checkbox', id: toggleId, dataset: { layer: id }, checked: layer.getVisible(),
        onchange: (event) => layer.setVisible(event.target.checked) }),
      el('span', { class: `layer-swatch swatch-${id}` }),
      el('span', { class: 'layer-name' }, t(`layers.${id}`)),
      from > 0 ? el('span', { class: 'layer-zoom' }, t('layers.fromZoom', { zoom: from })) : null))));
  };
  render();
  onLangChange(render);
  map.getView().on('change:resolution', () => {
    const zoom = map.getView().getZoom();
    list.querySelectorAll('li').forEach((item, index) => {
      item.classList.toggle('out-of-range', zoom < entries[index].from);
    });
  });
}

function showZoom(map) {
  const update = () => {
    const zoom = map.getView().getZoom();
    mapElement.dataset.zoom = zoom.toFixed(2);
    document.getElementById('zoom-level').textContent = t('map.zoom', { zoom: zoom.toFixed(1) });
  };
  map.on('moveend', update);
  onLangChange(update);
  update();
}

async function start() {
  applyTranslations();
  wireHeader();
  const user = showUser();
  const config = await loadConfig();
  const basemap = createBasemapLayer(config);
  const map = createMap(basemap);
  const layers = createLevelLayers(map.getView(), trackLoading(), !basemap);
  Object.values(layers).forEach((layer) => map.addLayer(layer));
  const highlight = createHighlightLayer();
  map.addLayer(highlight);

  const info = createInfoPanel(map, highlight);
  const video = createVideoMap(map, info, { user, config });
  const tracking = createTrackingMap(map, info);
  map.on('singleclick', (event) => {
    // Units are drawn on top and move, so they win; a checkpoint's fence is big, so it comes last.
    if (tracking.handleUnitClick(event.pixel)) {
      video.cameras.select(null);
      return;
    }
    if (video.handleClick(event.pixel) || tracking.handleCheckpointClick(event.pixel)) {
      return;
    }
    const [lon, lat] = ol.proj.toLonLat(event.coordinate);
    info.showAtPoint(lon, lat);
  });
  const search = createSearch(map, info);
  buildLayerSwitcher(map, layers, basemap, [
    { id: 'cameras', layer: video.cameras.layer, toggleId: 'camera-layer-toggle' },
    { id: 'alerts', layer: video.alerts.layer, toggleId: 'alert-layer-toggle' },
    { id: 'units', layer: tracking.units.layer, toggleId: 'unit-layer-toggle' },
    { id: 'checkpoints', layer: tracking.checkpoints.layer, toggleId: 'checkpoint-layer-toggle' },
  ]);
  showZoom(map);

  window.gridpatrol = {
    map, layers: { ...layers, highlight, basemap, cameras: video.cameras.layer, alerts: video.alerts.layer,
      drones: video.drones.layer, units: tracking.units.layer, checkpoints: tracking.checkpoints.layer },
    info, search, video, tracking,
  };
  mapElement.dataset.ready = 'true';
}

start();
