/* global ol */
// Checkpoints on the map from GET /api/v1/checkpoints: the fence polygon (blue, red outline when the
// rostered staff are not there) and a barrier marker where the staff stand.

import { isUnstaffed } from './tracking-api.js';

const geoJson = new ol.format.GeoJSON();
const LABELS_FROM_ZOOM = 14;
const FONT = '600 11px system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const COLOURS = { staffed: '#0e7490', unstaffed: '#dc2626' };

function markerUrl(colour) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="26" height="26" viewBox="0 0 26 26">
<rect x="2" y="2" width="22" height="22" rx="4" fill="#fff" stroke="${colour}" stroke-width="2.5"/>
<path d="M6 10.5h14v4H6z" fill="${colour}"/><path d="M8.5 10.5l2 4M13 10.5l2 4M17.5 10.5l2 4" stroke="#fff" stroke-width="1.4"/>
<path d="M7.5 14.5v5M18.5 14.5v5" stroke="${colour}" stroke-width="2"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

const styles = {};
Object.entries(COLOURS).forEach(([state, colour]) => {
  styles[state] = {
    fence: new ol.style.Style({
      fill: new ol.style.Fill({ color: state === 'staffed' ? 'rgba(14, 116, 144, 0.12)' : 'rgba(220, 38, 38, 0.12)' }),
      stroke: new ol.style.Stroke({ color: colour, width: state === 'staffed' ? 1.8 : 3 }),
      zIndex: 1,
    }),
    marker: new ol.style.Style({ image: new ol.style.Icon({ src: markerUrl(colour), imgSize: [26, 26] }), zIndex: 2 }),
  };
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

export function createCheckpointLayer(map) {
  const projection = map.getView().getProjection();
  const source = new ol.source.Vector();
  const byCode = new Map(); // code -> properties (with staffing)

  const layer = new ol.layer.Vector({
    source,
    zIndex: 40, // above the boundaries, below cameras and units
    style: (feature, resolution) => {
      const state = isUnstaffed(byCode.get(feature.get('code'))) ? 'unstaffed' : 'staffed';
      if (feature.get('kind') === 'fence') {
        return styles[state].fence;
      }
      if (map.getView().getZoomForResolution(resolution) < LABELS_FROM_ZOOM) {
        return styles[state].marker;
      }
      labelStyle.getText().setText(String(byCode.get(feature.get('code'))?.name || feature.get('code')));
      return [styles[state].marker, labelStyle];
    },
  });
  layer.set('gridpatrolId', 'checkpoints');

  /** Replaces the checkpoints shown with a FeatureCollection's; returns how many. */
  function update(collection) {
    byCode.clear();
    const features = [];
    (collection?.features || []).forEach((item) => {
      const properties = item.properties || {};
      const code = String(item.id ?? properties.code ?? '');
      if (!code) {
        return;
      }
      byCode.set(code, { ...properties, code });
      if (item.geometry) {
        const fence = new ol.Feature(geoJson.readGeometry(item.geometry,
          { dataProjection: 'EPSG:4326', featureProjection: projection }));
        fence.setProperties({ code, kind: 'fence' });
        fence.setId(`fence:${code}`);
        features.push(fence);
      }
      if (Number.isFinite(properties.lon) && Number.isFinite(properties.lat)) {
        const marker = new ol.Feature(new ol.geom.Point(ol.proj.fromLonLat([properties.lon, properties.lat], projection)));
        marker.setProperties({ code, kind: 'marker' });
        marker.setId(`checkpoint:${code}`);
        features.push(marker);
      }
    });
    source.clear(true);
    source.addFeatures(features);
    return byCode.size;
  }

  /** The code of the checkpoint whose marker or fence is under the pixel (markers win), or null. */
  function checkpointAt(pixel) {
    if (!layer.getVisible()) {
      return null;
    }
    let fenceHit = null;
    const markerHit = map.forEachFeatureAtPixel(pixel, (feature) => {
      if (feature.get('kind') === 'marker') {
        return feature;
      }
      fenceHit = fenceHit || feature;
      return undefined;
    }, { layerFilter: (candidate) => candidate === layer, hitTolerance: 3 });
    const hit = markerHit || fenceHit;
    return hit ? hit.get('code') : null;
  }

  return {
    layer, update, checkpointAt,
    get: (code) => byCode.get(String(code)) || null,
    all: () => [...byCode.values()],
  };
}
