/* global ol */
// Patrol units on the map from GET /api/v1/patrol-units/live: a symbol per kind (patroller: round, vehicle:
// rounded square, drone: diamond) coloured by duty status, the name from zoom 15, and the selected
// unit's recent track beneath it.

import { STATUS_COLOURS, unitStatus, unitKind } from './tracking-api.js';

const geoJson = new ol.format.GeoJSON();
const LABELS_FROM_ZOOM = 15;
const FONT = '600 11px system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** 26 px symbols; the white glyph says what the unit is, the fill its status. */
const SYMBOLS = {
  PATROLLER: (colour) => `<circle cx="13" cy="13" r="11" fill="${colour}" stroke="#fff" stroke-width="2"/>
<circle cx="13" cy="9.5" r="3" fill="#fff"/><path d="M7.5 19.5c.6-3.6 2.8-5.5 5.5-5.5s4.9 1.9 5.5 5.5z" fill="#fff"/>`,
  VEHICLE: (colour) => `<rect x="2" y="2" width="22" height="22" rx="5" fill="${colour}" stroke="#fff" stroke-width="2"/>
<path d="M7 15l1.5-4.5h9L19 15v3.5H7z" fill="#fff"/><circle cx="9.5" cy="18.5" r="1.6" fill="${colour}"/><circle cx="16.5" cy="18.5" r="1.6" fill="${colour}"/>`,
  DRONE: (colour) => `<path d="M13 1.5L24.5 13 13 24.5 1.5 13z" fill="${colour}" stroke="#fff" stroke-width="2"/>
<path d="M9 9l8 8M17 9l-8 8" stroke="#fff" stroke-width="1.8"/><circle cx="13" cy="13" r="2.2" fill="#fff"/>`,
};

function iconUrl(kind, colour) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="26" height="26" viewBox="0 0 26 26">${SYMBOLS[kind](colour)}</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

const iconStyles = {};
Object.keys(SYMBOLS).forEach((kind) => {
  Object.entries(STATUS_COLOURS).forEach(([status, colour]) => {
    iconStyles[`${kind}:${status}`] = new ol.style.Style({
      image: new ol.style.Icon({ src: iconUrl(kind, colour), imgSize: [26, 26] }),
      zIndex: 2,
    });
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
const trackStyles = [
  new ol.style.Style({ stroke: new ol.style.Stroke({ color: 'rgba(255,255,255,0.9)', width: 6 }) }),
  new ol.style.Style({ stroke: new ol.style.Stroke({ color: '#1d4ed8', width: 3, lineDash: [8, 5] }) }),
];
const trackStartStyle = new ol.style.Style({
  image: new ol.style.Circle({
    radius: 4, fill: new ol.style.Fill({ color: '#fff' }), stroke: new ol.style.Stroke({ color: '#1d4ed8', width: 2 }),
  }),
});

export function createUnitLayer(map) {
  const projection = map.getView().getProjection();
  const source = new ol.source.Vector();
  const trackSource = new ol.source.Vector();
  const byCode = new Map(); // code -> the feature's properties
  let selectedCode = null;

  const layer = new ol.layer.Vector({
    source,
    zIndex: 75, // above cameras and drones: units move and are clicked most
    style: (feature, resolution) => {
      const styles = [iconStyles[`${unitKind(feature.get('kind'))}:${unitStatus(feature.get('status'))}`]];
      if (feature.getId() === selectedCode) {
        styles.unshift(selectedStyle);
      }
      if (map.getView().getZoomForResolution(resolution) >= LABELS_FROM_ZOOM) {
        labelStyle.getText().setText(String(feature.get('name') || feature.getId()));
        styles.push(labelStyle);
      }
      return styles;
    },
  });
  layer.set('gridpatrolId', 'units');
  const trackLayer = new ol.layer.Vector({
    source: trackSource,
    zIndex: 74,
    style: (feature) => (feature.getGeometry().getType() === 'Point' ? trackStartStyle : trackStyles),
  });
  trackLayer.set('gridpatrolId', 'unit-track');
  layer.on('change:visible', () => trackLayer.setVisible(layer.getVisible()));

  /** Replaces the units shown with the features of a live FeatureCollection; returns how many. */
  function update(collection) {
    const features = geoJson.readFeatures(collection || { type: 'FeatureCollection', features: [] },
      { dataProjection: 'EPSG:4326', featureProjection: projection })
      .filter((feature) => feature.getGeometry()?.getType() === 'Point');
    byCode.clear();
    features.forEach((feature) => {
      const code = feature.getId() ?? feature.get('code');
      feature.setId(code);
      byCode.set(String(code), { ...feature.getProperties(), geometry: undefined, code: String(code),
        lonLat: ol.proj.toLonLat(feature.getGeometry().getCoordinates(), projection) });
    });
    source.clear(true);
    source.addFeatures(features);
    return byCode.size;
  }

  /** The code of the unit under the pixel, or null. */
  function unitAt(pixel) {
    if (!layer.getVisible()) {
      return null;
    }
    const hit = map.forEachFeatureAtPixel(pixel, (feature) => feature,
      { layerFilter: (candidate) => candidate === layer, hitTolerance: 4 });
    return hit ? String(hit.getId()) : null;
  }

  /** Draws a track Feature (LineString or Point geometry, or null geometry for none); returns its point count. */
  function showTrack(track) {
    trackSource.clear(true);
    const geometry = track?.geometry
      ? geoJson.readGeometry(track.geometry, { dataProjection: 'EPSG:4326', featureProjection: projection })
      : null;
    if (!geometry) {
      return 0;
    }
    trackSource.addFeature(new ol.Feature(geometry));
    if (geometry.getType() === 'LineString') {
      trackSource.addFeature(new ol.Feature(new ol.geom.Point(geometry.getFirstCoordinate())));
      return geometry.getCoordinates().length;
    }
    return 1;
  }

  function select(code) {
    selectedCode = code;
    if (!code) {
      trackSource.clear(true);
    }
    layer.changed();
  }

  return {
    layer, trackLayer, update, unitAt, showTrack, select,
    /** The latest live properties of a unit (with lonLat), or null when it has no recent position. */
    get: (code) => byCode.get(String(code)) || null,
  };
}
