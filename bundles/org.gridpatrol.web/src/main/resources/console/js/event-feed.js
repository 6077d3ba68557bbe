// The live event feed in the map's side panel: fence transitions, checkpoint staffing and health-code
// alerts, newest first, each with its time and a click that zooms to it. Unstaffed checkpoints and red
// health codes are also shown as a toast.

import { t, getLang, onLangChange } from './i18n.js';
import { el, reconcile } from './dom.js';
import { showToast } from './toast.js';
import { formatTime, toMillis } from './video-api.js';
import { HEALTH_COLOURS, enumName } from './tracking-api.js';

const MAX_ENTRIES = 100;
export const FEED_EVENT_TYPES = ['fence', 'unstaffed', 'staffed', 'health-code'];

function checkpointLabel(data) {
  return data.checkpointName || data.checkpoint || t('info.none');
}

/**
 * list: the <ul id="event-feed">; empty: shown while there is nothing. unitName(code) names units;
 * onChoose(type, data) runs when an entry is clicked.
 */
export function createEventFeed(list, empty, { unitName = (code) => code, onChoose }) {
  let entries = [];
  let nextId = 1;

  function title(type, data) {
    switch (type) {
      case 'fence':
        return t(`event.fence.${String(data.transition).toUpperCase()}`, {
          unit: unitName(data.unit) || data.unit || '', fence: data.fenceName || data.fence || '',
        });
      case 'unstaffed':
        return t('event.unstaffed', { checkpoint: checkpointLabel(data) });
      case 'staffed':
        return t('event.staffed', { checkpoint: checkpointLabel(data) });
      case 'health-code':
        return t('event.healthCode', {
          code: enumName('health', data.healthCode), subject: data.subject || '', checkpoint: checkpointLabel(data),
        });
      default:
        return type;
    }
  }

  function detail(type, data) {
    if (type === 'fence') {
      return enumName('fence.source', data.source);
    }
    if (type === 'unstaffed' && Array.isArray(data.rostered) && data.rostered.length > 0) {
      return t('event.rostered', { units: data.rostered.map((code) => unitName(code) || code).join('、') });
    }
    if (type === 'health-code') {
      return enumName('pass.subjectKind', data.subjectKind);
    }
    return null;
  }

  function build({ type, data }) {
    const colour = type === 'health-code' ? HEALTH_COLOURS[String(data.healthCode).toUpperCase()] : null;
    const at = toMillis(data.time);
    const dataset = { event: type, subject: data.unit || data.checkpoint || '' };
    if (type === 'fence') {
      dataset.transition = String(data.transition || '').toUpperCase();
    } else if (type === 'health-code') {
      dataset.healthCode = String(data.healthCode || '').toUpperCase();
    }
    return el('li', { class: 'event-item', dataset },
    el('button', { type: 'button', class: 'event-open', title: t('event.zoom'), onclick: () => onChoose(type, data) },
      el('span', { class: 'event-kind', style: colour ? `background:${colour}` : null }, t(`event.kind.${type}`)),
      el('span', { class: 'event-title' }, title(type, data)),
      el('span', { class: 'event-meta' },
        el('time', { datetime: Number.isFinite(at) ? new Date(at).toISOString() : '' }, formatTime(data.time)),
        detail(type, data))));
  }

  function render() {
    empty.hidden = entries.length > 0;
    list.dataset.count = String(entries.length);
    reconcile(list, entries, {
      key: (entry) => entry.id,
      signature: () => getLang(),
      build,
    });
  }

  function alarm(type, data) {
    if (type === 'unstaffed') {
      showToast(title(type, data));
    } else if (type === 'health-code' && String(data.healthCode).toUpperCase() === 'RED') {
      showToast(t('event.redToast', { subject: data.subject || '', checkpoint: checkpointLabel(data) }));
    }
  }

  onLangChange(render);
  return {
    /** Adds one event from the live stream; types the feed does not show are ignored. */
    add(type, data) {
      if (!FEED_EVENT_TYPES.includes(type)) {
        return;
      }
      entries = [{ id: nextId++, type, data }, ...entries].slice(0, MAX_ENTRIES);
      render();
      alarm(type, data);
    },
    render,
  };
}
