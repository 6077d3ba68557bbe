package org.gridpatrol.geo.api;

/** A geographic position, longitude first (GeoJSON order), in decimal degrees. */
public record LonLat(double lon, double lat) {
}
