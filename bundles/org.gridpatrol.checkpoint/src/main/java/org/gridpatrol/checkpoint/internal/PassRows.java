package org.gridpatrol.checkpoint.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.gridpatrol.checkpoint.api.HealthCode;
import org.gridpatrol.checkpoint.api.Pass;
import org.gridpatrol.checkpoint.api.PassType;

/** SQL and row mapping of table {@code checkpoint_pass}. */
final class PassRows {

    static final String SELECT = "SELECT id, checkpoint_code, passed_at, subject_kind, subject, inbound, health_code, "
            + "pass_type, officer FROM checkpoint_pass";

    static final String INSERT = "INSERT INTO checkpoint_pass (checkpoint_code, passed_at, local_day, subject_kind, "
            + "subject, inbound, health_code, pass_type, officer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Counts per checkpoint and day by colour; the same SQL on H2 and PostgreSQL. */
    static final String STATS_HEAD = "SELECT checkpoint_code, local_day, COUNT(*) AS passes, "
            + "SUM(CASE WHEN health_code = 'GREEN' THEN 1 ELSE 0 END) AS green, "
            + "SUM(CASE WHEN health_code = 'YELLOW' THEN 1 ELSE 0 END) AS yellow, "
            + "SUM(CASE WHEN health_code = 'RED' THEN 1 ELSE 0 END) AS red "
            + "FROM checkpoint_pass WHERE local_day >= ? AND local_day <= ?";
    static final String STATS_TAIL = " GROUP BY checkpoint_code, local_day ORDER BY local_day, checkpoint_code";

    Pass read(ResultSet row) throws SQLException {
        return new Pass(row.getLong("id"), row.getString("checkpoint_code"), SqlTimes.get(row, "passed_at"),
                Pass.SubjectKind.valueOf(row.getString("subject_kind")), row.getString("subject"),
                row.getBoolean("inbound"), HealthCode.valueOf(row.getString("health_code")),
                PassType.valueOf(row.getString("pass_type")), row.getString("officer"));
    }

    void bind(PreparedStatement insert, Pass pass, LocalDate localDay) throws SQLException {
        insert.setString(1, pass.checkpointCode());
        SqlTimes.set(insert, 2, pass.time());
        insert.setObject(3, localDay);
        insert.setString(4, pass.subjectKind().name());
        insert.setString(5, pass.subject().strip());
        insert.setBoolean(6, pass.inbound());
        insert.setString(7, pass.healthCode().name());
        insert.setString(8, pass.passType().name());
        if (pass.officer() == null || pass.officer().isBlank()) {
            insert.setNull(9, Types.VARCHAR);
        } else {
            insert.setString(9, pass.officer().strip());
        }
    }

    static Pass withId(Pass pass, long id) {
        String officer = pass.officer() == null || pass.officer().isBlank() ? null : pass.officer().strip();
        return new Pass(id, pass.checkpointCode(), pass.time(), pass.subjectKind(), pass.subject().strip(),
                pass.inbound(), pass.healthCode(), pass.passType(), officer);
    }
}
