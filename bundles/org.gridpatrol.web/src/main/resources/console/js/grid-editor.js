/* global ol */
// The boundary editor page (editor.html, role gis-editor): micro-grids and grids loaded by bbox from
// /ogc, the editing tools, the attribute form, saving, violations, history. window.gridpatrolEditor
// gives browser tests the same code paths a person uses.

import { getJson, reportError } from './api.js';
import { t, applyTranslations, onLangChange } from './i18n.js';
import { showUser, wireHeader } from './header.js';
import { createOgcSource } from './ogc-source.js';
import { createEditStore } from './editor-store.js';
import { createSelection } from './editor-selection.js';
import { createTools } from './editor-tools.js';
import { createAttributeForm } from './editor-form.js';
import { createSaver } from './editor-save.js';
import { createViolationReport } from './validation-report.js';
import { createHistory } from './grid-history.js';
import { moveVertex } from './editor-geometry.js';
import { showToast } from './toast.js';

const RUIAN = [120.5, 27.78];
const mapElement = document.getElementById('map');
const EDITOR_ROLES = ['gis-editor', 'admin'];

function loadCounter() {
  let pending = 0;
  return (delta) => {
    pending = Math.max(0, pending + delta);
    mapElement.dataset.pendingLoads = String(pending);
    document.getElementById('map-loading').hidden = pending === 0;
  };
}

function createLayers(map, onLoadedMicroGrids) {
  const onPending = loadCounter();
  const gridSource = createOgcSource('grids', { onLoaded: () => {}, onPending });
  const microSource = createOgcSource('micro-grids', { onLoaded: onLoadedMicroGrids, onPending });
  const gridLayer = new ol.layer.Vector({
    source: gridSource, minZoom: 12.999, zIndex: 30,
    style: new ol.style.Style({ stroke: new ol.style.Stroke({ color: '#2f6fd6', width: 2.2 }) }),
  });
  // Micro-grids only from zoom 14: a whole county of them would be too many to edit at once.
  const microLayer = new ol.layer.Vector({ source: microSource, minZoom: 13.999, zIndex: 20, updateWhileInteracting: true });
  map.addLayer(microLayer);
  map.addLayer(gridLayer);
  return { gridSource, microSource, microLayer, gridLayer };
}

function startView() {
  const params = new URLSearchParams(window.location.search);
  const lon = Number(params.get('lon'));
  const lat = Number(params.get('lat'));
  const center = Number.isFinite(lon) && Number.isFinite(lat) && lon && lat ? [lon, lat] : RUIAN;
  return new ol.View({ center: ol.proj.fromLonLat(center), zoom: 15, minZoom: 8, maxZoom: 20 });
}

async function start() {
  applyTranslations();
  wireHeader();
  const map = new ol.Map({ target: mapElement, view: startView(),
    controls: ol.control.defaults().extend([new ol.control.ScaleLine()]) });
  let store = null;
  const { gridSource, microSource, microLayer } = createLayers(map, (source) => {
    store.adoptLoaded(source.getFeatures());
    mapElement.dataset.loadedMicroGrids = String(source.getFeatures().length);
  });
  const findByCode = (code) => microSource.getFeatureById(code)
    || microSource.getFeatures().find((feature) => feature.get('code') === code) || null;

  let form = null;
  let history = null;
  const selection = createSelection(microLayer, (selected) => {
    form?.show(selected);
    const [first] = selected;
    history?.load(selected.length === 1 ? (store.baselineOf(first)?.code || first.get('code')) : null);
    if (selected.length === 1) {
      ensureVersion(first);
    }
    document.body.dataset.selected = selected.map((feature) => feature.get('code')).join(',');
  });

  function onStoreChange() {
    selection.prune(microSource);
    form?.refresh();
    const pending = store.pendingChanges();
    document.getElementById('change-count').textContent = t('gridEditor.pending', { count: pending.length });
    document.body.dataset.pendingChanges = String(pending.length);
    const undo = document.getElementById('undo-button');
    const redo = document.getElementById('redo-button');
    undo.disabled = !store.canUndo();
    redo.disabled = !store.canRedo();
    undo.title = store.canUndo() ? t('gridEditor.undoWhat', { step: store.undoLabel() }) : t('gridEditor.undo');
    redo.title = store.canRedo() ? t('gridEditor.redoWhat', { step: store.redoLabel() }) : t('gridEditor.redo');
  }
  store = createEditStore(microSource, { onChange: onStoreChange });

  /** The version an edit of the feature is based on, from GET /api/v1/units/{code} (also its ETag). */
  async function ensureVersion(feature) {
    const baseline = store.baselineOf(feature);
    if (!baseline || baseline.version !== null) {
      return;
    }
    try {
      const unit = await getJson(`/api/v1/units/${encodeURIComponent(baseline.code)}`);
      if (baseline.version === null && typeof unit.version === 'number') {
        baseline.version = unit.version;
        form.refresh();
      }
    } catch (error) {
      reportError(error);
    }
  }

  form = createAttributeForm(store);
  const violations = createViolationReport(map);

  async function reloadUnit(code) {
    const feature = findByCode(code);
    try {
      const unit = await getJson(`/api/v1/units/${encodeURIComponent(code)}`);
      const fresh = store.acceptServerState(feature, code, { geometry: unit.geometry, properties: unit });
      store.forget(fresh);
      showToast(t('gridEditor.reloaded', { code }), 'info');
    } catch (error) {
      if (error?.status === 404) {
        store.acceptServerState(feature, code, null);
        store.forget(feature);
      } else {
        reportError(error);
      }
    }
    history.reload();
  }

  const saver = createSaver({ store, form, violations, onReloadUnit: reloadUnit, onSaved: () => history.reload() });
  history = createHistory({
    map,
    hasPendingChanges: () => store.pendingChanges().length > 0,
    showRefusal: saver.showRefusal,
    onRolledBack: (revision) => {
      (revision.changes || []).forEach((change) => store.acceptServerState(findByCode(change.code), change.code, change.after));
      onStoreChange();
    },
  });
  const tools = createTools({
    map, source: microSource, gridSource, microLayer, store, selection,
    onToolChange: (tool) => document.querySelectorAll('[data-tool]').forEach((button) => {
      button.classList.toggle('active', button.dataset.tool === tool);
      button.setAttribute('aria-pressed', String(button.dataset.tool === tool));
    }),
    onProblem: (error) => {
      if (error?.problem?.lon !== undefined && error?.problem?.lat !== undefined) {
        violations.show([{ kind: 'GEOMETRY', codes: [], message: error.detail,
          location: { type: 'Point', coordinates: [error.problem.lon, error.problem.lat] } }], 'gridEditor.toolProblemTitle');
      }
      reportError(error);
    },
  });

  document.querySelectorAll('[data-tool]').forEach((button) => button.addEventListener('click', () => {
    if (button.dataset.tool === 'split' && selection.get().length !== 1) {
      showToast(t('gridEditor.splitNeedsOne'));
      return;
    }
    tools.setTool(button.dataset.tool);
  }));
  document.getElementById('merge-button').addEventListener('click', () => tools.merge());
  document.getElementById('delete-button').addEventListener('click', () => tools.deleteSelected());
  document.getElementById('undo-button').addEventListener('click', () => { form.commit(); store.undo(); });
  document.getElementById('redo-button').addEventListener('click', () => store.redo());
  document.getElementById('save-button').addEventListener('click', () => saver.open());
  document.getElementById('validate-button').addEventListener('click', (event) => violations.validateAll(event.currentTarget));
  document.addEventListener('keydown', (event) => {
    const inField = ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName);
    if (event.key === 'Escape' && tools.getTool() !== 'select') {
      tools.setTool('select');
    } else if (!inField && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) { store.redo(); } else { store.undo(); }
    } else if (!inField && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      store.redo();
    }
  });
  window.addEventListener('beforeunload', (event) => {
    if (store.pendingChanges().length > 0) {
      event.preventDefault();
      event.returnValue = ''; // the browser asks before unsaved edits are lost
    }
  });
  onLangChange(onStoreChange);
  onStoreChange();

  const me = await showUser();
  const canEdit = me.roles.some((role) => EDITOR_ROLES.includes(role));
  document.getElementById('editor-readonly').hidden = canEdit;
  document.querySelectorAll('.edit-only').forEach((control) => { control.disabled = !canEdit; });

  /** Shows the unit on the map, waits for its feature to load and selects it; resolves to the feature or null. */
  async function select(code) {
    let feature = findByCode(code);
    if (!feature) {
      const unit = await getJson(`/api/v1/units/${encodeURIComponent(code)}`);
      const extent = new ol.format.GeoJSON().readGeometry(unit.geometry,
        { dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' }).getExtent();
      map.getView().fit(extent, { padding: [60, 60, 60, 60], minResolution: 1 });
      if (map.getView().getZoom() < 14.5) {
        map.getView().setZoom(14.5);
      }
      for (let waited = 0; !feature && waited < 30000; waited += 200) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        feature = findByCode(code);
      }
    }
    selection.set(feature ? [feature] : []);
    return feature;
  }

  /**
   * Moves one vertex of ONE feature only (not its neighbours), through the same begin/end path as a
   * Modify drag: the first vertex it shares with another micro-grid, so the result leaves a gap or
   * overlap. dx, dy in map metres.
   */
  function moveOneVertex(code, dx = 40, dy = 40) {
    const feature = findByCode(code);
    if (!feature) {
      return false;
    }
    const ring = feature.getGeometry().getCoordinates()[0][0];
    const others = new Set();
    microSource.getFeaturesInExtent(feature.getGeometry().getExtent()).filter((other) => other !== feature)
      .forEach((other) => other.getGeometry().getCoordinates().flat(2).forEach(([x, y]) => others.add(`${x},${y}`)));
    const shared = ring.findIndex(([x, y], index) => index < ring.length - 1 && others.has(`${x},${y}`));
    tools.beginGeometryEdit();
    moveVertex(feature.getGeometry(), Math.max(0, shared), dx, dy);
    return tools.endGeometryEdit();
  }

  window.gridpatrolEditor = {
    map, store, selection, tools, history, violations, select, moveOneVertex,
    pendingChanges: () => store.pendingChanges().map(({ kind, code }) => ({ kind, code })),
  };
  document.body.dataset.editorReady = 'true';
}

start();
