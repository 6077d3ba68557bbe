package org.gridpatrol.checkpoint.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.Checkpoints;
import org.gridpatrol.checkpoint.api.DutyRoster;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code checkSeconds} looks at the running shifts and posts {@link DutyRoster#TOPIC_UNSTAFFED} and
 * {@link DutyRoster#TOPIC_STAFFED} as {@link StaffingAlarms} decides. A failed check is logged and the next
 * one runs as planned.
 */
@Component(configurationPid = DutyConfig.PID)
@Designate(ocd = DutyConfig.class)
public class StaffingWatch {

    private static final Logger LOG = LoggerFactory.getLogger(StaffingWatch.class);

    private final Roster roster;
    private final Checkpoints checkpoints;
    private final EventAdmin eventAdmin;
    private final Clock clock;
    private final StaffingAlarms alarms;
    private ScheduledExecutorService timer;

    @Activate
    public StaffingWatch(@Reference Roster roster, @Reference Checkpoints checkpoints,
            @Reference EventAdmin eventAdmin, DutyConfig config) {
        this(roster, checkpoints, eventAdmin, config, Clock.systemUTC());
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gridpatrol-checkpoint-staffing");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::checkLogged, config.checkSeconds(), config.checkSeconds(), TimeUnit.SECONDS);
    }

    /** A watch that checks only when {@link #check()} is called, on the given clock. */
    StaffingWatch(Roster roster, Checkpoints checkpoints, EventAdmin eventAdmin, DutyConfig config, Clock clock) {
        if (config.checkSeconds() < 5 || config.checkSeconds() > 3600) {
            LOG.error("{}: checkSeconds must be from 5 to 3600, got {}", DutyConfig.PID, config.checkSeconds());
            throw new IllegalArgumentException("checkSeconds out of range: " + config.checkSeconds());
        }
        if (config.graceMinutes() < 0 || config.graceMinutes() > 240) {
            LOG.error("{}: graceMinutes must be from 0 to 240, got {}", DutyConfig.PID, config.graceMinutes());
            throw new IllegalArgumentException("graceMinutes out of range: " + config.graceMinutes());
        }
        this.roster = roster;
        this.checkpoints = checkpoints;
        this.eventAdmin = eventAdmin;
        this.clock = clock;
        this.alarms = new StaffingAlarms(Duration.ofMinutes(config.graceMinutes()), clock.instant());
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** One look at the running shifts; posts what changed. */
    synchronized void check() {
        Instant now = clock.instant();
        for (StaffingAlarms.Alarm alarm : alarms.update(roster.running(now), now)) {
            post(alarm, now);
        }
    }

    private void checkLogged() {
        try {
            check();
        } catch (RuntimeException failed) {
            LOG.warn("Checkpoint staffing check failed; the next one runs in due time: {}", failed.getMessage(), failed);
        }
    }

    private void post(StaffingAlarms.Alarm alarm, Instant now) {
        String code = alarm.checkpointCode();
        Map<String, Object> properties = new HashMap<>();
        properties.put("checkpoint", code);
        properties.put("checkpointName", checkpoints.find(code).map(Checkpoint::name).orElse(code));
        properties.put("time", now.toString());
        properties.put("rostered", alarm.staffing().rostered().stream().sorted().toArray(String[]::new));
        properties.put("present", alarm.staffing().present().stream().sorted().toArray(String[]::new));
        String topic = alarm.kind() == StaffingAlarms.Kind.UNSTAFFED ? DutyRoster.TOPIC_UNSTAFFED : DutyRoster.TOPIC_STAFFED;
        if (alarm.kind() != StaffingAlarms.Kind.UNSTAFFED) {
            properties.put("reason", alarm.kind() == StaffingAlarms.Kind.STAFFED ? "present" : "shift-ended");
        }
        LOG.info("Checkpoint {} {} ({})", code, alarm.kind(), alarm.staffing().rostered());
        eventAdmin.postEvent(new Event(topic, properties));
    }
}
