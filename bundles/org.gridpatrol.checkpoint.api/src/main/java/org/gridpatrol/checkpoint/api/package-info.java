/**
 * Checkpoints (卡点) at county, town, village and building entrances: their fences, duty shifts and the
 * register of people and vehicles checked there.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.gridpatrol.checkpoint.api;
