package org.gridpatrol.video.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridLocator;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraRegistry;
import org.gridpatrol.video.api.VideoInputException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The camera register in table {@code camera} of the spatial store; each camera's grid found by location. */
@Component(service = {CameraRegistry.class, CameraCatalog.class})
public class JdbcCameraRegistry implements CameraCatalog {

    private final SpatialStore store;
    private final GridLocator locator;
    private final EventAdmin eventAdmin;
    private final CameraRows rows = new CameraRows();

    @Activate
    public JdbcCameraRegistry(@Reference SpatialStore store, @Reference GridLocator locator,
            @Reference EventAdmin eventAdmin) {
        this.store = store;
        this.locator = locator;
        this.eventAdmin = eventAdmin;
        store.migrate(VideoSchema.MODULE, VideoSchema.MIGRATIONS);
    }

    @Override
    public List<Camera> list() {
        return select(" ORDER BY code", null).stream().map(this::withGrid).toList();
    }

    @Override
    public Optional<Camera> find(String code) {
        if (code == null || !CameraValidator.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        // Located on every read, like checkpoints: a boundary edit moves a camera to its new grid at once.
        return select(" WHERE code = ?", code).stream().findFirst().map(this::withGrid);
    }

    @Override
    public Camera save(Camera camera) throws VideoInputException {
        return saveAll(List.of(camera)).get(0);
    }

    @Override
    public List<Camera> saveAll(List<Camera> cameras) throws VideoInputException {
        List<Camera> located = new ArrayList<>();
        for (Camera camera : cameras) {
            CameraValidator.validate(camera);
            located.add(withGrid(camera));
        }
        try {
            store.inTransaction(connection -> write(connection, located));
        } catch (SQLException failed) {
            throw new StoreException("could not save " + cameras.size() + " cameras", failed);
        }
        located.forEach(camera -> changed(camera.code()));
        return located;
    }

    @Override
    public boolean delete(String code) {
        if (code == null) {
            return false;
        }
        int deleted;
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(CameraRows.DELETE)) {
            statement.setString(1, code);
            deleted = statement.executeUpdate();
        } catch (SQLException failed) {
            throw new StoreException("could not delete camera " + code, failed);
        }
        if (deleted > 0) {
            changed(code);
        }
        return deleted > 0;
    }

    /** The deepest unit at the camera's position; null outside every unit. */
    private Camera withGrid(Camera camera) {
        String grid = locator.locate(camera.lon(), camera.lat()).map(GridChain::deepest).map(unit -> unit.code())
                .orElse(null);
        return new Camera(camera.code(), camera.name(), camera.type(), camera.lon(), camera.lat(), camera.headingDeg(),
                camera.fieldOfViewDeg(), camera.rangeMetres(), camera.mountingHeightMetres(), camera.mainStreamUrl(),
                camera.subStreamUrl(), grid, camera.detector(), camera.analysisFps(), camera.enabled(), camera.zones(),
                camera.calibration());
    }

    /** Replaces by code as delete + insert: the same SQL on H2GIS and PostGIS; the caller's transaction. */
    private void write(Connection connection, List<Camera> cameras) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(CameraRows.DELETE);
                PreparedStatement insert = connection.prepareStatement(CameraRows.INSERT)) {
            for (Camera camera : cameras) {
                delete.setString(1, camera.code());
                delete.executeUpdate();
                rows.bindInsert(insert, camera);
                insert.executeUpdate();
            }
        }
    }

    private List<Camera> select(String where, String parameter) {
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + CameraRows.COLUMNS + " FROM camera" + where)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            List<Camera> cameras = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    cameras.add(rows.read(result));
                }
            }
            return cameras;
        } catch (SQLException failed) {
            throw new StoreException("could not read cameras", failed);
        }
    }

    private void changed(String code) {
        eventAdmin.postEvent(new Event(TOPIC_CHANGED, Map.of("code", code)));
    }
}
