/**
 * MQTT transport: publish to and subscribe on the configured broker. Platform events on EventAdmin
 * topics {@code org/gridpatrol/<capability>/<EVENT>} are bridged to MQTT topics
 * {@code gridpatrol/<capability>/<event>} as JSON by the implementation.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.gridpatrol.mqtt.api;
