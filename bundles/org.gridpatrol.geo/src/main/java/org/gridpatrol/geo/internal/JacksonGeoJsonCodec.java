package org.gridpatrol.geo.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** GeoJSON geometries with Jackson; geometries read carry SRID 4490 (CGCS2000 lon/lat). */
@Component(service = GeoJsonCodec.class)
public class JacksonGeoJsonCodec implements GeoJsonCodec {

    private final GeoJsonReader reader;
    private final GeoJsonWriter writer;

    @Activate
    public JacksonGeoJsonCodec() {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        reader = new GeoJsonReader(mapper,
                new GeometryFactory(new PrecisionModel(), GaussKrugerProjector.CGCS2000_EPSG));
        writer = new GeoJsonWriter(mapper.getFactory());
    }

    @Override
    public Geometry read(String geoJson, String field) throws GeoInputException {
        return reader.read(geoJson, field);
    }

    @Override
    public String write(Geometry geometry) {
        return writer.write(Objects.requireNonNull(geometry, "geometry"));
    }
}
