package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.junit.jupiter.api.Test;

class EditPlannerPhoneTest {

    private final GridUnit stored = unit(new GridWorker("王五", "13912342497"));

    @Test
    void theMaskedPhoneAClientSendsBackKeepsTheStoredNumber() {
        GridUnit edited = EditPlanner.keepStoredPhone(stored, unit(new GridWorker("王五", "139****2497")));
        assertThat(edited.worker().phone()).isEqualTo("13912342497");
    }

    @Test
    void aNewNumberOrANewWorkerIsTaken() {
        assertThat(EditPlanner.keepStoredPhone(stored, unit(new GridWorker("王五", "13800001111"))).worker().phone())
                .isEqualTo("13800001111");
        assertThat(EditPlanner.keepStoredPhone(stored, unit(new GridWorker("赵六", "139****2497"))).worker())
                .as("same mask, new name: the number stays the one behind the mask")
                .isEqualTo(new GridWorker("赵六", "13912342497"));
        assertThat(EditPlanner.keepStoredPhone(stored, unit(null)).worker()).isNull();
    }

    private static GridUnit unit(GridWorker worker) {
        return new GridUnit("330381001001001001", "一号微网格", AdminLevel.MICRO_GRID, "330381001001001", null, worker);
    }
}
