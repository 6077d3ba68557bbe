/**
 * Live positions of patrollers, vehicles and drones, and the fences they enter and leave:
 * checkpoints (polygon, circle or corridor) and, implicitly, every grid and micro-grid.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.gridpatrol.tracking.api;
