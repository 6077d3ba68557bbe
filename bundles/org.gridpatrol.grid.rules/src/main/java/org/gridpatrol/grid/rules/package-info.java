/**
 * Topology rules of the grid hierarchy as plain code: every unit a valid polygon no smaller than a
 * sliver, codes unique, each unit inside its parent, and the children of every parent covering it
 * with no gap and no overlap wider than a tolerance ({@link org.gridpatrol.grid.rules.TopologyRules}).
 * {@link org.gridpatrol.grid.rules.TopologyValidator} checks one parent, one edit, or the whole
 * hierarchy and answers with located {@link org.gridpatrol.grid.rules.Violation}s.
 * <p>
 * A library bundle, not a service: every writer (browser editor, WFS-T, OGC API Features, import)
 * validates with the same code. Nothing here does I/O, reads the clock or keeps state; JTS only.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.gridpatrol.grid.rules;
