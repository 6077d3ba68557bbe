/* global ol */
// Topology violations on the map (red) and in #violation-list: the ones a refused save or
// rollback (422) named, or the "validate all" report of GET /api/v1/grid-validation.

import { getJson, reportError } from './api.js';
import { t, formatNumber, onLangChange } from './i18n.js';
import { el } from './dom.js';
import { fromLonLat } from './editor-geometry.js';

const RED = '#dc2626';

function violationStyle(feature) {
  const active = feature.get('active');
  return new ol.style.Style({
    stroke: new ol.style.Stroke({ color: RED, width: active ? 4 : 2 }),
    fill: new ol.style.Fill({ color: active ? 'rgba(220, 38, 38, 0.55)' : 'rgba(220, 38, 38, 0.35)' }),
    image: new ol.style.Circle({ radius: active ? 9 : 7, fill: new ol.style.Fill({ color: RED }),
      stroke: new ol.style.Stroke({ color: '#fff', width: 2 }) }),
  });
}

function kindName(kind) {
  const text = t(`violation.kind.${kind}`);
  return text === `violation.kind.${kind}` ? kind : text;
}

export function createViolationReport(map) {
  const source = new ol.source.Vector();
  const layer = new ol.layer.Vector({ source, style: violationStyle, zIndex: 60 });
  map.addLayer(layer);
  const section = document.getElementById('violation-section');
  const title = document.getElementById('violation-title');
  const summary = document.getElementById('violation-summary');
  const list = document.getElementById('violation-list');
  let shown = null; // { titleKey, violations, counts, facts } re-rendered on language change

  function zoomTo(feature, item) {
    source.getFeatures().forEach((candidate) => candidate.set('active', candidate === feature));
    list.querySelectorAll('li').forEach((entry) => entry.classList.toggle('active', entry === item));
    if (feature?.getGeometry()) {
      map.getView().fit(feature.getGeometry().getExtent(), { padding: [80, 80, 80, 80], maxZoom: 18, duration: 300 });
    }
  }

  function render() {
    if (!shown) {
      return;
    }
    const { titleKey, violations, counts, facts } = shown;
    title.textContent = t(titleKey);
    const countText = Object.entries(counts).map(([kind, count]) => `${kindName(kind)} ${formatNumber(count)}`);
    summary.textContent = violations.length === 0 ? t('gridEditor.clean', facts)
      : [t('gridEditor.violationTotal', { count: formatNumber(facts.total ?? violations.length) }), ...countText].join(' · ');
    source.clear();
    list.replaceChildren(...violations.map((violation, index) => {
      let feature = null;
      if (violation.location) {
        feature = new ol.Feature(fromLonLat(violation.location));
        feature.set('index', index);
        source.addFeature(feature);
      }
      const item = el('li', { class: 'violation-item', dataset: { kind: violation.kind, index: String(index) },
        tabindex: 0, role: 'button' },
      el('span', { class: 'violation-kind' }, kindName(violation.kind)),
      el('span', { class: 'violation-message' }, violation.message || ''),
      el('span', { class: 'violation-codes' }, (violation.codes || []).join(', ')));
      const choose = () => zoomTo(feature, item);
      item.addEventListener('click', choose);
      item.addEventListener('keydown', (event) => { if (event.key === 'Enter') { choose(); } });
      return item;
    }));
    section.hidden = false;
    section.dataset.count = String(violations.length);
  }

  /** violations: [{kind, codes, message, location}]; titleKey says where they come from. */
  function show(violations, titleKey, facts = {}) {
    const counts = facts.byKind || violations.reduce((byKind, violation) => {
      byKind[violation.kind] = (byKind[violation.kind] || 0) + 1;
      return byKind;
    }, {});
    shown = { titleKey, violations: violations || [], counts, facts };
    render();
    if (source.getFeatures().length > 0) {
      map.getView().fit(source.getExtent(), { padding: [80, 80, 80, 80], maxZoom: 18, duration: 300 });
    }
  }

  function clear() {
    shown = null;
    source.clear();
    list.replaceChildren();
    section.hidden = true;
  }

  async function validateAll(button) {
    button.disabled = true;
    section.dataset.state = 'loading';
    try {
      const report = await getJson('/api/v1/grid-validation?limit=1000');
      show(report.violations || [], 'gridEditor.validateTitle', { byKind: report.by_kind || {}, total: report.total,
        units: formatNumber(report.units || 0), millis: formatNumber(report.millis || 0) });
    } catch (error) {
      reportError(error);
    } finally {
      button.disabled = false;
      section.dataset.state = 'done';
    }
  }

  document.getElementById('violation-clear').addEventListener('click', clear);
  onLangChange(render);
  return { show, clear, validateAll, layer };
}
