package org.gridpatrol.store.api;

/**
 * One versioned schema change of a module. {@code sql} holds statements separated by semicolons
 * at line ends; {@code CREATE SPATIAL INDEX name ON table(column)} is translated for the dialect.
 */
public record Migration(int version, String description, String sql) {
}
