/* global ol */
// The administrative layers (county → micro-grid), their styles and zoom ranges, the optional
// XYZ base map and the highlight layer.

import { createOgcSource } from './ogc-source.js';

const LAND = '#f4f1e8';

/**
 * One entry per OGC collection, top level first. visibleFrom: the zoom from which the layer is
 * drawn; labelsFrom/labelsBelow: the zoom range in which feature names are shown.
 */
export const LEVEL_LAYERS = [
  { id: 'counties', level: 'county', visibleFrom: 0, labelsFrom: 8, labelsBelow: 11,
    stroke: '#334155', width: 2.6, font: '600 16px', fill: LAND },
  { id: 'towns', level: 'town', visibleFrom: 0, labelsFrom: 11, labelsBelow: 99,
    stroke: '#8b5e3c', width: 1.8, font: '600 13px' },
  { id: 'communities', level: 'community', visibleFrom: 12, labelsFrom: 13, labelsBelow: 99,
    stroke: '#2f7d5b', width: 1.3, font: '12px' },
  { id: 'grids', level: 'grid', visibleFrom: 13, labelsFrom: 14, labelsBelow: 99,
    stroke: '#2f6fd6', width: 1, font: '11px' },
  { id: 'micro-grids', level: 'micro-grid', visibleFrom: 14, labelsFrom: 15.5, labelsBelow: 99,
    stroke: '#d97706', width: 0.8, lineDash: [4, 3], font: '10px' },
];

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

const labelPoints = new WeakMap();

/** One label per feature: a multipolygon (town with islands) is labelled on its largest part. */
function labelPoint(feature) {
  const geometry = feature.getGeometry();
  if (!geometry) {
    return undefined;
  }
  let point = labelPoints.get(geometry);
  if (!point) {
    point = computeLabelPoint(geometry);
    labelPoints.set(geometry, point);
  }
  return point;
}

function computeLabelPoint(geometry) {
  switch (geometry.getType()) {
    case 'Polygon':
      return geometry.getInteriorPoint();
    case 'MultiPolygon': {
      const largest = geometry.getPolygons()
        .reduce((best, polygon) => (polygon.getArea() > best.getArea() ? polygon : best));
      return largest.getInteriorPoint();
    }
    default:
      return new ol.geom.Point(ol.extent.getCenter(geometry.getExtent()));
  }
}

function levelStyle(def, view, landFill) {
  const outline = new ol.style.Style({
    stroke: new ol.style.Stroke({ color: def.stroke, width: def.width, lineDash: def.lineDash }),
    fill: def.fill && landFill ? new ol.style.Fill({ color: def.fill }) : undefined,
  });
  const label = new ol.style.Style({
    geometry: labelPoint,
    text: new ol.style.Text({
      font: `${def.font} ${FONT_FAMILY}`,
      fill: new ol.style.Fill({ color: '#1f2937' }),
      stroke: new ol.style.Stroke({ color: 'rgba(255,255,255,0.9)', width: 3 }),
    }),
  });
  const withLabel = [outline, label];
  const withoutLabel = [outline];
  return (feature, resolution) => {
    const zoom = view.getZoomForResolution(resolution);
    const name = feature.get('name');
    if (!name || zoom < def.labelsFrom || zoom >= def.labelsBelow) {
      return withoutLabel;
    }
    // Reusing one Text is safe: OpenLayers copies the text while it builds the frame.
    label.getText().setText(String(name));
    return withLabel;
  };
}

/**
 * Creates one vector layer per level. listener.onCount(id, n) reports loaded feature counts,
 * listener.onPending(delta) the number of running loads. landFill: draw the county in a land
 * colour (off when a tile base map is shown beneath).
 */
export function createLevelLayers(view, listener, landFill) {
  const layers = {};
  LEVEL_LAYERS.forEach((def, index) => {
    const source = createOgcSource(def.id, {
      onLoaded: (loaded) => listener.onCount(def.id, loaded.getFeatures().length),
      onPending: listener.onPending,
    });
    layers[def.id] = new ol.layer.Vector({
      source,
      style: levelStyle(def, view, landFill),
      // OpenLayers' minZoom is exclusive; a hair below makes "visible from zoom N" inclusive.
      minZoom: def.visibleFrom > 0 ? def.visibleFrom - 0.001 : undefined,
      declutter: true,
      // Coarser boundaries are drawn over finer ones (they share edges); the county stays at the
      // bottom because its land fill is the background of everything else.
      zIndex: index === 0 ? 10 : 20 + LEVEL_LAYERS.length - index,
      updateWhileInteracting: false,
    });
    layers[def.id].set('gridpatrolId', def.id);
    layers[def.id].set('level', def.level);
  });
  return layers;
}

/**
 * The tile layer named by /api/v1/config, or null for {"type":"none"} / no base map. A "wmts" URL is a
 * KVP GetTile template on a web-mercator (GoogleMapsCompatible) matrix set, e.g. Tianditu's "w" set,
 * with {z}/{x}/{y} for TILEMATRIX/TILECOL/TILEROW, so it is fetched like XYZ tiles.
 */
export function createBasemapLayer(config) {
  const basemap = config && config.basemap;
  if (!basemap || (basemap.type !== 'xyz' && basemap.type !== 'wmts') || !basemap.url) {
    return null;
  }
  const layer = new ol.layer.Tile({
    source: new ol.source.XYZ({ url: basemap.url, attributions: basemap.attribution || undefined }),
    zIndex: 0,
  });
  layer.set('gridpatrolId', 'basemap');
  return layer;
}

/** The selected unit's outline and the clicked point, drawn above everything else. */
export function createHighlightLayer() {
  const layer = new ol.layer.Vector({
    source: new ol.source.Vector(),
    zIndex: 100,
    style: new ol.style.Style({
      stroke: new ol.style.Stroke({ color: '#dc2626', width: 3 }),
      fill: new ol.style.Fill({ color: 'rgba(220, 38, 38, 0.12)' }),
      image: new ol.style.Circle({
        radius: 6,
        fill: new ol.style.Fill({ color: '#dc2626' }),
        stroke: new ol.style.Stroke({ color: '#ffffff', width: 2 }),
      }),
    }),
  });
  layer.set('gridpatrolId', 'highlight');
  return layer;
}
