package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridValidationException;
import org.gridpatrol.grid.api.GridWorker;
import org.junit.jupiter.api.Test;

class EditPlannerPhoneTest {

    private final GridUnit stored = unit(new GridWorker("王五", "13912342497"));

    @Test
    void theMaskedPhoneAClientSendsBackKeepsTheStoredNumber() throws Exception {
        GridUnit edited = EditPlanner.keepStoredPhone(stored, unit(new GridWorker("王五", "139****2497")));
        assertThat(edited.worker().phone()).isEqualTo("13912342497");
    }

    @Test
    void aNewNumberOrANewWorkerIsTaken() throws Exception {
        assertThat(EditPlanner.keepStoredPhone(stored, unit(new GridWorker("王五", "13800001111"))).worker().phone())
                .isEqualTo("13800001111");
        assertThat(EditPlanner.keepStoredPhone(stored, unit(new GridWorker("赵六", "139****2497"))).worker())
                .as("same mask, new name: the number stays the one behind the mask")
                .isEqualTo(new GridWorker("赵六", "13912342497"));
        assertThat(EditPlanner.keepStoredPhone(stored, unit(null)).worker()).isNull();
    }

    @Test
    void anyOtherMaskedNumberIsRefusedNotStored() {
        assertThatThrownBy(() -> EditPlanner.keepStoredPhone(stored, unit(new GridWorker("王五", "139****0000"))))
                .isInstanceOfSatisfying(GridValidationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("worker_phone"));
        assertThatThrownBy(() -> EditPlanner.keepStoredPhone(null, unit(new GridWorker("王五", "139****2497"))))
                .as("a new unit has no stored number behind the mask").isInstanceOf(GridValidationException.class);
    }

    private static GridUnit unit(GridWorker worker) {
        return new GridUnit("330381001001001001", "一号微网格", AdminLevel.MICRO_GRID, "330381001001001", null, worker);
    }
}
