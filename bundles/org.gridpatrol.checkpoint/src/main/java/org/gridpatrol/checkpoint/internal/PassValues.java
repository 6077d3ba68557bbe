package org.gridpatrol.checkpoint.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.HealthCode;
import org.gridpatrol.checkpoint.api.Pass;
import org.gridpatrol.checkpoint.api.PassType;

/**
 * The words of a pass as clients write them: the API's English names in any case, and the Chinese words
 * officers use on paper lists (绿码, 进, 车辆 ...). Fields are named as in the REST body.
 */
final class PassValues {

    private static final Map<String, HealthCode> HEALTH_CODES = Map.of("GREEN", HealthCode.GREEN, "绿", HealthCode.GREEN,
            "绿码", HealthCode.GREEN, "YELLOW", HealthCode.YELLOW, "黄", HealthCode.YELLOW, "黄码", HealthCode.YELLOW,
            "RED", HealthCode.RED, "红", HealthCode.RED, "红码", HealthCode.RED);
    private static final Map<String, Pass.SubjectKind> SUBJECT_KINDS = Map.of("PERSON", Pass.SubjectKind.PERSON,
            "人", Pass.SubjectKind.PERSON, "人员", Pass.SubjectKind.PERSON, "VEHICLE", Pass.SubjectKind.VEHICLE,
            "车", Pass.SubjectKind.VEHICLE, "车辆", Pass.SubjectKind.VEHICLE);
    private static final Map<String, Boolean> DIRECTIONS = Map.of("IN", true, "进", true, "入", true,
            "OUT", false, "出", false);
    private static final Map<String, PassType> PASS_TYPES = Map.of("RESIDENT", PassType.RESIDENT,
            "居民", PassType.RESIDENT, "居民通行证", PassType.RESIDENT, "ELECTRONIC", PassType.ELECTRONIC,
            "电子", PassType.ELECTRONIC, "电子通行证", PassType.ELECTRONIC, "VISITOR", PassType.VISITOR,
            "访客", PassType.VISITOR);

    private PassValues() {
    }

    static HealthCode healthCode(String value) throws CheckpointException {
        return word("healthCode", value, HEALTH_CODES, "an unknown health-code colour; must be GREEN, YELLOW or RED "
                + "(绿码, 黄码, 红码)");
    }

    static Pass.SubjectKind subjectKind(String value) throws CheckpointException {
        return word("subjectKind", value, SUBJECT_KINDS, "must be PERSON or VEHICLE (人员, 车辆)");
    }

    /** True for in. */
    static boolean inbound(String value) throws CheckpointException {
        return word("direction", value, DIRECTIONS, "must be IN or OUT (进, 出)");
    }

    static PassType passType(String value) throws CheckpointException {
        return word("passType", value, PASS_TYPES, "must be RESIDENT, ELECTRONIC or VISITOR (居民, 电子通行证, 访客)");
    }

    /**
     * An ISO-8601 instant or date-time with offset; a date-time without offset ({@code 2026-11-22 16:00:00},
     * as spreadsheets write it) is read as Asia/Shanghai time, where the checkpoints are.
     */
    static Instant time(String value) throws CheckpointException {
        String text = value == null ? "" : value.strip();
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).atZone(JdbcPasses.LOCAL_ZONE).toInstant();
            } catch (DateTimeException unreadable) {
                throw new CheckpointException("time", "must be an ISO-8601 time such as 2026-11-22T08:00:00Z "
                        + "(without offset: Asia/Shanghai), got '" + text + "'");
            }
        }
    }

    private static <T> T word(String field, String value, Map<String, T> words, String expected) {
        String key = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        T known = words.get(key);
        if (known == null) {
            if (key.isEmpty()) {
                throw new CheckpointException(field, "is required");
            }
            throw new CheckpointException(field, "'" + value.strip() + "' is " + (expected.startsWith("must")
                    ? "not known; it " + expected : expected));
        }
        return known;
    }
}
