/**
 * HTTP API whiteboard: capabilities register {@link org.gridpatrol.web.api.ApiEndpoint} services;
 * the web bundle routes requests to them, authenticates, writes JSON and maps
 * {@link org.gridpatrol.web.api.ApiException} to {@code application/problem+json}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.gridpatrol.web.api;
