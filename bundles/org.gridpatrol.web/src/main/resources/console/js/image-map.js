/* global ol */
// A camera snapshot shown as an OpenLayers static image in pixel coordinates, for drawing zones and
// picking calibration points. OpenLayers' y axis points up, the image's down: imageY = height - olY.

import { frameUrl } from './video-api.js';

/** Used when no snapshot can be loaded (camera offline), so zones can still be edited. */
const FALLBACK_SIZE = [1920, 1080];

/** Loads the camera's latest frame; resolves to { url, width, height } or null when there is none. */
export function loadSnapshot(code) {
  const url = frameUrl(code, { cacheKey: Date.now() });
  return new Promise((resolve) => {
    const image = new Image();
    image.onload = () => resolve({ url, width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => resolve(null);
    image.src = url;
  });
}

export function toOl([x, y], height) {
  return [x, height - y];
}

export function toImage([x, y], height) {
  return [x, height - y];
}

/** Stands in for the missing picture, so the frame's edges stay visible. */
function frameOutline(extent) {
  return new ol.layer.Vector({
    source: new ol.source.Vector({ features: [new ol.Feature(ol.geom.Polygon.fromExtent(extent))] }),
    style: new ol.style.Style({
      fill: new ol.style.Fill({ color: '#334155' }),
      stroke: new ol.style.Stroke({ color: '#64748b', width: 1, lineDash: [6, 4] }),
    }),
  });
}

/**
 * A map over the snapshot (or a blank canvas of the size that holds extraPoints when snapshot is
 * null). Resolves size: { width, height }.
 */
export function createImageMap(target, snapshot, extraPoints = []) {
  let [width, height] = snapshot ? [snapshot.width, snapshot.height] : FALLBACK_SIZE;
  if (!snapshot) {
    extraPoints.forEach(([x, y]) => {
      width = Math.max(width, Math.ceil(x));
      height = Math.max(height, Math.ceil(y));
    });
  }
  const extent = [0, 0, width, height];
  const projection = new ol.proj.Projection({ code: 'camera-image', units: 'pixels', extent });
  const layers = snapshot
    ? [new ol.layer.Image({ source: new ol.source.ImageStatic({ url: snapshot.url, projection, imageExtent: extent }) })]
    : [frameOutline(extent)];
  const map = new ol.Map({
    target,
    layers,
    controls: ol.control.defaults({ attribution: false, rotate: false }),
    view: new ol.View({ projection, extent, constrainOnlyCenter: true, maxZoom: 8 }),
  });
  map.getView().fit(extent, { padding: [8, 8, 8, 8] });
  return { map, size: { width, height }, projection };
}
