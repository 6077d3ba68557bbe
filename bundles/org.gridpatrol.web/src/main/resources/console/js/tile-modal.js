// The enlarged camera on the video wall (#tile-modal): its live MJPEG view, state and count.

import { t, formatNumber } from './i18n.js';
import { cameraState, stateName, liveUrl } from './video-api.js';

/** onOpenChange(open) lets the wall release its live streams while this one plays. */
export function createTileModal({ onOpenChange }) {
  const dialog = document.getElementById('tile-modal');
  const image = document.getElementById('tile-modal-image');
  const placeholder = document.getElementById('tile-modal-placeholder');
  let shown = null; // camera code

  function fill(camera) {
    const state = cameraState(camera);
    const health = camera.health || {};
    dialog.dataset.code = camera.code;
    dialog.dataset.state = state;
    document.getElementById('tile-modal-name').textContent = camera.name || camera.code;
    document.getElementById('tile-modal-state').textContent = [stateName(state),
      typeof health.lastCount === 'number' ? t('wall.count', { count: formatNumber(health.lastCount) }) : null,
      state === 'ONLINE' ? null : health.reason].filter(Boolean).join(' · ');
    document.getElementById('tile-modal-map').href = `./?camera=${encodeURIComponent(camera.code)}`;
    document.getElementById('tile-modal-live').href = liveUrl(camera.code);
    const live = state === 'ONLINE';
    if (live && image.dataset.code !== camera.code) {
      image.dataset.code = camera.code;
      image.src = liveUrl(camera.code);
    } else if (!live) {
      delete image.dataset.code;
      image.removeAttribute('src');
    }
    image.hidden = !live;
    placeholder.hidden = live;
    placeholder.textContent = health.reason || stateName(state);
  }

  function open(camera) {
    shown = camera.code;
    onOpenChange(true);
    fill(camera);
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  dialog.querySelectorAll('[data-close]').forEach((button) => button.addEventListener('click', () => dialog.close()));
  // A click on the backdrop (the dialog element itself, outside its content) closes it too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) {
      dialog.close();
    }
  });
  dialog.addEventListener('close', () => {
    shown = null;
    delete image.dataset.code;
    image.removeAttribute('src'); // closes the stream's connection
    onOpenChange(false);
  });

  return {
    open,
    /** After a camera poll: new state and count for the camera shown. */
    update(cameras) {
      const camera = shown && cameras.find((candidate) => candidate.code === shown);
      if (camera) {
        fill(camera);
      }
    },
  };
}
