package org.gridpatrol.wfs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridpatrol.grid.api.GridConflictException;
import org.gridpatrol.grid.api.GridEdit;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridTopologyException;
import org.gridpatrol.grid.api.GridValidationException;
import org.gridpatrol.grid.api.GridViolation;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.locationtech.jts.io.WKTWriter;

/**
 * Saves a Transaction through {@link GridEdits} as one revision (author: the logged-in user; comment: the
 * Transaction's {@code handle}) and maps what the edit service refuses to exception reports: a stale
 * version is HTTP 409 {@code OperationProcessingFailed} naming the feature and both versions; broken
 * topology rules 422 with one exception per violation, located by WKT; unusable attributes 400.
 */
final class TransactionHandler {

    static final String EDITOR_ROLE = "gis-editor";
    static final String ADMIN_ROLE = "admin";
    private static final int MAX_VIOLATIONS_LISTED = 100;
    private static final Pattern UNIT_INDEX = Pattern.compile("^units\\[(\\d+)]");

    private final GridEdits edits;
    private final TransactionPlanner planner;
    private final String defaultComment;

    TransactionHandler(GridEdits edits, TransactionPlanner planner, String defaultComment) {
        this.edits = edits;
        this.planner = planner;
        this.defaultComment = defaultComment;
    }

    ApiResponse answer(TransactionRequest transaction, ApiRequest request) {
        WfsVersion version = transaction.version();
        if (!request.hasRole(EDITOR_ROLE) && !request.hasRole(ADMIN_ROLE)) {
            throw new WfsException(version, 403, WfsException.NO_CODE, "Transaction", "user " + request.user()
                    + " may read but not edit: Transaction needs the role " + EDITOR_ROLE);
        }
        String comment = transaction.handle() == null ? defaultComment : transaction.handle();
        GridEdit edit = null;
        try {
            TransactionPlanner.Plan plan = planner.plan(transaction, request.user(), comment);
            edit = plan.edit();
            Revision revision = edits.apply(edit);
            return ApiResponse.ok(version == WfsVersion.V2_0_0 ? "application/xml" : "text/xml",
                    TransactionResponseWriter.write(version, revision, plan.inserted(), transaction.handle()));
        } catch (GridConflictException conflict) {
            throw new WfsException(version, 409, WfsException.PROCESSING_FAILED, conflict.code(),
                    conflict.getMessage() + "; nothing was saved. Reload the layer and apply your edit again.");
        } catch (GridTopologyException broken) {
            throw new WfsException(version, 422, violations(broken.violations()));
        } catch (GridValidationException invalid) {
            String text = invalid.problem().reason() + (invalid.problem().hasLocation()
                    ? " at lon " + invalid.problem().lon() + ", lat " + invalid.problem().lat() : "")
                    + "; nothing was saved";
            throw WfsException.invalidParameter(version, field(invalid.field(), edit), text);
        }
    }

    private static List<WfsException.Entry> violations(List<GridViolation> violations) {
        WKTWriter wkt = new WKTWriter();
        List<WfsException.Entry> entries = new ArrayList<>();
        for (GridViolation violation : violations.subList(0, Math.min(violations.size(), MAX_VIOLATIONS_LISTED))) {
            String where = violation.location() == null ? "" : "; location (CGCS2000 lon/lat WKT): "
                    + wkt.write(violation.location());
            entries.add(new WfsException.Entry(WfsException.PROCESSING_FAILED, String.join(",", violation.codes()),
                    violation.kind() + ": " + violation.message() + where));
        }
        if (violations.size() > MAX_VIOLATIONS_LISTED) {
            entries.add(new WfsException.Entry(WfsException.PROCESSING_FAILED, null, (violations.size()
                    - MAX_VIOLATIONS_LISTED) + " more violations not listed"));
        }
        entries.add(new WfsException.Entry(WfsException.PROCESSING_FAILED, "Transaction", violations.size()
                + " topology rule violation(s); nothing was saved"));
        return entries;
    }

    /** The edit service names units by index ({@code units[2].properties.name}); clients know codes. */
    private static String field(String field, GridEdit edit) {
        if (field == null || edit == null) {
            return field;
        }
        Matcher matcher = UNIT_INDEX.matcher(field);
        if (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index < edit.upserted().size()) {
                return edit.upserted().get(index).code() + field.substring(matcher.end());
            }
        }
        return field;
    }
}
