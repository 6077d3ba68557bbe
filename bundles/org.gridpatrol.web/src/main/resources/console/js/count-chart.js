// Per-zone people counts over time for the camera panel: one small line chart (SVG) per zone of the
// highest count in each minute, from GET /api/v1/video/counts.

import { t } from './i18n.js';
import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 240;
const HEIGHT = 48;

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, String(value)));
  return node;
}

/** A sparkline of bucket maxima over [from, to]; empty buckets are gaps in time, not zeros. */
function sparkline(buckets, from, to) {
  const chart = svg('svg', { width: WIDTH, height: HEIGHT, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'count-sparkline' });
  const peak = Math.max(1, ...buckets.map((bucket) => bucket.max));
  const span = Math.max(1, to - from);
  const points = buckets.map((bucket) => {
    const x = ((Date.parse(bucket.start) - from) / span) * (WIDTH - 2) + 1;
    const y = HEIGHT - 2 - (bucket.max / peak) * (HEIGHT - 4);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  chart.appendChild(svg('line', { x1: 0, y1: HEIGHT - 1, x2: WIDTH, y2: HEIGHT - 1, class: 'count-axis' }));
  if (points.length === 1) {
    const [x, y] = points[0].split(',');
    chart.appendChild(svg('circle', { cx: x, cy: y, r: 2, class: 'count-line' }));
  } else if (points.length > 1) {
    chart.appendChild(svg('polyline', { points: points.join(' '), class: 'count-line', fill: 'none' }));
  }
  return chart;
}

/** The charts for every zone of a counts answer, or a note when there is nothing yet. */
export function countCharts(answer, hours) {
  const to = Date.parse(answer.to);
  const from = Date.parse(answer.from);
  const zones = Object.entries(answer.zones || {});
  const rows = zones.map(([zone, buckets]) => {
    const peak = buckets.reduce((highest, bucket) => Math.max(highest, bucket.max), 0);
    return el('div', { class: 'count-zone', dataset: { zone, buckets: String(buckets.length) } },
      el('div', { class: 'count-zone-head' },
        el('span', { class: 'count-zone-name' }, zone),
        el('span', { class: 'count-zone-peak' }, t('counts.peak', { count: peak }))),
      sparkline(buckets, from, to));
  });
  return el('section', { id: 'zone-counts', class: 'zone-counts', dataset: { zones: String(zones.length) } },
    el('h4', {}, t('counts.title', { hours })),
    ...(rows.length ? rows : [el('p', { class: 'muted' }, t('counts.none'))]));
}
