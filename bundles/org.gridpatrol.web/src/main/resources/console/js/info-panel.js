/* global ol */
// The info panel: which units contain a clicked point (or a searched unit), the grid worker,
// the area, and the unit's outline highlighted on the map.

import { getJson, reportError } from './api.js';
import { t, levelName, normaliseLevel, formatNumber, onLangChange } from './i18n.js';
import { el } from './dom.js';

const LEVEL_ORDER = ['county', 'town', 'community', 'grid', 'micro-grid'];
const geoJson = new ol.format.GeoJSON();

function rank(level) {
  const index = LEVEL_ORDER.indexOf(normaliseLevel(level));
  return index < 0 ? LEVEL_ORDER.length : index;
}

/** County first; the unit itself last; worker details kept from whichever answer had them. */
function topDownChain(unit, locatedChain) {
  const byCode = new Map();
  [...(locatedChain || []), ...(unit.chain || []), unit].forEach((entry) => {
    if (entry && entry.code) {
      const known = byCode.get(entry.code) || {};
      byCode.set(entry.code, { ...known, ...entry, worker: entry.worker || known.worker });
    }
  });
  return [...byCode.values()]
    .filter((entry) => rank(entry.level) <= rank(unit.level))
    .sort((a, b) => rank(a.level) - rank(b.level));
}

function workerLine(worker) {
  return worker && (worker.name || worker.phone)
    ? el('span', { class: 'chain-worker' }, [worker.name, worker.phone].filter(Boolean).join(' · '))
    : null;
}

function formatArea(squareMetres) {
  if (typeof squareMetres !== 'number' || Number.isNaN(squareMetres)) {
    return t('info.none');
  }
  const text = `${formatNumber(Math.round(squareMetres))} m²`;
  return squareMetres >= 1e6 ? `${text} (${formatNumber(squareMetres / 1e6, 2)} km²)` : text;
}

export function createInfoPanel(map, highlightLayer) {
  const panel = document.getElementById('info-panel');
  const body = document.getElementById('info-body');
  const title = panel.querySelector('.info-head h2');
  const highlight = highlightLayer.getSource();
  let state = null; // what is shown, re-rendered when the language changes
  let pending = null; // AbortController of the running lookup

  /** Lets a view shown by showView stop its timers when something else replaces it. */
  function leaveView() {
    if (state && state.kind === 'view' && state.view.dispose) {
      state.view.dispose();
    }
  }

  function begin(point) {
    if (pending) {
      pending.abort();
    }
    leaveView();
    pending = new AbortController();
    highlight.clear();
    if (point) {
      highlight.addFeature(new ol.Feature(new ol.geom.Point(ol.proj.fromLonLat([point.lon, point.lat]))));
    }
    render({ kind: 'loading', point });
    return pending.signal;
  }

  function render(next) {
    state = next;
    panel.hidden = false;
    panel.dataset.state = next.kind;
    panel.dataset.code = next.unit ? next.unit.code : next.view?.code || '';
    panel.dataset.view = next.view?.kind || '';
    title.dataset.i18n = next.view?.titleKey || 'info.title';
    title.textContent = t(title.dataset.i18n);
    body.replaceChildren(...renderBody(next).filter(Boolean));
  }

  function renderBody(shown) {
    switch (shown.kind) {
      case 'loading':
        return [el('p', { class: 'info-message' }, t('info.loading'))];
      case 'outside':
        return [el('p', { id: 'info-outside', class: 'info-message info-outside' }, t('info.outside')),
          pointFacts(shown.point)];
      case 'unit':
        return renderUnit(shown);
      case 'view':
        return shown.view.render();
      default:
        return [];
    }
  }

  function pointFacts(point) {
    return point
      ? el('dl', { class: 'facts' }, el('dt', {}, t('info.point')),
        el('dd', { id: 'info-point' }, `${point.lon.toFixed(6)}, ${point.lat.toFixed(6)}`))
      : null;
  }

  function renderUnit({ unit, chain, point }) {
    const worker = unit.worker || {};
    const chainList = el('ol', { id: 'info-chain', class: 'chain' }, chain.map((entry) => el('li', {
      dataset: { level: normaliseLevel(entry.level), code: entry.code },
      class: entry.code === unit.code ? 'current' : null,
    },
    el('span', { class: 'chain-level' }, levelName(entry.level)),
    el('button', { type: 'button', class: 'chain-name', title: entry.code, onclick: () => showUnit(entry.code, { fit: true }) },
      entry.name || entry.code),
    workerLine(entry.worker))));
    const facts = el('dl', { class: 'facts' },
      el('dt', {}, t('info.worker')), el('dd', { id: 'info-worker' }, worker.name || t('info.none')),
      el('dt', {}, t('info.phone')), el('dd', { id: 'info-phone' }, worker.phone || t('info.none')),
      el('dt', {}, t('info.area')), el('dd', { id: 'info-area' }, formatArea(unit.area_m2)),
      el('dt', {}, t('info.children')),
      el('dd', { id: 'info-children' }, typeof unit.children_count === 'number' ? formatNumber(unit.children_count) : t('info.none')));
    return [
      el('div', { class: 'unit-head' },
        el('span', { class: 'level-badge', dataset: { level: normaliseLevel(unit.level) } }, levelName(unit.level)),
        el('h3', { id: 'info-unit-name' }, unit.name || unit.code),
        el('div', { id: 'info-unit-code', class: 'unit-code' }, `${t('info.code')} ${unit.code}`)),
      el('h4', {}, t('info.chain')),
      chainList,
      facts,
      pointFacts(point),
    ];
  }

  function highlightUnit(unit, fit) {
    if (!unit.geometry) {
      return;
    }
    const geometry = geoJson.readGeometry(unit.geometry, {
      dataProjection: 'EPSG:4326',
      featureProjection: map.getView().getProjection(),
    });
    highlight.addFeature(new ol.Feature(geometry));
    if (fit) {
      map.getView().fit(geometry.getExtent(), { padding: [40, 40, 40, 40], maxZoom: 17, duration: 400 });
    }
  }

  async function loadUnit(code, signal, point, locatedChain, fit) {
    const unit = await getJson(`/api/v1/units/${encodeURIComponent(code)}`, { signal });
    render({ kind: 'unit', unit, chain: topDownChain(unit, locatedChain), point });
    highlightUnit(unit, fit);
  }

  function fail(error) {
    if (error.name === 'AbortError') {
      return;
    }
    panel.dataset.state = 'error';
    body.replaceChildren();
    reportError(error);
  }

  /** Looks up the units containing lon/lat (degrees, WGS84/CGCS2000). */
  async function showAtPoint(lon, lat) {
    const point = { lon, lat };
    const signal = begin(point);
    try {
      const located = await getJson(`/api/v1/locate?lon=${lon.toFixed(7)}&lat=${lat.toFixed(7)}`, { signal });
      const chain = located.chain || [];
      if (chain.length === 0) {
        render({ kind: 'outside', point });
        return;
      }
      await loadUnit(chain[0].code, signal, located.point || point, chain, false);
    } catch (error) {
      if (error.status === 404) {
        render({ kind: 'outside', point });
      } else {
        fail(error);
      }
    }
  }

  /** Shows one unit by code; fit zooms the map to it. */
  async function showUnit(code, { fit = false } = {}) {
    const signal = begin(null);
    try {
      await loadUnit(code, signal, null, null, fit);
    } catch (error) {
      fail(error);
    }
  }

  /**
   * Shows content that is not a unit (a camera): view.render() returns the body's nodes and is called
   * again when the language changes; view.dispose(), if given, runs when the view is replaced or closed.
   * view.kind becomes the panel's data-view, view.code its data-code.
   */
  function showView(view) {
    if (pending) {
      pending.abort();
    }
    leaveView();
    highlight.clear();
    render({ kind: 'view', view });
  }

  /** The view shown now, or null. */
  function currentView() {
    return state && state.kind === 'view' ? state.view : null;
  }

  function close() {
    if (pending) {
      pending.abort();
    }
    leaveView();
    state = null;
    highlight.clear();
    panel.hidden = true;
    panel.dataset.state = 'closed';
  }

  document.getElementById('info-close').addEventListener('click', close);
  onLangChange(() => {
    if (state) {
      render(state);
    }
  });
  return { showAtPoint, showUnit, showView, currentView, close };
}
