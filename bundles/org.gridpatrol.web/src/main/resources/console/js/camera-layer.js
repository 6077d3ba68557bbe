/* global ol */
// Cameras on the map: an icon coloured by health and the view footprint (cone, or the calibrated
// ground footprint the server sends) drawn semi-transparent beneath it.

import { STATE_COLOURS, cameraState } from './video-api.js';

const geoJson = new ol.format.GeoJSON();
const LABELS_FROM_ZOOM = 16;
const FONT = '600 11px system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const CONE_STEPS = 16;
const METRES_PER_DEGREE = 111320;

function iconUrl(colour) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="26" height="26" viewBox="0 0 26 26">
<circle cx="13" cy="13" r="11.5" fill="${colour}" stroke="#fff" stroke-width="2"/>
<rect x="6.5" y="9" width="9.5" height="8" rx="1.5" fill="#fff"/><path d="M16.5 12l3.5-2v6l-3.5-2z" fill="#fff"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function withAlpha(hex, alpha) {
  const value = parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

const iconStyles = {};
const footprintStyles = {};
Object.entries(STATE_COLOURS).forEach(([state, colour]) => {
  iconStyles[state] = new ol.style.Style({
    image: new ol.style.Icon({ src: iconUrl(colour), imgSize: [26, 26] }),
    zIndex: 2,
  });
  footprintStyles[state] = new ol.style.Style({
    fill: new ol.style.Fill({ color: withAlpha(colour, 0.16) }),
    stroke: new ol.style.Stroke({ color: withAlpha(colour, 0.7), width: 1.2 }),
    zIndex: 1,
  });
});
const selectedStyle = new ol.style.Style({
  image: new ol.style.Circle({ radius: 17, stroke: new ol.style.Stroke({ color: '#1d4ed8', width: 3 }) }),
  zIndex: 1,
});
const labelStyle = new ol.style.Style({
  text: new ol.style.Text({
    font: FONT,
    offsetY: 22,
    fill: new ol.style.Fill({ color: '#0f172a' }),
    stroke: new ol.style.Stroke({ color: 'rgba(255,255,255,0.95)', width: 3 }),
  }),
  zIndex: 3,
});

/**
 * A view cone in lon/lat from the camera's heading (clockwise from north), angle and range, for
 * cameras the server sends no footprint for. Flat-earth offsets are exact enough at a few hundred metres.
 */
export function viewCone(camera) {
  const { lon, lat, headingDeg, fieldOfViewDeg, rangeMetres } = camera;
  if (![lon, lat, headingDeg, fieldOfViewDeg, rangeMetres].every(Number.isFinite)
      || fieldOfViewDeg <= 0 || rangeMetres <= 0) {
    return null;
  }
  const ring = [[lon, lat]];
  const start = headingDeg - fieldOfViewDeg / 2;
  for (let step = 0; step <= CONE_STEPS; step++) {
    const bearing = ((start + (fieldOfViewDeg * step) / CONE_STEPS) * Math.PI) / 180;
    ring.push([
      lon + (rangeMetres * Math.sin(bearing)) / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180)),
      lat + (rangeMetres * Math.cos(bearing)) / METRES_PER_DEGREE,
    ]);
  }
  ring.push([lon, lat]);
  return { type: 'Polygon', coordinates: [ring] };
}

export function createCameraLayer(map) {
  const source = new ol.source.Vector();
  const projection = map.getView().getProjection();
  const byCode = new Map();
  let selectedCode = null;

  const layer = new ol.layer.Vector({
    source,
    zIndex: 60,
    style: (feature, resolution) => {
      const state = feature.get('state');
      if (feature.get('kind') === 'footprint') {
        return footprintStyles[state];
      }
      const styles = [iconStyles[state]];
      if (feature.get('code') === selectedCode) {
        styles.unshift(selectedStyle);
      }
      if (map.getView().getZoomForResolution(resolution) >= LABELS_FROM_ZOOM) {
        labelStyle.getText().setText(feature.get('name'));
        styles.push(labelStyle);
      }
      return styles;
    },
  });
  layer.set('gridpatrolId', 'cameras');

  function upsert(id, geometry, properties) {
    let feature = source.getFeatureById(id);
    if (!feature) {
      feature = new ol.Feature();
      feature.setId(id);
      feature.setProperties(properties, true);
      feature.setGeometry(geometry);
      source.addFeature(feature);
    } else {
      feature.setProperties(properties, true);
      feature.setGeometry(geometry);
    }
  }

  function removeMissing(keep) {
    source.getFeatures()
      .filter((feature) => !keep.has(feature.getId()))
      .forEach((feature) => source.removeFeature(feature));
  }

  /** Replaces the cameras shown. */
  function update(cameras) {
    byCode.clear();
    const keep = new Set();
    cameras.forEach((camera) => {
      if (!Number.isFinite(camera.lon) || !Number.isFinite(camera.lat)) {
        return;
      }
      byCode.set(camera.code, camera);
      const properties = { code: camera.code, name: camera.name || camera.code, state: cameraState(camera) };
      const point = new ol.geom.Point(ol.proj.fromLonLat([camera.lon, camera.lat], projection));
      upsert(`camera:${camera.code}`, point, { ...properties, kind: 'camera' });
      keep.add(`camera:${camera.code}`);
      // A drone's registered position is only its base: its live footprint is the drone layer's.
      const footprint = camera.footprint || (camera.type === 'DRONE' ? null : viewCone(camera));
      if (footprint) {
        const polygon = geoJson.readGeometry(footprint, { dataProjection: 'EPSG:4326', featureProjection: projection });
        upsert(`footprint:${camera.code}`, polygon, { ...properties, kind: 'footprint' });
        keep.add(`footprint:${camera.code}`);
      }
    });
    removeMissing(keep);
    layer.changed();
  }

  /** The camera whose icon is under the pixel, or null (footprints do not count). */
  function cameraAt(pixel) {
    if (!layer.getVisible()) {
      return null;
    }
    const feature = map.forEachFeatureAtPixel(pixel, (candidate) => (candidate.get('kind') === 'camera' ? candidate : undefined),
      { layerFilter: (candidate) => candidate === layer, hitTolerance: 4 });
    return feature ? byCode.get(feature.get('code')) || null : null;
  }

  function select(code) {
    selectedCode = code;
    layer.changed();
  }

  return { layer, update, cameraAt, select, get: (code) => byCode.get(code) || null };
}
