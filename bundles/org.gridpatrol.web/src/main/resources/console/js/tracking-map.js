/* global ol */
// The tracking parts of the map page: live patrol units polled every 5 s, checkpoints every 30 s (and
// at once when the live stream reports a change), their info panels, and the live event feed.
// Counts are exposed for people and browser tests as body[data-unit-count] and body[data-checkpoint-count].

import { reportError } from './api.js';
import { t } from './i18n.js';
import { startPolling } from './poller.js';
import { createUnitLayer } from './unit-layer.js';
import { createCheckpointLayer } from './checkpoint-layer.js';
import { createUnitPanel, createCheckpointPanel } from './tracking-panels.js';
import { createEventFeed } from './event-feed.js';
import { connectLiveEvents } from './live-events.js';
import { loadLiveUnits, loadCheckpoints } from './tracking-api.js';

const UNIT_POLL_MS = 5000;
const CHECKPOINT_POLL_MS = 30000;
const EVENT_ZOOM = 17;
const EMPTY = { type: 'FeatureCollection', features: [] };

/** An installation without the tracking or checkpoint bundle answers 404: the map shows none, quietly. */
async function orEmpty(load) {
  try {
    return await load();
  } catch (error) {
    if (error.status === 404) {
      return EMPTY;
    }
    throw error;
  }
}

export function createTrackingMap(map, info) {
  const units = createUnitLayer(map);
  const checkpoints = createCheckpointLayer(map);
  map.addLayer(checkpoints.layer);
  map.addLayer(units.trackLayer);
  map.addLayer(units.layer);
  const unitName = (code) => units.get(code)?.name || null;
  const unitPanel = createUnitPanel(info, { units });
  const checkpointPanel = createCheckpointPanel(info, { checkpoints, unitName });
  const params = new URLSearchParams(window.location.search);
  let requestedCheckpoint = params.get('checkpoint');

  function refreshView(kind) {
    const view = info.currentView();
    if (view?.kind === kind) {
      view.refresh?.();
    }
  }

  function centreOn(lonLat) {
    const view = map.getView();
    view.animate({ center: ol.proj.fromLonLat(lonLat, view.getProjection()),
      zoom: Math.max(view.getZoom(), EVENT_ZOOM), duration: 400 });
  }

  function showCheckpoint(code, centre) {
    const checkpoint = checkpoints.get(code);
    if (centre && Number.isFinite(checkpoint?.lon) && Number.isFinite(checkpoint?.lat)) {
      centreOn([checkpoint.lon, checkpoint.lat]);
    }
    checkpointPanel.show(code);
  }

  const unitPoll = startPolling(async () => {
    const count = units.update(await orEmpty(loadLiveUnits));
    document.body.dataset.unitCount = String(count);
    refreshView('patrol-unit');
  }, UNIT_POLL_MS, reportError);

  const checkpointPoll = startPolling(async () => {
    const count = checkpoints.update(await orEmpty(loadCheckpoints));
    document.body.dataset.checkpointCount = String(count);
    refreshView('checkpoint');
    if (requestedCheckpoint && checkpoints.get(requestedCheckpoint)) {
      showCheckpoint(requestedCheckpoint, true);
    }
    requestedCheckpoint = null;
  }, CHECKPOINT_POLL_MS, reportError);

  /** A feed entry was clicked: centre on where it happened and show the unit or checkpoint. */
  function zoomToEvent(type, data) {
    document.body.classList.remove('panel-open'); // on phones, uncover the map
    if (type === 'fence') {
      const lonLat = [Number(data.lon), Number(data.lat)];
      if (lonLat.every(Number.isFinite)) {
        centreOn(lonLat);
      }
      if (units.get(data.unit)) {
        unitPanel.show(data.unit);
      }
      return;
    }
    if (data.checkpoint && checkpoints.get(data.checkpoint)) {
      showCheckpoint(data.checkpoint, true);
    }
  }

  const feed = createEventFeed(document.getElementById('event-feed'), document.getElementById('event-empty'),
    { unitName, onChoose: zoomToEvent });
  const liveState = document.getElementById('live-state');
  const live = connectLiveEvents({
    onEvent(type, data) {
      if (type === 'units' || type === 'fence') {
        unitPoll.now();
      }
      if (type === 'staffed' || type === 'unstaffed') {
        checkpointPoll.now();
      }
      feed.add(type, data);
    },
    onState(state) {
      document.body.dataset.liveState = state;
      if (liveState) {
        liveState.dataset.state = state;
        liveState.dataset.i18nTitle = `live.${state}`;
        liveState.title = t(`live.${state}`);
      }
    },
  });

  /** A click on a unit opens its panel; false when there is none under the pixel. */
  function handleUnitClick(pixel) {
    const code = units.unitAt(pixel);
    if (code) {
      unitPanel.show(code);
    }
    return Boolean(code);
  }

  /** A click on a checkpoint marker or fence opens its panel; false when there is none. */
  function handleCheckpointClick(pixel) {
    const code = checkpoints.checkpointAt(pixel);
    if (code) {
      showCheckpoint(code, false);
    }
    return Boolean(code);
  }

  // Registered after the video layers' handler, which resets the cursor when none of its features is hit.
  map.on('pointermove', (event) => {
    if (!event.dragging && (units.unitAt(event.pixel) || checkpoints.checkpointAt(event.pixel))) {
      map.getTargetElement().style.cursor = 'pointer';
    }
  });

  return { units, checkpoints, feed, live, handleUnitClick, handleCheckpointClick, showUnit: unitPanel.show, showCheckpoint };
}
