/* global ol */
// Drones on the map: the live ground footprint (dashed purple, unlike the fixed cameras' cones) and
// the drone itself as an arrow-marked icon turned to its heading. Poses older than STALE_MS fade.

import { telemetryAgeMs } from './video-api.js';

const geoJson = new ol.format.GeoJSON();
const STALE_MS = 30000;
const LABELS_FROM_ZOOM = 15;
const FONT = '600 11px system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** A quadcopter seen from above with an arrow pointing up (north before rotation). */
function iconUrl(colour) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="30" height="30" viewBox="0 0 30 30">
<g stroke="${colour}" stroke-width="2.2"><path d="M8 8l14 14M22 8L8 22"/></g>
<g fill="#fff" stroke="${colour}" stroke-width="1.8"><circle cx="7" cy="7" r="4"/><circle cx="23" cy="7" r="4"/><circle cx="7" cy="23" r="4"/><circle cx="23" cy="23" r="4"/></g>
<circle cx="15" cy="15" r="5" fill="${colour}" stroke="#fff" stroke-width="1.5"/>
<path d="M15 1.5l3.5 5h-7z" fill="${colour}" stroke="#fff" stroke-width="1"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

const COLOURS = { live: '#7c3aed', stale: '#a1a1aa' };
const footprintStyles = {
  live: new ol.style.Style({
    fill: new ol.style.Fill({ color: 'rgba(124, 58, 237, 0.14)' }),
    stroke: new ol.style.Stroke({ color: 'rgba(124, 58, 237, 0.9)', width: 2, lineDash: [8, 6] }),
    zIndex: 1,
  }),
  stale: new ol.style.Style({
    fill: new ol.style.Fill({ color: 'rgba(161, 161, 170, 0.10)' }),
    stroke: new ol.style.Stroke({ color: 'rgba(113, 113, 122, 0.8)', width: 1.5, lineDash: [4, 6] }),
    zIndex: 1,
  }),
};
const labelStyle = new ol.style.Style({
  text: new ol.style.Text({
    font: FONT,
    offsetY: 24,
    fill: new ol.style.Fill({ color: '#4c1d95' }),
    stroke: new ol.style.Stroke({ color: 'rgba(255,255,255,0.95)', width: 3 }),
  }),
  zIndex: 3,
});
const iconCache = new Map();

function iconStyle(freshness, headingDeg) {
  // One Style per freshness and whole degree; rotation is part of the icon.
  const degrees = Number.isFinite(headingDeg) ? Math.round(((headingDeg % 360) + 360) % 360) : 0;
  const key = `${freshness}:${degrees}`;
  if (!iconCache.has(key)) {
    iconCache.set(key, new ol.style.Style({
      image: new ol.style.Icon({
        src: iconUrl(COLOURS[freshness]), imgSize: [30, 30], rotation: (degrees * Math.PI) / 180, rotateWithView: true,
      }),
      zIndex: 2,
    }));
  }
  return iconCache.get(key);
}

/** cameraName(code) labels a drone with its camera's name (looked up when drawn: cameras may load later). */
export function createDroneLayer(map, { cameraName = () => null } = {}) {
  const source = new ol.source.Vector();
  const projection = map.getView().getProjection();
  const byCode = new Map();

  const layer = new ol.layer.Vector({
    source,
    zIndex: 65, // above the cameras' cones and icons, below the alerts
    style: (feature, resolution) => {
      const freshness = feature.get('stale') ? 'stale' : 'live';
      if (feature.get('kind') === 'drone-footprint') {
        return footprintStyles[freshness];
      }
      const styles = [iconStyle(freshness, feature.get('headingDeg'))];
      if (map.getView().getZoomForResolution(resolution) >= LABELS_FROM_ZOOM) {
        labelStyle.getText().setText(cameraName(feature.get('code')) || feature.get('code'));
        styles.push(labelStyle);
      }
      return styles;
    },
  });
  layer.set('gridpatrolId', 'drones');

  function feature(id, geometry, properties) {
    const result = new ol.Feature({ geometry, ...properties });
    result.setId(id);
    return result;
  }

  /** Replaces the drones shown; returns how many have a pose. */
  function update(drones) {
    byCode.clear();
    const features = [];
    const now = Date.now();
    (drones || []).forEach((drone) => {
      const pose = drone?.telemetry;
      if (!drone?.code || !pose) {
        return;
      }
      byCode.set(drone.code, drone);
      const properties = {
        code: drone.code,
        stale: !(telemetryAgeMs(drone, now) <= STALE_MS),
        headingDeg: pose.headingDeg,
      };
      if (drone.footprint?.type === 'Polygon' || drone.footprint?.type === 'MultiPolygon') {
        const polygon = geoJson.readGeometry(drone.footprint, { dataProjection: 'EPSG:4326', featureProjection: projection });
        features.push(feature(`drone-footprint:${drone.code}`, polygon, { ...properties, kind: 'drone-footprint' }));
      }
      if (Number.isFinite(pose.lon) && Number.isFinite(pose.lat)) {
        const point = new ol.geom.Point(ol.proj.fromLonLat([pose.lon, pose.lat], projection));
        features.push(feature(`drone:${drone.code}`, point, { ...properties, kind: 'drone' }));
      }
    });
    source.clear(true);
    source.addFeatures(features);
    return byCode.size;
  }

  /** The code of the drone whose icon is under the pixel, or null. */
  function droneAt(pixel) {
    if (!layer.getVisible()) {
      return null;
    }
    const hit = map.forEachFeatureAtPixel(pixel, (candidate) => (candidate.get('kind') === 'drone' ? candidate : undefined),
      { layerFilter: (candidate) => candidate === layer, hitTolerance: 4 });
    return hit ? hit.get('code') : null;
  }

  return { layer, update, droneAt, get: (code) => byCode.get(code) || null };
}
