/* global ol */
// The search box: units by name or code; choosing one zooms to it and opens its info panel.

import { getJson, reportError } from './api.js';
import { t, levelName, normaliseLevel, onLangChange } from './i18n.js';
import { el } from './dom.js';

const DEBOUNCE_MS = 300;
const RESULT_LIMIT = 20;

export function createSearch(map, infoPanel) {
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-input');
  const list = document.getElementById('search-results');
  let results = null; // null: nothing searched; []: searched, nothing found
  let resultsQuery = ''; // the query that produced results
  let searching = false;
  let timer = null;
  let pending = null;

  function zoomTo(bbox) {
    if (!Array.isArray(bbox) || bbox.length !== 4) {
      return;
    }
    const extent = ol.proj.transformExtent(bbox, 'EPSG:4326', map.getView().getProjection());
    map.getView().fit(extent, { padding: [40, 40, 40, 40], maxZoom: 17, duration: 400 });
  }

  function choose(result) {
    zoomTo(result.bbox);
    infoPanel.showUnit(result.code);
    document.body.classList.remove('panel-open'); // on phones, uncover the map
  }

  function render() {
    list.dataset.state = searching ? 'searching' : results === null ? 'idle' : 'done';
    if (searching) {
      list.replaceChildren(el('li', { class: 'search-message' }, t('search.searching')));
    } else if (results === null) {
      list.replaceChildren();
    } else if (results.length === 0) {
      list.replaceChildren(el('li', { class: 'search-message', id: 'search-empty' }, t('search.none')));
    } else {
      list.replaceChildren(...results.map((result) => el('li', {},
        el('button', { type: 'button', class: 'search-result', dataset: { code: result.code },
          onclick: () => choose(result) },
        el('span', { class: 'level-badge', dataset: { level: normaliseLevel(result.level) } }, levelName(result.level)),
        el('span', { class: 'result-name' }, result.name || result.code),
        el('span', { class: 'result-code' }, result.code)))));
    }
  }

  async function search(query) {
    if (pending) {
      pending.abort();
    }
    if (!query) {
      results = null;
      searching = false;
      render();
      return;
    }
    pending = new AbortController();
    searching = true;
    render();
    try {
      const answer = await getJson(`/api/v1/search?q=${encodeURIComponent(query)}&limit=${RESULT_LIMIT}`,
        { signal: pending.signal });
      results = answer.results || [];
      resultsQuery = query;
      searching = false;
      render();
    } catch (error) {
      if (error.name !== 'AbortError') {
        searching = false;
        results = null;
        render();
        reportError(error);
      }
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value.trim()), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      search('');
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const query = input.value.trim();
    // Enter on a finished search opens the first hit; otherwise it searches now.
    if (!searching && results && results.length > 0 && resultsQuery === query) {
      choose(results[0]);
    } else {
      search(query);
    }
  });
  onLangChange(render);
  return { search };
}
