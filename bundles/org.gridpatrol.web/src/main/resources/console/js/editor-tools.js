/* global ol */
// The editing tools on the micro-grid source: select, draw (snapping to every loaded boundary),
// topological vertex editing (one Modify over the shared source moves a vertex in every feature
// that has it), split by a line and merge of neighbours (both computed by the server), delete.

import { sendJson } from './api.js';
import { t } from './i18n.js';
import { showToast } from './toast.js';
import { toLonLat, fromLonLat, asMultiPolygon, singlePolygon, shareVertices, vertexIndex, nextChildCode } from './editor-geometry.js';

export const TOOLS = ['select', 'modify', 'draw', 'split'];

const SKETCH_STYLE = new ol.style.Style({
  stroke: new ol.style.Stroke({ color: '#7c3aed', width: 2, lineDash: [6, 4] }),
  fill: new ol.style.Fill({ color: 'rgba(124, 58, 237, 0.12)' }),
  image: new ol.style.Circle({ radius: 5, fill: new ol.style.Fill({ color: '#7c3aed' }),
    stroke: new ol.style.Stroke({ color: '#fff', width: 2 }) }),
});

/**
 * options: { map, source (micro-grids), gridSource, microLayer, store, selection, onToolChange(name),
 * onProblem(error, fallbackKey) }.
 */
export function createTools({ map, source, gridSource, microLayer, store, selection, onToolChange, onProblem }) {
  const modify = new ol.interaction.Modify({ source, style: SKETCH_STYLE });
  const drawPolygon = new ol.interaction.Draw({ type: 'Polygon', style: SKETCH_STYLE });
  const drawLine = new ol.interaction.Draw({ type: 'LineString', style: SKETCH_STYLE });
  // Snap after the drawing interactions: to micro-grid vertices and edges, and to grid boundaries.
  const snaps = [new ol.interaction.Snap({ source }), new ol.interaction.Snap({ source: gridSource })];
  [modify, drawPolygon, drawLine, ...snaps].forEach((interaction) => map.addInteraction(interaction));
  let tool = 'select';
  let editing = null; // { changed: Set } while a vertex edit is under way

  function setTool(name) {
    tool = TOOLS.includes(name) ? name : 'select';
    modify.setActive(tool === 'modify');
    drawPolygon.setActive(tool === 'draw');
    drawLine.setActive(tool === 'split');
    snaps.forEach((snap) => snap.setActive(tool !== 'select'));
    map.getTargetElement().dataset.tool = tool;
    onToolChange(tool);
  }

  /** The start of a vertex edit: from now on every changed feature is part of one undo step. */
  function beginGeometryEdit() {
    editing = { changed: new Set() };
  }

  function endGeometryEdit() {
    if (!editing) {
      return false;
    }
    const before = new Map([...editing.changed].map((feature) => [feature, store.committedState(feature)]));
    editing = null;
    return store.commitStep(t('gridEditor.step.modify'), before);
  }

  source.on('changefeature', (event) => editing?.changed.add(event.feature));
  modify.on('modifystart', beginGeometryEdit);
  modify.on('modifyend', endGeometryEdit);

  function parentGridAt(geometry) {
    const polygon = singlePolygon(geometry) || geometry;
    const point = polygon.getType() === 'Polygon' ? polygon.getInteriorPoint().getCoordinates()
      : ol.extent.getCenter(geometry.getExtent());
    return gridSource.getFeaturesAtCoordinate(point.slice(0, 2))[0] || null;
  }

  function newCode(parentCode, reserved = []) {
    const taken = source.getFeatures().map((feature) => feature.get('code')).concat(reserved);
    return nextChildCode(parentCode, taken);
  }

  drawPolygon.on('drawend', (event) => {
    const geometry = asMultiPolygon(event.feature.getGeometry());
    shareVertices(geometry, vertexIndex(source.getFeaturesInExtent(geometry.getExtent()).map((f) => f.getGeometry())));
    const grid = parentGridAt(geometry);
    if (!grid) {
      showToast(t('gridEditor.outsideGrids'));
      return;
    }
    const code = newCode(grid.get('code'));
    const feature = new ol.Feature({ geometry, code, name: t('gridEditor.newName', { suffix: code.slice(-3) }),
      level: 'micro-grid', parent: grid.get('code'), worker_name: grid.get('worker_name') ?? null,
      worker_phone: grid.get('worker_phone') ?? null });
    store.record(t('gridEditor.step.draw'), [feature], ({ add }) => add(feature));
    selection.set([feature]);
    setTimeout(() => setTool('select')); // after Draw has finished with the event
  });

  drawLine.on('drawend', (event) => {
    const line = event.feature.getGeometry();
    setTimeout(() => setTool('select'));
    split(line);
  });

  async function split(line) {
    const [target] = selection.get();
    const polygon = target && singlePolygon(target.getGeometry());
    if (!polygon || selection.get().length !== 1) {
      showToast(t('gridEditor.splitNeedsOne'));
      return false;
    }
    try {
      const answer = await sendJson('POST', '/api/v1/grid-geometry/split',
        { geometry: toLonLat(polygon), line: toLonLat(line) });
      const known = vertexIndex([target.getGeometry()]);
      const pieces = answer.polygons.map((piece) => {
        const geometry = asMultiPolygon(fromLonLat(piece));
        shareVertices(geometry, known);
        return geometry;
      });
      const reserved = [];
      const created = pieces.slice(1).map((geometry, index) => {
        const code = newCode(target.get('parent'), reserved);
        reserved.push(code);
        return new ol.Feature({ ...target.getProperties(), geometry, code,
          name: `${target.get('name') || ''}-${index + 2}` });
      });
      store.record(t('gridEditor.step.split'), [target, ...created], ({ add }) => {
        target.setGeometry(pieces[0]);
        created.forEach(add);
      });
      selection.set([target, ...created]);
      return true;
    } catch (error) {
      onProblem(error);
      return false;
    }
  }

  async function merge() {
    const chosen = selection.get();
    const polygons = chosen.map((feature) => singlePolygon(feature.getGeometry()));
    if (chosen.length !== 2 || polygons.some((polygon) => !polygon)) {
      showToast(t('gridEditor.mergeNeedsTwo'));
      return false;
    }
    try {
      const answer = await sendJson('POST', '/api/v1/grid-geometry/merge',
        { geometries: polygons.map(toLonLat) });
      const geometry = asMultiPolygon(fromLonLat(answer.geometry));
      shareVertices(geometry, vertexIndex(chosen.map((feature) => feature.getGeometry())));
      const [kept, gone] = chosen;
      store.record(t('gridEditor.step.merge'), [kept, gone], ({ remove }) => {
        kept.setGeometry(geometry);
        remove(gone);
      });
      selection.set([kept]);
      return true;
    } catch (error) {
      onProblem(error);
      return false;
    }
  }

  function deleteSelected() {
    const chosen = selection.get();
    if (chosen.length === 0) {
      return false;
    }
    store.record(t('gridEditor.step.delete'), chosen, ({ remove }) => chosen.forEach(remove));
    selection.set([]);
    return true;
  }

  map.on('singleclick', (event) => {
    if (tool !== 'select' && tool !== 'modify') {
      return;
    }
    const hit = map.forEachFeatureAtPixel(event.pixel, (feature) => feature,
      { layerFilter: (layer) => layer === microLayer, hitTolerance: 2 });
    const additive = event.originalEvent.shiftKey || event.originalEvent.ctrlKey || event.originalEvent.metaKey;
    selection.click(hit || null, additive);
  });

  setTool('select');
  return { setTool, getTool: () => tool, beginGeometryEdit, endGeometryEdit, split, merge, deleteSelected, modify };
}
