package io.annalist.map;

/** A point on the Earth in degrees. */
public record LatLon(double lat, double lon) {
}
