package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridConflictException;
import org.gridpatrol.grid.api.GridEdit;
import org.gridpatrol.grid.api.GridTopologyException;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.GridValidationException;
import org.gridpatrol.grid.api.GridViolation;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.UnitChange;
import org.gridpatrol.grid.api.ValidationReport;
import org.gridpatrol.grid.api.VersionedUnit;
import org.gridpatrol.grid.rules.TopologyRules;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link JdbcGridEdits} promises, on a real store holding the demo hierarchy (fresh for each test):
 * topology-checked, versioned edits with history, rollback and effective dates.
 */
abstract class GridEditsContract {

    static final List<GridUnit> DEMO = Datasets.units(Size.DEMO);
    static final SharedVertex SHARED = SharedVertex.find(DEMO);

    private TestStores.OpenStore openStore;
    RecordingEventAdmin events;
    JdbcGridUnits units;
    JdbcGridEdits edits;

    abstract TestStores.OpenStore openStore() throws Exception;

    @BeforeEach
    void seedTheDemo() throws Exception {
        openStore = openStore();
        events = new RecordingEventAdmin();
        units = new JdbcGridUnits(openStore.store(), new JtsGeometryValidator(), events,
                GridUnitsContract.tolerance(0.05));
        edits = new JdbcGridEdits(openStore.store(), events, TopologyRules.DEFAULTS, Clock.systemUTC());
        units.save(DEMO);
        events.clear();
    }

    @AfterEach
    void closeTheStore() {
        if (openStore != null) { // null when the store was skipped
            openStore.close();
        }
    }

    @Test
    void movingASharedVertexInAllNeighboursIsAcceptedAndVersioned() throws Exception {
        Revision revision = edits.apply(moveInAll(1));

        assertThat(revision.author()).isEqualTo("editor");
        assertThat(revision.comment()).isEqualTo("move the shared corner");
        assertThat(revision.changes()).extracting(UnitChange::code).containsExactlyElementsOf(SHARED.codes());
        assertThat(revision.changes()).allSatisfy(change -> {
            assertThat(change.kind()).isEqualTo(UnitChange.Kind.UPDATED);
            assertThat(change.versionBefore()).isEqualTo(1);
            assertThat(change.versionAfter()).isEqualTo(2);
        });
        for (GridUnit neighbour : SHARED.sharing()) {
            VersionedUnit current = edits.current(neighbour.code()).orElseThrow();
            assertThat(current.version()).isEqualTo(2);
            assertThat(current.validFrom()).isEqualTo(revision.time());
            assertThat(current.unit().geometry().equalsExact(SHARED.movedIn(neighbour, 3).geometry(), 1e-12)).isTrue();
            assertThat(units.find(neighbour.code()).orElseThrow().geometry()
                    .equalsExact(current.unit().geometry())).isTrue();
        }
        assertThat(events.events(GridUnits.TOPIC_CHANGED)).singleElement().satisfies(event -> {
            assertThat(event.getProperty("codes")).isEqualTo(SHARED.codes());
            assertThat(event.getProperty("revision")).isEqualTo(revision.id());
        });
        assertThat(edits.validateAll().clean()).isTrue();
    }

    @Test
    void movingTheVertexInOneNeighbourOnlyIsRefusedWithTheGapOrOverlapThereAndNothingSaved() {
        GridEdit oneSided = new GridEdit(List.of(SHARED.movedIn(SHARED.first(), 3)), List.of(),
                Map.of(SHARED.first().code(), 1L), "editor", "only one side");

        assertThatThrownBy(() -> edits.apply(oneSided)).isInstanceOfSatisfying(GridTopologyException.class,
                refused -> {
                    assertThat(refused.violations()).isNotEmpty().extracting(GridViolation::kind)
                            .containsAnyOf("GAP", "OVERLAP").isSubsetOf("GAP", "OVERLAP");
                    assertThat(refused.violations()).allSatisfy(violation -> {
                        assertThat(violation.location()).isNotNull();
                        assertThat(SHARED.metresFrom(violation.location())).isLessThan(1.0);
                        assertThat(violation.codes()).contains(SHARED.first().code());
                    });
                });

        assertUnchanged(SHARED.first());
        assertThat(events.events()).isEmpty();
    }

    @Test
    void anEditBasedOnAnOutdatedVersionConflictsAndSavesNothing() throws Exception {
        edits.apply(moveInAll(1));
        GridUnit renamed = rename(SHARED.first(), "新名字");

        assertThatThrownBy(() -> edits.apply(new GridEdit(List.of(renamed), List.of(),
                Map.of(renamed.code(), 1L), "other-editor", "rename")))
                .isInstanceOfSatisfying(GridConflictException.class, conflict -> {
                    assertThat(conflict.code()).isEqualTo(renamed.code());
                    assertThat(conflict.baseVersion()).isEqualTo(1);
                    assertThat(conflict.currentVersion()).isEqualTo(2);
                    assertThat(conflict.getMessage()).contains(renamed.code(), "current version is 2");
                });
        assertThat(edits.current(renamed.code()).orElseThrow().unit().name()).isEqualTo(SHARED.first().name());
        assertThat(edits.history(renamed.code())).hasSize(2);
    }

    @Test
    void creatingAUnitThatExistsConflictsInsteadOfOverwriting() {
        GridUnit again = rename(SHARED.first(), "重复");

        assertThatThrownBy(() -> edits.apply(new GridEdit(List.of(again), List.of(), Map.of(), "editor", "")))
                .isInstanceOfSatisfying(GridConflictException.class,
                        conflict -> assertThat(conflict.currentVersion()).isEqualTo(1));
        assertUnchanged(SHARED.first());
    }

    @Test
    void historyKeepsAuthorTimeCommentAndBothStates() throws Exception {
        Revision revision = edits.apply(moveInAll(1));

        List<Revision> history = edits.history(SHARED.first().code());

        assertThat(history).extracting(Revision::author).containsExactly(Revision.SEED_AUTHOR, "editor");
        Revision edit = history.get(1);
        assertThat(edit.id()).isEqualTo(revision.id());
        assertThat(edit.time()).isEqualTo(revision.time());
        assertThat(edit.comment()).isEqualTo("move the shared corner");
        UnitChange change = edit.changes().get(0);
        assertThat(edit.changes()).hasSize(1);
        assertThat(change.before()).isEqualTo(stored(SHARED.first()).before());
        assertThat(change.before().geometry().equalsExact(SHARED.first().geometry())).isTrue();
        assertThat(change.after().geometry().equalsExact(SHARED.movedIn(SHARED.first(), 3).geometry(), 1e-12)).isTrue();
        assertThat(change.after().name()).isEqualTo(SHARED.first().name());
        assertThat(change.after().worker()).isEqualTo(SHARED.first().worker());
        assertThat(edits.revision(revision.id()).orElseThrow().changes()).hasSize(SHARED.sharing().size());
        assertThat(edits.revision(revision.id() + 100)).isEmpty();
    }

    @Test
    void rollbackRestoresTheBoundariesAsANewRevision() throws Exception {
        Revision edit = edits.apply(moveInAll(1));

        Revision rollback = edits.rollback(edit.id(), "reviewer", null);

        assertThat(rollback.id()).isGreaterThan(edit.id());
        assertThat(rollback.revertedId()).isEqualTo(edit.id());
        assertThat(rollback.author()).isEqualTo("reviewer");
        assertThat(rollback.comment()).contains("rollback of revision " + edit.id());
        for (GridUnit neighbour : SHARED.sharing()) {
            VersionedUnit current = edits.current(neighbour.code()).orElseThrow();
            assertThat(current.version()).isEqualTo(3);
            assertThat(current.unit().geometry().equalsExact(neighbour.geometry())).isTrue();
            assertThat(edits.history(neighbour.code())).extracting(Revision::id)
                    .endsWith(edit.id(), rollback.id());
        }
        assertThat(events.events(GridUnits.TOPIC_CHANGED)).hasSize(2);
        assertThat(edits.validateAll().clean()).isTrue();
    }

    @Test
    void rollingBackARevisionWhoseUnitsChangedSinceConflicts() throws Exception {
        Revision first = edits.apply(moveInAll(1));
        edits.apply(new GridEdit(List.of(rename(SHARED.movedIn(SHARED.first(), 3), "改名")), List.of(),
                Map.of(SHARED.first().code(), 2L), "editor", "rename"));

        assertThatThrownBy(() -> edits.rollback(first.id(), "reviewer", "undo"))
                .isInstanceOfSatisfying(GridConflictException.class, conflict -> {
                    assertThat(conflict.code()).isEqualTo(SHARED.first().code());
                    assertThat(conflict.currentVersion()).isEqualTo(3);
                });
        assertThatThrownBy(() -> edits.rollback(9_999, "reviewer", "undo"))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void findAtATimeAnswersTheBoundaryValidThen() throws Exception {
        Revision edit = edits.apply(moveInAll(1));
        String code = SHARED.first().code();

        VersionedUnit before = edits.find(code, edit.time().minusMillis(1)).orElseThrow();
        VersionedUnit after = edits.find(code, edit.time()).orElseThrow();
        VersionedUnit longAgo = edits.find(code, java.time.Instant.parse("2001-01-01T00:00:00Z")).orElseThrow();

        assertThat(before.version()).isEqualTo(1);
        assertThat(before.validTo()).isEqualTo(edit.time());
        assertThat(before.unit().geometry().equalsExact(SHARED.first().geometry())).isTrue();
        assertThat(longAgo.version()).as("seed data counts as valid since always").isEqualTo(1);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.validTo()).isNull();
        assertThat(after.unit().geometry().equalsExact(SHARED.movedIn(SHARED.first(), 3).geometry(), 1e-12)).isTrue();
        assertThat(edits.find("330381999999999999", edit.time())).isEmpty();
    }

    @Test
    void deletingAMicroGridLeavesAGapAndIsRefused() {
        GridUnit micro = SHARED.first();

        assertThatThrownBy(() -> edits.apply(new GridEdit(List.of(), List.of(micro.code()),
                Map.of(micro.code(), 1L), "editor", "delete")))
                .isInstanceOfSatisfying(GridTopologyException.class, refused -> assertThat(refused.violations())
                        .extracting(GridViolation::kind).containsExactly("GAP"));
        assertUnchanged(micro);
    }

    @Test
    void mergingTwoNeighboursIntoOneDeletesOneAndKeepsTheTiling() throws Exception {
        GridUnit merged = new GridUnit(SHARED.first().code(), SHARED.first().name(), AdminLevel.MICRO_GRID,
                SHARED.first().parentCode(), Shapes.multiPolygon(
                        SHARED.first().geometry().union(SHARED.edgeNeighbour().geometry())), SHARED.first().worker());

        Revision revision = edits.apply(new GridEdit(List.of(merged), List.of(SHARED.edgeNeighbour().code()),
                Map.of(SHARED.first().code(), 1L, SHARED.edgeNeighbour().code(), 1L), "editor", "merge"));

        assertThat(revision.changes()).extracting(UnitChange::kind)
                .containsExactly(UnitChange.Kind.UPDATED, UnitChange.Kind.DELETED);
        assertThat(units.find(SHARED.edgeNeighbour().code())).isEmpty();
        assertThat(edits.find(SHARED.edgeNeighbour().code(), revision.time())).isEmpty();
        assertThat(edits.find(SHARED.edgeNeighbour().code(), revision.time().minusMillis(1))).isPresent();

        Revision undone = edits.rollback(revision.id(), "reviewer", "split again");
        assertThat(edits.current(SHARED.edgeNeighbour().code()).orElseThrow().version()).isEqualTo(3);
        assertThat(undone.changes()).extracting(UnitChange::kind)
                .containsExactly(UnitChange.Kind.UPDATED, UnitChange.Kind.CREATED);
    }

    @Test
    void refusesAnEditWithoutAuthorOrNameBeforeTouchingTheStore() {
        GridUnit nameless = rename(SHARED.first(), " ");
        assertThatThrownBy(() -> edits.apply(new GridEdit(List.of(nameless), List.of(), Map.of(nameless.code(), 1L),
                "editor", ""))).isInstanceOfSatisfying(GridValidationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("units[0].properties.name"));
        assertThatThrownBy(() -> edits.apply(new GridEdit(List.of(SHARED.first()), List.of(), Map.of(), " ", "")))
                .isInstanceOfSatisfying(GridValidationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("author"));
        assertThatThrownBy(() -> edits.apply(new GridEdit(List.of(), List.of(), Map.of(), "editor", "")))
                .isInstanceOf(GridValidationException.class);
        assertUnchanged(SHARED.first());
    }

    @Test
    void validateAllOnTheDemoDataIsClean() {
        ValidationReport report = edits.validateAll();

        assertThat(report.unitCount()).isEqualTo(DEMO.size());
        assertThat(report.violations()).isEmpty();
        assertThat(report.countByKind()).isEmpty();
    }

    @Test
    void validateAllFindsWhatWasStoredWithoutTheRules() throws Exception {
        units.save(List.of(SHARED.movedIn(SHARED.first(), 3))); // the seed path checks only parents

        ValidationReport report = edits.validateAll();

        assertThat(report.clean()).isFalse();
        assertThat(report.countByKind().keySet()).containsAnyOf("GAP", "OVERLAP");
        assertThat(report.violations()).allSatisfy(v -> assertThat(SHARED.metresFrom(v.location())).isLessThan(1.0));
    }

    /** The shared vertex moved 3 m in every unit that has it, each based on {@code version}. */
    static GridEdit moveInAll(long version) {
        Map<String, Long> versions = new java.util.HashMap<>();
        SHARED.codes().forEach(code -> versions.put(code, version));
        return new GridEdit(SHARED.movedInAll(3), List.of(), versions, "editor", "move the shared corner");
    }

    static GridUnit rename(GridUnit unit, String name) {
        return new GridUnit(unit.code(), name, unit.level(), unit.parentCode(), unit.geometry(), unit.worker());
    }

    private UnitChange stored(GridUnit unit) {
        return edits.history(unit.code()).get(1).changes().get(0);
    }

    private void assertUnchanged(GridUnit unit) {
        VersionedUnit current = edits.current(unit.code()).orElseThrow();
        assertThat(current.version()).isEqualTo(1);
        assertThat(current.unit().geometry().equalsExact(unit.geometry())).isTrue();
        assertThat(current.unit().name()).isEqualTo(unit.name());
        assertThat(edits.history(unit.code())).extracting(Revision::author).containsExactly(Revision.SEED_AUTHOR);
    }
}
