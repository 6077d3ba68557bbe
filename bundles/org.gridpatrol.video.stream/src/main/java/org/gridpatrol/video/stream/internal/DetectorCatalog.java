package org.gridpatrol.video.stream.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.video.api.PersonDetector;

/** The registered person detectors by their {@link PersonDetector#NAME} property. Thread-safe. */
final class DetectorCatalog {

    private final Map<String, PersonDetector> byName = new ConcurrentHashMap<>();

    /** @return the detector's name, or empty when it has none (then it cannot be selected) */
    static Optional<String> nameOf(Map<String, ?> properties) {
        Object name = properties.get(PersonDetector.NAME);
        return name == null || String.valueOf(name).isBlank() ? Optional.empty() : Optional.of(String.valueOf(name).trim());
    }

    void add(String name, PersonDetector detector) {
        byName.put(name, detector);
    }

    /** Removes the detector if it is the one registered under the name. */
    void remove(String name, PersonDetector detector) {
        byName.remove(name, detector);
    }

    Optional<PersonDetector> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
