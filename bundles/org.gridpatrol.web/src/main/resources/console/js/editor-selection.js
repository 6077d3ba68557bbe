/* global ol */
// Which micro-grids are selected (one for the form and history, two for a merge) and how the
// micro-grid layer draws them. Kept outside the features so selecting is never an edit.

const FONT = '11px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

export function createSelection(layer, onSelect) {
  let selected = [];

  const normal = new ol.style.Style({
    stroke: new ol.style.Stroke({ color: '#d97706', width: 1.2 }),
    fill: new ol.style.Fill({ color: 'rgba(217, 119, 6, 0.04)' }),
  });
  const chosen = new ol.style.Style({
    stroke: new ol.style.Stroke({ color: '#1d4ed8', width: 3 }),
    fill: new ol.style.Fill({ color: 'rgba(29, 78, 216, 0.16)' }),
    zIndex: 1,
  });
  const label = new ol.style.Style({
    text: new ol.style.Text({ font: FONT, fill: new ol.style.Fill({ color: '#1f2937' }),
      stroke: new ol.style.Stroke({ color: 'rgba(255,255,255,0.9)', width: 3 }) }),
  });

  layer.setStyle((feature, resolution) => {
    const styles = [selected.includes(feature) ? chosen : normal];
    if (resolution < 3 && feature.get('name')) {
      const polygon = feature.getGeometry();
      const point = polygon.getType() === 'MultiPolygon' ? polygon.getInteriorPoints().getPoint(0) : null;
      if (point) {
        const text = label.clone();
        text.setGeometry(point);
        text.getText().setText(String(feature.get('name')));
        styles.push(text);
      }
    }
    return styles;
  });

  function set(features) {
    selected = features.filter(Boolean);
    layer.changed();
    onSelect(selected);
  }

  /** A click: replaces the selection, or with additive adds/removes the feature (at most two kept). */
  function click(feature, additive) {
    if (!additive) {
      set(feature ? [feature] : []);
    } else if (feature && selected.includes(feature)) {
      set(selected.filter((candidate) => candidate !== feature));
    } else if (feature) {
      set([...selected, feature].slice(-2));
    }
  }

  /** Drops features no longer on the map (deleted, undone). */
  function prune(source) {
    const kept = selected.filter((feature) => source.hasFeature(feature));
    if (kept.length !== selected.length) {
      set(kept);
    }
  }

  return { set, click, prune, get: () => [...selected] };
}
