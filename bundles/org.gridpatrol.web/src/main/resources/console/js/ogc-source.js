/* global ol */
// Vector sources fed from OGC API Features collections (GeoJSON, CRS84) with OpenLayers' bbox strategy.

import { getJson, reportError } from './api.js';

const PAGE_LIMIT = 10000;
const MAX_PAGES = 50; // guards against a server whose next links never end

const geoJson = new ol.format.GeoJSON();

function lonLatBbox(extent, projection) {
  const [minLon, minLat, maxLon, maxLat] = ol.proj.transformExtent(extent, projection, 'EPSG:4326');
  const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
  return [clamp(minLon, 180), clamp(minLat, 90), clamp(maxLon, 180), clamp(maxLat, 90)]
    .map((value) => value.toFixed(6))
    .join(',');
}

function nextLink(page) {
  const link = (page.links || []).find((candidate) => candidate.rel === 'next' && candidate.href);
  return link ? link.href : null;
}

function hasMore(page, returnedSoFar) {
  const returned = (page.features || []).length;
  if (returned === 0) {
    return false;
  }
  return typeof page.numberMatched === 'number' ? returnedSoFar < page.numberMatched : true;
}

/**
 * A vector source for one collection. listener.onLoaded(source) runs after every page is added,
 * listener.onPending(delta) when a bbox load starts (+1) or ends (-1).
 */
export function createOgcSource(collection, listener) {
  const source = new ol.source.Vector({
    strategy: ol.loadingstrategy.bbox,
    loader: (extent, resolution, projection) => {
      const first = `/ogc/collections/${encodeURIComponent(collection)}/items`
        + `?bbox=${lonLatBbox(extent, projection)}&limit=${PAGE_LIMIT}`;
      listener.onPending(+1);
      loadPages(first, projection)
        .catch((error) => {
          source.removeLoadedExtent(extent); // so that the next pan retries this area
          reportError(error);
        })
        .finally(() => listener.onPending(-1));
    },
  });

  async function loadPages(firstUrl, projection) {
    let url = firstUrl;
    let returnedSoFar = 0;
    for (let pages = 0; url && pages < MAX_PAGES; pages++) {
      const page = await getJson(url, { accept: 'application/geo+json, application/json;q=0.9' });
      const features = geoJson.readFeatures(page, { dataProjection: 'EPSG:4326', featureProjection: projection });
      features.forEach((feature) => {
        // The id lets OpenLayers skip features that overlapping bbox loads deliver twice.
        if (feature.getId() === undefined && feature.get('code') !== undefined) {
          feature.setId(feature.get('code'));
        }
      });
      source.addFeatures(features);
      listener.onLoaded(source);
      returnedSoFar += features.length;
      url = hasMore(page, returnedSoFar) ? nextLink(page) : null;
    }
  }

  return source;
}
