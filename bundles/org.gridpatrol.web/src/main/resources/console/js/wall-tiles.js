// The video wall's tiles: alerting cameras first, live MJPEG for the first few online cameras, a
// JPEG refreshed every 2 s for the other online ones, a placeholder for the rest.

import { t, formatNumber, onLangChange, getLang } from './i18n.js';
import { el, reconcile } from './dom.js';
import { STATE_COLOURS, cameraState, stateName, frameUrl, liveUrl, formatFps } from './video-api.js';

/**
 * Each MJPEG <img> holds an HTTP connection open for as long as it shows. Browsers allow 6
 * connections per host over HTTP/1.1 and queue the rest, so 9 streams would starve every API call
 * and frame request of this page; 4 leave room for them.
 */
export const MAX_LIVE_TILES = 4;
const FRAME_MS = 2000;

function tileOrder(a, b) {
  return Number(b.alerting) - Number(a.alerting)
    || Number(b.state === 'ONLINE') - Number(a.state === 'ONLINE')
    || String(a.camera.name || a.camera.code).localeCompare(String(b.camera.name || b.camera.code), getLang());
}

/** Loads url into image only once it has arrived, so refreshing never flashes an empty tile. */
function swapWhenLoaded(image, url) {
  const next = new Image();
  next.onload = () => {
    if (image.dataset.pending === url) {
      image.src = url;
    }
  };
  image.dataset.pending = url;
  next.src = url;
}

export function createWallTiles(container, { onOpen }) {
  let tiles = []; // { camera, state, alerting, mode }
  let liveBudget = MAX_LIVE_TILES;

  function setMode(element, mode, code) {
    const image = element.querySelector('.tile-image');
    const placeholder = element.querySelector('.tile-placeholder');
    if (element.dataset.mode !== mode) {
      element.dataset.mode = mode;
      if (mode === 'live') {
        image.src = liveUrl(code);
      } else if (mode === 'frame') {
        // Ends a live stream at once (its connection closes) and shows the latest frame.
        image.src = frameUrl(code, { overlays: true, cacheKey: Date.now() });
      } else {
        image.removeAttribute('src');
      }
    }
    image.hidden = mode === 'none';
    placeholder.hidden = mode !== 'none';
  }

  function fill(element, tile) {
    const { camera, state, alerting } = tile;
    const health = camera.health || {};
    element.dataset.state = state;
    element.dataset.alerting = String(alerting);
    element.title = camera.code;
    element.querySelector('.state-dot').style.background = STATE_COLOURS[state];
    element.querySelector('.tile-name').textContent = camera.name || camera.code;
    element.querySelector('.tile-count').textContent = state === 'ONLINE' && typeof health.lastCount === 'number'
      ? t('wall.count', { count: formatNumber(health.lastCount) }) : '';
    element.querySelector('.tile-state').textContent = state === 'ONLINE'
      ? `${stateName(state)} · ${t('wall.fps', { fps: formatFps(health.analysisFps) })}`
      : [stateName(state), health.reason].filter(Boolean).join(' · ');
    element.querySelector('.tile-placeholder').textContent = health.reason || stateName(state);
    setMode(element, tile.mode, camera.code);
  }

  function build(tile) {
    const element = el('article', {
      class: 'camera-tile', tabindex: '0', role: 'button', dataset: { code: tile.camera.code, mode: '' },
      onclick: () => onOpen(tile.camera.code),
      onkeydown: (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen(tile.camera.code);
        }
      },
    },
    el('div', { class: 'tile-video' },
      el('img', { class: 'tile-image', alt: '', decoding: 'async',
        onload: (event) => event.target.closest('.camera-tile')?.classList.remove('no-frame'),
        onerror: (event) => event.target.closest('.camera-tile')?.classList.add('no-frame') }),
      el('p', { class: 'tile-placeholder', hidden: true })),
    el('div', { class: 'tile-caption' },
      el('span', { class: 'state-dot' }),
      el('span', { class: 'tile-name' }),
      el('span', { class: 'tile-count' })),
    el('div', { class: 'tile-state' }));
    fill(element, tile);
    return element;
  }

  function render() {
    let live = 0;
    tiles.forEach((tile) => {
      if (tile.state !== 'ONLINE') {
        tile.mode = 'none';
      } else if (live < liveBudget) {
        tile.mode = 'live';
        live++;
      } else {
        tile.mode = 'frame';
      }
    });
    reconcile(container, tiles, {
      key: (tile) => tile.camera.code,
      signature: (tile) => tile.camera.code,
      build,
      update: fill,
    });
    container.dataset.liveTiles = String(live);
  }

  /** Refreshes the JPEG of every tile that is not live. */
  function refreshFrames() {
    container.querySelectorAll('.camera-tile[data-mode="frame"] .tile-image').forEach((image) => {
      const code = image.closest('.camera-tile').dataset.code;
      swapWhenLoaded(image, frameUrl(code, { overlays: true, cacheKey: Date.now() }));
    });
  }
  setInterval(() => {
    if (!document.hidden) {
      refreshFrames();
    }
  }, FRAME_MS);
  onLangChange(render);

  return {
    /** cameras: filtered list; alerting: set of camera codes with an alert needing attention. */
    update(cameras, alerting) {
      tiles = cameras.map((camera) => ({ camera, state: cameraState(camera), alerting: alerting.has(camera.code) }))
        .sort(tileOrder);
      render();
    },
    /** While the enlarged view streams, the wall gives up its live streams (connection budget). */
    setLiveBudget(budget) {
      liveBudget = budget;
      render();
    },
  };
}
