/* global ol */
// Video alerts with a map position: red markers; those still needing attention pulse.

import { alertLonLat, needsAttention } from './video-api.js';

const PULSE_MS = 1600;
const PULSE_RADIUS = 26;

const markerStyles = {
  attention: new ol.style.Style({
    image: new ol.style.Circle({
      radius: 8,
      fill: new ol.style.Fill({ color: '#dc2626' }),
      stroke: new ol.style.Stroke({ color: '#ffffff', width: 2.5 }),
    }),
    zIndex: 2,
  }),
  seen: new ol.style.Style({
    image: new ol.style.Circle({
      radius: 6,
      fill: new ol.style.Fill({ color: 'rgba(153, 27, 27, 0.75)' }),
      stroke: new ol.style.Stroke({ color: '#ffffff', width: 1.5 }),
    }),
    zIndex: 1,
  }),
};

function pulseStyle(phase) {
  return new ol.style.Style({
    image: new ol.style.Circle({
      radius: 8 + phase * (PULSE_RADIUS - 8),
      stroke: new ol.style.Stroke({ color: `rgba(220, 38, 38, ${(1 - phase) * 0.9})`, width: 3 }),
      fill: new ol.style.Fill({ color: `rgba(220, 38, 38, ${(1 - phase) * 0.25})` }),
    }),
  });
}

export function createAlertLayer(map) {
  const source = new ol.source.Vector();
  const projection = map.getView().getProjection();
  const layer = new ol.layer.Vector({
    source,
    zIndex: 70,
    style: (feature) => markerStyles[feature.get('attention') ? 'attention' : 'seen'],
  });
  layer.set('gridpatrolId', 'alerts');

  // The rings are drawn after the layer on every frame while some alert needs attention.
  layer.on('postrender', (event) => {
    const pulsing = source.getFeatures().filter((feature) => feature.get('attention'));
    if (pulsing.length === 0) {
      return;
    }
    const context = ol.render.getVectorContext(event);
    const phase = (event.frameState.time % PULSE_MS) / PULSE_MS;
    context.setStyle(pulseStyle(phase));
    pulsing.forEach((feature) => context.drawGeometry(feature.getGeometry()));
    map.render();
  });

  /** Replaces the alerts shown; alerts without a map position are left out. */
  function update(alerts) {
    const features = [];
    alerts.forEach((alert) => {
      const lonLat = alertLonLat(alert);
      if (lonLat) {
        const feature = new ol.Feature({
          geometry: new ol.geom.Point(ol.proj.fromLonLat(lonLat, projection)),
          kind: 'alert',
          id: alert.id,
          attention: needsAttention(alert),
        });
        feature.setId(`alert:${alert.id}`);
        features.push(feature);
      }
    });
    source.clear(true);
    source.addFeatures(features);
    return features.length;
  }

  function alertIdAt(pixel) {
    if (!layer.getVisible()) {
      return null;
    }
    const feature = map.forEachFeatureAtPixel(pixel, (candidate) => candidate,
      { layerFilter: (candidate) => candidate === layer, hitTolerance: 4 });
    return feature ? feature.get('id') : null;
  }

  return { layer, update, alertIdAt };
}
