// The video alert list (map side panel and video wall): kind, camera, time, count, grid, snapshot,
// an acknowledge button for alerts nobody has acknowledged yet, and "Locate" for alerts with a map position.

import { reportError } from './api.js';
import { t, getLang, onLangChange } from './i18n.js';
import { el, reconcile } from './dom.js';
import { showToast } from './toast.js';
import {
  acknowledgeAlert, snapshotUrl, kindName, formatTime, isActive, needsAttention, toMillis, alertNumericLonLat,
} from './video-api.js';

/**
 * list: the <ul>; empty: the element shown when there is no alert. cameraName(code) gives a
 * display name; onChoose(alert) runs when an alert is clicked; onAcknowledged() after a
 * successful acknowledgement (to reload); onLocate(alert, [lon, lat]), if given, shows the alert's
 * position (offered only when the alert has numeric lon/lat).
 */
export function createAlertList(list, empty, { cameraName, onChoose, onAcknowledged, onLocate }) {
  let alerts = [];
  const acknowledging = new Set();

  async function acknowledge(alert, button) {
    acknowledging.add(alert.id);
    button.disabled = true;
    try {
      await acknowledgeAlert(alert.id);
      showToast(t('alert.acknowledged'), 'info');
      onAcknowledged();
    } catch (error) {
      button.disabled = false;
      if (error.status === 403) {
        showToast(t('alert.forbidden'));
      } else {
        reportError(error);
      }
    } finally {
      acknowledging.delete(alert.id);
    }
  }

  function statusText(alert) {
    const parts = [isActive(alert) ? t('alert.active') : t('alert.ended', { time: formatTime(alert.endedAt) })];
    if (alert.acknowledgedBy) {
      parts.push(t('alert.acknowledgedBy', { user: alert.acknowledgedBy }));
    }
    return parts.join(' · ');
  }

  function build(alert) {
    const kind = String(alert.kind).toUpperCase();
    const ackButton = !alert.acknowledgedBy
      ? el('button', { type: 'button', class: 'alert-ack', dataset: { id: alert.id } }, t('alert.ack'))
      : null;
    ackButton?.addEventListener('click', (event) => {
      event.stopPropagation();
      acknowledge(alert, ackButton);
    });
    if (ackButton && acknowledging.has(alert.id)) {
      ackButton.disabled = true;
    }
    const lonLat = onLocate ? alertNumericLonLat(alert) : null;
    const locateButton = lonLat
      ? el('button', { type: 'button', class: 'alert-locate', dataset: { id: alert.id }, title: t('alert.locateTitle') },
        t('alert.locate'))
      : null;
    locateButton?.addEventListener('click', (event) => {
      event.stopPropagation();
      onLocate(alert, lonLat);
    });
    return el('li', {
      class: 'alert-item',
      dataset: {
        id: alert.id,
        kind,
        camera: alert.cameraCode || '',
        active: String(isActive(alert)),
        attention: String(needsAttention(alert)),
      },
    },
    el('a', { class: 'alert-snapshot', href: snapshotUrl(alert.id), target: '_blank', rel: 'noopener',
      title: t('alert.snapshot') },
    el('img', { src: snapshotUrl(alert.id), alt: t('alert.snapshot'), loading: 'lazy', decoding: 'async' })),
    el('button', { type: 'button', class: 'alert-open', onclick: () => onChoose(alert) },
      el('span', { class: 'alert-title' },
        el('span', { class: 'alert-kind', dataset: { kind } }, kindName(kind)),
        el('span', { class: 'alert-camera' }, cameraName(alert.cameraCode))),
      el('span', { class: 'alert-meta' },
        el('time', { datetime: Number.isFinite(toMillis(alert.startedAt)) ? new Date(toMillis(alert.startedAt)).toISOString() : '' },
          formatTime(alert.startedAt)),
        el('span', { class: 'alert-count' }, t('alert.count', { count: alert.peakCount ?? 0 })),
        alert.gridCode ? el('span', { class: 'alert-grid', title: t('alert.grid') }, alert.gridCode) : null),
      el('span', { class: 'alert-status' }, statusText(alert))),
    ackButton || locateButton ? el('div', { class: 'alert-actions' }, locateButton, ackButton) : null);
  }

  function render() {
    empty.hidden = alerts.length > 0;
    list.dataset.count = String(alerts.length);
    reconcile(list, alerts, {
      key: (alert) => alert.id,
      // Rebuilt when anything shown changes (names and times depend on the language).
      signature: (alert) => [getLang(), alert.endedAt, alert.peakCount, alert.acknowledgedBy, alert.gridCode,
        cameraName(alert.cameraCode), alert.lon, alert.lat].join('|'),
      build,
    });
  }

  onLangChange(render);
  return {
    /** Shows these alerts: those needing attention first, then newest first. */
    update(next) {
      alerts = [...(next || [])].sort((a, b) => Number(needsAttention(b)) - Number(needsAttention(a))
        || (toMillis(b.startedAt) || 0) - (toMillis(a.startedAt) || 0));
      render();
    },
    render,
  };
}
