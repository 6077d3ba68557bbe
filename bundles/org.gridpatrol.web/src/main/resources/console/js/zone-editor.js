/* global ol */
// The admin's zone editor (#zone-editor): polygons drawn on a camera snapshot, one rule form per
// zone, saved as the camera's zones with a PUT of the whole camera.

import { getJson } from './api.js';
import { t, onLangChange } from './i18n.js';
import { el } from './dom.js';
import { showToast } from './toast.js';
import { updateCamera } from './video-api.js';
import { loadSnapshot, createImageMap, toOl, toImage } from './image-map.js';
import { showProblem, clearProblem, showMessage, fieldTarget } from './editor-problem.js';

const RULE_FIELDS = [
  { name: 'crowdThreshold', min: 1, step: 1, fallback: 5 },
  { name: 'crowdSeconds', min: 0, step: 0.5, fallback: 10 },
  { name: 'hysteresis', min: 0, step: 1, fallback: 1 },
  { name: 'cooldownSeconds', min: 0, step: 1, fallback: 60 },
  { name: 'loiterSeconds', min: 0, step: 1, fallback: 0 },
];

function zoneStyle(feature) {
  const selected = feature.get('selected');
  const colour = selected ? '29, 78, 216' : '234, 88, 12';
  return new ol.style.Style({
    stroke: new ol.style.Stroke({ color: `rgb(${colour})`, width: selected ? 3 : 2 }),
    fill: new ol.style.Fill({ color: `rgba(${colour}, 0.18)` }),
    text: new ol.style.Text({
      text: feature.get('label') || '',
      font: '600 13px system-ui, "Noto Sans CJK SC", sans-serif',
      fill: new ol.style.Fill({ color: '#fff' }),
      stroke: new ol.style.Stroke({ color: `rgb(${colour})`, width: 3 }),
      overflow: true,
    }),
  });
}

export function createZoneEditor({ onSaved }) {
  const dialog = document.getElementById('zone-editor');
  const list = document.getElementById('zone-list');
  const drawButton = document.getElementById('zone-draw');
  const note = document.getElementById('zone-editor-note');
  const error = document.getElementById('zone-editor-error');
  const saveButton = document.getElementById('zone-save');
  let session = null; // { code, map, source, draw, height, zones: [{ key, values, feature }] }
  let nextKey = 1;

  function ring(values, height) {
    return [[...values.map((point) => toOl([point.x, point.y], height)), toOl([values[0].x, values[0].y], height)]];
  }

  function addZone(values, geometry) {
    const feature = new ol.Feature(geometry);
    const zone = { key: nextKey++, values, feature };
    feature.set('zoneKey', zone.key);
    feature.set('label', values.name || values.id);
    session.source.addFeature(feature);
    session.zones.push(zone);
    return zone;
  }

  function uniqueId() {
    const taken = new Set(session.zones.map((zone) => zone.values.id));
    let number = session.zones.length + 1;
    while (taken.has(`zone-${number}`)) {
      number++;
    }
    return { id: `zone-${number}`, number };
  }

  function select(zone) {
    session.zones.forEach((candidate) => candidate.feature.set('selected', candidate === zone));
    list.querySelectorAll('.zone-item').forEach((item) => {
      item.classList.toggle('selected', zone !== null && Number(item.dataset.key) === zone.key);
    });
    if (zone) {
      list.querySelector(`.zone-item[data-key="${zone.key}"]`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  function removeZone(zone) {
    session.source.removeFeature(zone.feature);
    session.zones = session.zones.filter((candidate) => candidate !== zone);
    renderList();
  }

  function field(zone, name, attributes, label) {
    const input = el('input', {
      name, ...attributes, value: zone.values[name] ?? '',
      oninput: (event) => {
        zone.values[name] = attributes.type === 'number' ? event.target.valueAsNumber : event.target.value;
        event.target.removeAttribute('aria-invalid');
        if (name === 'id' || name === 'name') {
          zone.feature.set('label', zone.values.name || zone.values.id);
        }
      },
      onfocus: () => select(zone),
    });
    return el('label', { class: `zone-field field-${name}` }, el('span', {}, label), input);
  }

  function renderList() {
    list.replaceChildren(...session.zones.map((zone, index) => el('li', {
      class: 'zone-item', dataset: { key: String(zone.key), index: String(index), zoneId: zone.values.id || '' },
    },
    el('div', { class: 'zone-item-head' },
      el('span', { class: 'zone-number' }, String(index + 1)),
      el('button', { type: 'button', class: 'zone-delete link-button', onclick: () => removeZone(zone) }, t('zones.delete'))),
    el('div', { class: 'zone-fields' },
      field(zone, 'id', { type: 'text', required: true, maxlength: 64 }, t('zones.id')),
      field(zone, 'name', { type: 'text', maxlength: 100 }, t('zones.name')),
      RULE_FIELDS.map((rule) => field(zone, rule.name,
        { type: 'number', min: rule.min, step: rule.step, required: true }, t(`zones.${rule.name}`)))))));
    document.getElementById('zone-empty').hidden = session.zones.length > 0;
    dialog.dataset.zones = String(session.zones.length);
  }

  function setDrawing(active) {
    session.draw.setActive(active);
    drawButton.classList.toggle('active', active);
    drawButton.setAttribute('aria-pressed', String(active));
    drawButton.textContent = t(active ? 'zones.drawing' : 'zones.draw');
  }

  function zonesToSave() {
    return session.zones.map((zone) => {
      const coordinates = zone.feature.getGeometry().getCoordinates()[0].slice(0, -1);
      const polygon = coordinates.map((coordinate) => {
        const [x, y] = toImage(coordinate, session.height);
        return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
      });
      const values = { id: String(zone.values.id ?? '').trim(), name: String(zone.values.name ?? '').trim() || null };
      RULE_FIELDS.forEach((rule) => { values[rule.name] = zone.values[rule.name]; });
      return { ...values, polygon };
    });
  }

  /** Marks empty or out-of-range numbers before asking the server; true when all are usable. */
  function checkNumbers() {
    let valid = true;
    session.zones.forEach((zone, index) => RULE_FIELDS.forEach((rule) => {
      const value = zone.values[rule.name];
      if (typeof value !== 'number' || !Number.isFinite(value) || value < rule.min) {
        valid = false;
        const item = list.querySelector(`.zone-item[data-index="${index}"]`);
        item?.classList.add('invalid');
        item?.querySelector(`[name="${rule.name}"]`)?.setAttribute('aria-invalid', 'true');
      }
    }));
    if (!valid) {
      showMessage(error, t('zones.invalidNumber'));
    }
    return valid;
  }

  async function save() {
    clearProblem(error, list);
    if (!checkNumbers()) {
      return;
    }
    saveButton.disabled = true;
    try {
      const zones = zonesToSave();
      await updateCamera(session.code, (camera) => ({ ...camera, zones }));
      showToast(t('zones.saved'), 'info');
      dialog.close();
      onSaved(session.code);
    } catch (failure) {
      showProblem(error, list, failure, 'zones');
      const target = fieldTarget(failure?.problem?.field, 'zones');
      if (target && session.zones[target[0]]) {
        select(session.zones[target[0]]); // shows the offending polygon on the picture
        list.querySelector(`.zone-item[data-index="${target[0]}"]`)?.classList.add('invalid');
      }
    } finally {
      saveButton.disabled = false;
    }
  }

  function buildMap(snapshot, zones) {
    const points = zones.flatMap((zone) => (zone.polygon || []).map((point) => [point.x, point.y]));
    const { map, size } = createImageMap('zone-map', snapshot, points);
    const source = new ol.source.Vector();
    map.addLayer(new ol.layer.Vector({ source, style: zoneStyle }));
    const draw = new ol.interaction.Draw({ source, type: 'Polygon' });
    draw.setActive(false);
    map.addInteraction(new ol.interaction.Modify({ source }));
    map.addInteraction(draw);
    session = { ...session, map, source, draw, height: size.height, zones: [] };
    // A finished polygon becomes a new zone with default rules; drawing stops after each one.
    draw.on('drawend', (event) => {
      const { id, number } = uniqueId();
      const values = { id, name: t('zones.defaultName', { number }) };
      RULE_FIELDS.forEach((rule) => { values[rule.name] = rule.fallback; });
      // Added by the source itself; link it to a zone instead of adding it twice.
      const zone = { key: nextKey++, values, feature: event.feature };
      event.feature.set('zoneKey', zone.key);
      event.feature.set('label', values.name);
      session.zones.push(zone);
      setTimeout(() => {
        setDrawing(false);
        renderList();
        select(zone);
      });
    });
    map.on('singleclick', (event) => {
      if (draw.getActive()) {
        return;
      }
      const feature = map.forEachFeatureAtPixel(event.pixel, (candidate) => candidate);
      select(feature ? session.zones.find((zone) => zone.feature === feature) || null : null);
    });
    zones.forEach((zone) => {
      if ((zone.polygon || []).length >= 3) {
        const values = { ...zone };
        delete values.polygon;
        addZone(values, new ol.geom.Polygon(ring(zone.polygon, size.height)));
      }
    });
    renderList();
  }

  async function open(camera) {
    session = { code: camera.code };
    document.getElementById('zone-editor-camera').textContent = camera.name || camera.code;
    clearProblem(error, list);
    list.replaceChildren();
    note.hidden = true;
    dialog.dataset.ready = 'false';
    dialog.showModal();
    const [snapshot, fresh] = await Promise.all([loadSnapshot(camera.code),
      getJson(`/api/v1/cameras/${encodeURIComponent(camera.code)}`).catch(() => camera)]);
    if (!dialog.open || session.code !== camera.code) {
      return;
    }
    note.hidden = snapshot !== null;
    note.textContent = t('zones.noSnapshot');
    buildMap(snapshot, fresh.zones || []);
    setDrawing(false);
    dialog.dataset.ready = 'true';
  }

  drawButton.addEventListener('click', () => setDrawing(!session.draw.getActive()));
  saveButton.addEventListener('click', save);
  dialog.querySelectorAll('[data-close]').forEach((button) => button.addEventListener('click', () => dialog.close()));
  dialog.addEventListener('keydown', (event) => {
    // Escape first abandons a polygon being drawn, then closes the dialog.
    if (event.key === 'Escape' && session?.draw?.getActive()) {
      event.preventDefault();
      session.draw.abortDrawing();
      setDrawing(false);
    }
  });
  dialog.addEventListener('close', () => {
    session?.map?.setTarget(null);
    session = null;
  });
  onLangChange(() => {
    if (session?.map) {
      renderList();
      setDrawing(session.draw.getActive());
    }
  });
  return { open };
}
