/* global ol */
// Geometry helpers of the boundary editor: lon/lat GeoJSON to and from the map's web mercator,
// exact shared vertices (OpenLayers' Modify moves a vertex in every feature only when the
// coordinates are exactly equal), and new micro-grid codes.

const geoJson = new ol.format.GeoJSON();
const MAP = { dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' };
// The dataset lies on a 1e-7 degree (≈1 cm) grid: rounding to it gives unmoved vertices back exactly.
const DECIMALS = 7;
const KEY_METRES = 0.01; // vertices closer than this (map units) are one vertex

/** A GeoJSON geometry object in lon/lat, exterior rings counter-clockwise, 7 decimals. */
export function toLonLat(geometry) {
  return geoJson.writeGeometryObject(geometry, { ...MAP, decimals: DECIMALS, rightHanded: true });
}

export function fromLonLat(geoJsonGeometry) {
  return geoJson.readGeometry(geoJsonGeometry, MAP);
}

/** A stable text of the geometry as it would be saved, to tell changed from unchanged. */
export function geometryText(geometry) {
  return geometry ? JSON.stringify(toLonLat(geometry).coordinates) : '';
}

export function asMultiPolygon(geometry) {
  if (geometry.getType() === 'Polygon') {
    return new ol.geom.MultiPolygon([geometry.getCoordinates()]);
  }
  return geometry;
}

/** The one polygon of a Polygon or single-part MultiPolygon; null for several parts. */
export function singlePolygon(geometry) {
  if (geometry.getType() === 'Polygon') {
    return geometry;
  }
  if (geometry.getType() === 'MultiPolygon' && geometry.getPolygons().length === 1) {
    return geometry.getPolygon(0);
  }
  return null;
}

function vertexKey([x, y]) {
  return `${Math.round(x / KEY_METRES)},${Math.round(y / KEY_METRES)}`;
}

function mapPoints(coordinates, replace) {
  if (typeof coordinates[0] === 'number') {
    return replace(coordinates);
  }
  return coordinates.map((inner) => mapPoints(inner, replace));
}

/**
 * Makes vertices that lie within 1 cm of each other share exactly one coordinate. known: a Map kept
 * across calls (the first coordinate seen for a place wins), so later loads join earlier ones.
 */
export function shareVertices(geometry, known = new Map()) {
  const coordinates = geometry.getCoordinates();
  let changed = false;
  const shared = mapPoints(coordinates, (point) => {
    const key = vertexKey(point);
    const existing = known.get(key);
    if (!existing) {
      known.set(key, point);
      return point;
    }
    changed = changed || existing[0] !== point[0] || existing[1] !== point[1];
    return existing;
  });
  if (changed) {
    geometry.setCoordinates(shared);
  }
  return known;
}

/** A vertex index of the geometries' coordinates, for shareVertices on a result computed from them. */
export function vertexIndex(geometries) {
  const known = new Map();
  geometries.forEach((geometry) => mapPoints(geometry.getCoordinates(), (point) => {
    if (!known.has(vertexKey(point))) {
      known.set(vertexKey(point), point);
    }
    return point;
  }));
  return known;
}

/**
 * A new micro-grid code under a grid: the grid's 15 digits and three more, after the highest taken one
 * (a code just deleted is not handed out again, its history stays its own); the first gap when 999 is used.
 */
export function nextChildCode(parentCode, takenCodes) {
  const suffixes = takenCodes.filter((code) => typeof code === 'string' && code.length === parentCode.length + 3
    && code.startsWith(parentCode)).map((code) => Number(code.slice(parentCode.length)));
  const taken = new Set(suffixes);
  const next = suffixes.length === 0 ? 1 : Math.max(...suffixes) + 1;
  for (let suffix = next <= 999 ? next : 1; suffix <= 999; suffix++) {
    if (!taken.has(suffix)) {
      return `${parentCode}${String(suffix).padStart(3, '0')}`;
    }
  }
  return `${parentCode}999`;
}

/** Moves one vertex of one feature's geometry by (dx, dy) map units; returns the moved [x, y]. */
export function moveVertex(geometry, vertexIndexInRing, dx, dy, ring = 0, part = 0) {
  const coordinates = geometry.getCoordinates();
  const points = geometry.getType() === 'MultiPolygon' ? coordinates[part][ring] : coordinates[ring];
  const moved = [points[vertexIndexInRing][0] + dx, points[vertexIndexInRing][1] + dy];
  points[vertexIndexInRing] = moved;
  if (vertexIndexInRing === 0) {
    points[points.length - 1] = moved; // the ring stays closed
  }
  geometry.setCoordinates(coordinates);
  return moved;
}
