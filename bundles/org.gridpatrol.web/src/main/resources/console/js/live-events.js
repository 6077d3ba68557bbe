// The live event stream: Server-Sent Events from /live/events (fence transitions, unit changes,
// checkpoint staffing, health-code alerts). EventSource retries dropped connections by itself; when
// the server answers with an error instead (restart, logged out) it gives up, so this reopens it.

import { getJson } from './api.js';

const STREAM_URL = '/live/events';
export const LIVE_EVENT_TYPES = ['fence', 'units', 'unstaffed', 'staffed', 'health-code'];
const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 60000;

/**
 * onEvent(type, data) runs for every message (data parsed from JSON; messages that are not JSON are
 * skipped); onState(state) with 'connecting', 'open' or 'closed'. Returns { close }.
 */
export function connectLiveEvents({ onEvent, onState = () => {} }) {
  let source = null;
  let retryMs = FIRST_RETRY_MS;
  let timer = null;
  let closed = false;

  function deliver(type, message) {
    let data;
    try {
      data = JSON.parse(message.data);
    } catch (e) {
      return; // not ours to show
    }
    onEvent(type, data && typeof data === 'object' ? data : { value: data });
  }

  function open() {
    if (closed) {
      return;
    }
    onState('connecting');
    source = new EventSource(STREAM_URL, { withCredentials: true });
    source.addEventListener('open', () => {
      retryMs = FIRST_RETRY_MS;
      onState('open');
    });
    LIVE_EVENT_TYPES.forEach((type) => source.addEventListener(type, (message) => deliver(type, message)));
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CONNECTING) {
        onState('connecting'); // the browser is retrying by itself
        return;
      }
      source.close();
      onState('closed');
      scheduleReopen();
    });
  }

  function scheduleReopen() {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      try {
        await getJson('/api/v1/me'); // a lost session goes to the login page instead of retrying forever
      } catch (error) {
        if (error?.status === 401) {
          return;
        }
      }
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      open();
    }, retryMs);
  }

  open();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      source?.close();
      onState('closed');
    },
  };
}
