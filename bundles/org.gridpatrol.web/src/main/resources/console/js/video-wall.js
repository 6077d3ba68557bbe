// The video wall page (video.html): camera tiles filtered by grid and text, alerting ones first,
// click to enlarge, and the alert list with acknowledge.

import { getJson, reportError } from './api.js';
import { t, applyTranslations, onLangChange, getLang } from './i18n.js';
import { el } from './dom.js';
import { showUser, wireHeader } from './header.js';
import { startPolling } from './poller.js';
import { createAlertList } from './alert-list.js';
import { createWallTiles, MAX_LIVE_TILES } from './wall-tiles.js';
import { createTileModal } from './tile-modal.js';
import { loadCameras, loadAlerts, needsAttention, cameraState } from './video-api.js';

const POLL_MS = 5000;
const UNIT_LIMIT = 2000;

const wall = document.getElementById('video-wall');
const gridFilter = document.getElementById('grid-filter');
const textFilter = document.getElementById('wall-search');
const params = new URLSearchParams(window.location.search);

let cameras = [];
let alerting = new Set(); // camera codes with an alert needing attention

/** Towns, each followed by its communities (codes nest, so code order groups them). */
async function loadGridOptions() {
  const load = (collection) => getJson(`/ogc/collections/${collection}/items?limit=${UNIT_LIMIT}`,
    { accept: 'application/geo+json, application/json;q=0.9' })
    .then((page) => (page.features || []).map((feature) => ({ ...feature.properties, code: feature.properties?.code ?? feature.id })));
  const [towns, communities] = await Promise.all([load('towns'), load('communities')]);
  const units = [...towns.map((unit) => ({ ...unit, level: 'town' })), ...communities.map((unit) => ({ ...unit, level: 'community' }))]
    .filter((unit) => unit.code)
    .sort((a, b) => String(a.code).localeCompare(String(b.code)));
  gridFilter.append(...units.map((unit) => el('option', { value: unit.code, dataset: { level: unit.level } },
    `${unit.level === 'community' ? '\u3000' : ''}${unit.name || unit.code}`)));
  gridFilter.value = params.get('grid') || '';
}

function matches(camera) {
  const grid = gridFilter.value;
  const text = textFilter.value.trim().toLocaleLowerCase(getLang());
  if (grid && !String(camera.gridCode || '').startsWith(grid)) {
    return false;
  }
  return !text || [camera.name, camera.code].some((value) => String(value || '').toLocaleLowerCase(getLang()).includes(text));
}

function rememberFilters() {
  const query = new URLSearchParams();
  if (gridFilter.value) {
    query.set('grid', gridFilter.value);
  }
  if (textFilter.value.trim()) {
    query.set('q', textFilter.value.trim());
  }
  const search = query.toString();
  window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
}

function createPage() {
  const tiles = createWallTiles(wall, { onOpen: (code) => openCamera(code) });
  const modal = createTileModal({ onOpenChange: (open) => tiles.setLiveBudget(open ? 0 : MAX_LIVE_TILES) });

  function openCamera(code) {
    const camera = cameras.find((candidate) => candidate.code === code);
    if (camera) {
      modal.open(camera);
    }
  }

  function render() {
    const shown = cameras.filter(matches);
    tiles.update(shown, alerting);
    wall.dataset.loadedCameras = String(cameras.length);
    wall.dataset.shownCameras = String(shown.length);
    document.getElementById('wall-empty').hidden = shown.length > 0 || cameras.length === 0;
    const online = shown.filter((camera) => cameraState(camera) === 'ONLINE').length;
    const alertingShown = shown.filter((camera) => alerting.has(camera.code)).length;
    document.getElementById('wall-summary').textContent = t('wall.summary',
      { shown: shown.length, online, alerting: alertingShown });
  }

  return { render, openCamera, modal, tiles };
}

async function start() {
  applyTranslations();
  wireHeader();
  showUser();
  const page = createPage();

  const alertList = createAlertList(document.getElementById('alert-list'), document.getElementById('alert-empty'), {
    cameraName: (code) => cameras.find((camera) => camera.code === code)?.name || code || '',
    onChoose: (alert) => page.openCamera(alert.cameraCode),
    onAcknowledged: () => alertPoll.now(),
    onLocate: (alert, [lon, lat]) => window.location.assign(`./?${new URLSearchParams({ lon, lat })}`),
  });

  textFilter.value = params.get('q') || '';
  gridFilter.addEventListener('change', () => { rememberFilters(); page.render(); });
  textFilter.addEventListener('input', () => { rememberFilters(); page.render(); });
  document.getElementById('wall-filters').addEventListener('submit', (event) => event.preventDefault());
  onLangChange(page.render);
  loadGridOptions().catch(reportError).finally(page.render);

  let openRequested = params.get('camera');
  startPolling(async () => {
    cameras = await loadCameras();
    page.render();
    page.modal.update(cameras);
    alertList.render();
    if (openRequested) {
      page.openCamera(openRequested);
      openRequested = null;
    }
  }, POLL_MS, reportError);

  const alertPoll = startPolling(async () => {
    const alerts = await loadAlerts();
    alerting = new Set(alerts.filter(needsAttention).map((alert) => alert.cameraCode));
    alertList.update(alerts);
    const badge = document.getElementById('alert-badge');
    badge.textContent = String(alerts.filter(needsAttention).length);
    badge.hidden = badge.textContent === '0';
    page.render();
  }, POLL_MS, reportError);

  window.gridpatrol = { page };
  wall.dataset.ready = 'true';
}

start();
