/* global ol */
// The boundary editor's model: micro-grids as the server last gave them (the baseline, with the
// version each edit is based on), the local changes as undoable commands, and the one
// grid-edits request that saves them.

import { toLonLat, fromLonLat, geometryText, shareVertices } from './editor-geometry.js';

export const ATTRIBUTES = ['code', 'name', 'level', 'parent', 'worker_name', 'worker_phone'];

function attributesOf(feature) {
  const values = {};
  ATTRIBUTES.forEach((name) => { values[name] = feature.get(name) ?? null; });
  return values;
}

/** Feature attributes from a GeoJSON feature's properties (worker nested or flat). */
export function attributesFromProperties(properties) {
  const worker = properties.worker || {};
  return {
    code: properties.code ?? null,
    name: properties.name ?? null,
    level: properties.level ?? null,
    parent: properties.parent ?? null,
    worker_name: worker.name ?? properties.worker_name ?? null,
    worker_phone: worker.phone ?? properties.worker_phone ?? null,
  };
}

/** listener.onChange() after every change of the local edits (command, undo, redo, save). */
export function createEditStore(source, listener) {
  const baselines = new WeakMap(); // feature -> { code, geometry, attributes, version }
  const committed = new WeakMap(); // feature -> its state after the last step (the "before" of the next)
  const touched = new Set(); // features in a command since the last save
  const locallyDeleted = new Set(); // ids of loaded features deleted here and not yet saved
  let undoStack = [];
  let redoStack = [];
  let vertexIndex = new Map();

  /** Takes in features as loaded: shared vertices made exact, baseline remembered. */
  function adoptLoaded(features) {
    features.forEach((feature) => {
      if (baselines.has(feature)) {
        return;
      }
      if (locallyDeleted.has(feature.getId())) {
        source.removeFeature(feature); // a reload must not bring back what the user deleted
        return;
      }
      vertexIndex = shareVertices(feature.getGeometry(), vertexIndex);
      baselines.set(feature, { code: feature.get('code'), geometry: feature.getGeometry().clone(),
        attributes: attributesOf(feature), version: null });
      committed.set(feature, stateOf(feature));
    });
  }

  function baselineOf(feature) {
    return baselines.get(feature) || null;
  }

  function setVersion(feature, version) {
    const baseline = baselines.get(feature);
    if (baseline) {
      baseline.version = version;
    }
  }

  function stateOf(feature) {
    return { present: source.hasFeature(feature), geometry: feature.getGeometry().clone(), attributes: attributesOf(feature) };
  }

  function applyState(feature, state) {
    if (!state.present) {
      if (source.hasFeature(feature)) {
        source.removeFeature(feature);
      }
      if (feature.getId() !== undefined) {
        locallyDeleted.add(feature.getId());
      }
      return;
    }
    feature.setGeometry(state.geometry.clone());
    feature.setProperties(state.attributes);
    if (!source.hasFeature(feature)) {
      locallyDeleted.delete(feature.getId());
      const twin = feature.getId() === undefined ? null : source.getFeatureById(feature.getId());
      if (twin) {
        source.removeFeature(twin); // reloaded meanwhile; ours carries the history
      }
      source.addFeature(feature);
    }
  }

  /**
   * Runs change() and records what it did to features as one undoable step. features: those it
   * touches (new features too); change may add or remove them through the returned helpers.
   */
  function record(label, features, change) {
    const before = new Map(features.map((feature) => [feature, committedState(feature)]));
    const helpers = {
      add: (feature) => applyState(feature, { present: true, geometry: feature.getGeometry(), attributes: attributesOf(feature) }),
      remove: (feature) => applyState(feature, { present: false }),
    };
    change(helpers);
    commitStep(label, before);
  }

  /** The state a feature had after the last recorded step; not present for a feature never seen. */
  function committedState(feature) {
    return committed.get(feature) || { present: false };
  }

  /** Records an already made change, given the states before it (committedState of those changed). */
  function commitStep(label, before) {
    const changes = [...before.entries()].map(([feature, was]) => ({ feature, before: was, after: stateOf(feature) }))
      .filter(({ before: was, after }) => was.present !== after.present
        || geometryText(was.geometry) !== geometryText(after.geometry)
        || JSON.stringify(was.attributes) !== JSON.stringify(after.attributes));
    if (changes.length === 0) {
      return false;
    }
    changes.forEach(({ feature, after }) => {
      touched.add(feature);
      committed.set(feature, after);
    });
    undoStack.push({ label, changes });
    redoStack = [];
    listener.onChange();
    return true;
  }

  function undo() {
    const step = undoStack.pop();
    if (step) {
      step.changes.forEach(({ feature, before }) => {
        applyState(feature, before);
        committed.set(feature, before);
      });
      redoStack.push(step);
      listener.onChange();
    }
  }

  function redo() {
    const step = redoStack.pop();
    if (step) {
      step.changes.forEach(({ feature, after }) => {
        applyState(feature, after);
        committed.set(feature, after);
      });
      undoStack.push(step);
      listener.onChange();
    }
  }

  function differs(feature, baseline) {
    return geometryText(feature.getGeometry()) !== geometryText(baseline.geometry)
      || JSON.stringify(attributesOf(feature)) !== JSON.stringify(baseline.attributes);
  }

  /** What a save would send: [{ kind: created|updated|deleted, code, feature, baseline }]. */
  function pendingChanges() {
    const changes = [];
    touched.forEach((feature) => {
      const baseline = baselines.get(feature);
      const present = source.hasFeature(feature);
      if (present && !baseline) {
        changes.push({ kind: 'created', code: feature.get('code'), feature, baseline });
      } else if (!present && baseline) {
        changes.push({ kind: 'deleted', code: baseline.code, feature, baseline });
      } else if (present && baseline && differs(feature, baseline)) {
        if (feature.get('code') !== baseline.code) { // a new number: the old unit goes, a new one comes
          changes.push({ kind: 'deleted', code: baseline.code, feature, baseline });
          changes.push({ kind: 'created', code: feature.get('code'), feature, baseline: null });
        } else {
          changes.push({ kind: 'updated', code: baseline.code, feature, baseline });
        }
      }
    });
    return changes.sort((a, b) => String(a.code).localeCompare(String(b.code)));
  }

  /** The body of POST /api/v1/grid-edits; every baseline must carry its version. */
  function requestBody(comment, changes = pendingChanges()) {
    const units = [];
    const deleted = [];
    changes.forEach(({ kind, feature, baseline }) => {
      if (kind === 'deleted') {
        deleted.push({ code: baseline.code, version: baseline.version });
        return;
      }
      const properties = attributesOf(feature);
      if (kind === 'updated') {
        properties.version = baseline.version;
      }
      units.push({ type: 'Feature', geometry: toLonLat(feature.getGeometry()), properties });
    });
    return { comment, units, deleted };
  }

  /** Makes a saved revision (its changes' after features) the new baseline; clears undo/redo. */
  function acceptRevision(revision, pending) {
    const byCode = new Map();
    pending.forEach(({ kind, code, feature }) => byCode.set(code, kind === 'deleted' && byCode.has(code) ? byCode.get(code) : feature));
    (revision.changes || []).forEach((change) => acceptServerState(byCode.get(change.code)
      || source.getFeatureById(change.code), change.code, change.after));
    touched.clear();
    undoStack = [];
    redoStack = [];
    listener.onChange();
  }

  /**
   * Puts the server's state of a unit (a GeoJSON Feature with properties.version, or null when it is
   * gone) into the map and the baseline; creates the map feature when needed.
   */
  function acceptServerState(existing, code, serverFeature) {
    let feature = existing;
    if (!serverFeature) {
      // A renumbered feature lives on under its new code: only a feature still named code goes.
      if (feature && source.hasFeature(feature) && feature.get('code') === code) {
        source.removeFeature(feature);
      }
      if (feature && baselines.get(feature)?.code === code) {
        baselines.delete(feature);
        committed.set(feature, stateOf(feature));
      }
      locallyDeleted.delete(code);
      return null;
    }
    if (!feature) {
      feature = new ol.Feature();
    }
    feature.setId(code);
    feature.setGeometry(fromLonLat(serverFeature.geometry));
    feature.setProperties(attributesFromProperties(serverFeature.properties || {}));
    locallyDeleted.delete(code);
    if (!source.hasFeature(feature)) {
      const twin = source.getFeatureById(code);
      if (twin && twin !== feature) {
        source.removeFeature(twin);
      }
      source.addFeature(feature);
    }
    baselines.set(feature, { code, geometry: feature.getGeometry().clone(), attributes: attributesOf(feature),
      version: serverFeature.properties?.version ?? null });
    committed.set(feature, stateOf(feature));
    return feature;
  }

  /** Drops the local edits of one unit after a conflict: undo/redo go, since they may refer to it. */
  function forget(feature) {
    touched.delete(feature);
    undoStack = [];
    redoStack = [];
    listener.onChange();
  }

  return {
    adoptLoaded, baselineOf, setVersion, record, commitStep, committedState, undo, redo, pendingChanges, requestBody,
    acceptRevision, acceptServerState, forget,
    canUndo: () => undoStack.length > 0,
    canRedo: () => redoStack.length > 0,
    undoLabel: () => undoStack[undoStack.length - 1]?.label,
    redoLabel: () => redoStack[redoStack.length - 1]?.label,
  };
}
