package org.gridpatrol.tracking.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The fan-out: every client gets every message, and no client can hold the publisher up. */
class SseHubTest {

    private static final String FENCE = "event: fence\ndata: {\"unit\":\"P1\"}\n\n";

    @Test
    void everyClientGetsTheReconnectDelayThenEveryMessageFlushed() {
        SseHub hub = new SseHub(10, 5);
        RecordingChannel first = new RecordingChannel();
        RecordingChannel second = new RecordingChannel();
        hub.connect(first, false).orElseThrow();
        hub.connect(second, false).orElseThrow();

        hub.publish(FENCE);
        hub.publish(SseMessages.KEEPALIVE);

        String expected = "retry: 5000\n\n" + FENCE + ": keepalive\n\n";
        assertThat(first.text()).isEqualTo(expected);
        assertThat(second.text()).isEqualTo(expected);
        assertThat(first.flushes).isEqualTo(3);
        assertThat(hub.clientCount()).isEqualTo(2);
    }

    @Test
    void aClientThatCannotTakeMoreGetsItsMessagesWhenItCanAgain() {
        SseHub hub = new SseHub(10, 5);
        RecordingChannel channel = new RecordingChannel();
        SseClient client = hub.connect(channel, false).orElseThrow();
        channel.ready(false);

        hub.publish(FENCE);
        hub.publish(FENCE);
        assertThat(channel.text()).isEqualTo("retry: 5000\n\n");
        assertThat(client.waiting()).isEqualTo(2);

        channel.ready(true);
        client.drain();
        assertThat(channel.text()).isEqualTo("retry: 5000\n\n" + FENCE + FENCE);
        assertThat(client.waiting()).isZero();
    }

    @Test
    void aSlowClientIsDisconnectedAndTheOthersCarryOn() {
        SseHub hub = new SseHub(3, 5);
        RecordingChannel slow = new RecordingChannel();
        RecordingChannel fast = new RecordingChannel();
        SseClient slowClient = hub.connect(slow, false).orElseThrow();
        hub.connect(fast, false).orElseThrow();
        slow.ready(false);

        for (int i = 0; i < 4; i++) {
            hub.publish(FENCE);
        }

        assertThat(slowClient.isClosed()).isTrue();
        assertThat(slow.closed).isTrue();
        assertThat(hub.clientCount()).isEqualTo(1);
        assertThat(hub.slowDisconnects()).isEqualTo(1);
        assertThat(fast.text()).isEqualTo("retry: 5000\n\n" + FENCE.repeat(4));
    }

    @Test
    void aBrokenConnectionIsDroppedAtTheNextWrite() {
        SseHub hub = new SseHub(10, 5);
        RecordingChannel gone = new RecordingChannel();
        hub.connect(gone, false).orElseThrow();
        gone.breakConnection();

        hub.publish(SseMessages.KEEPALIVE);

        assertThat(hub.clientCount()).isZero();
        assertThat(gone.closed).isTrue();
        assertThat(hub.slowDisconnects()).isZero();
    }

    @Test
    void clientsBeyondTheLimitAreRefusedAndCloseAllEndsEveryStream() {
        SseHub hub = new SseHub(10, 2);
        RecordingChannel a = new RecordingChannel();
        RecordingChannel b = new RecordingChannel();
        assertThat(hub.connect(a, false)).isPresent();
        assertThat(hub.connect(b, false)).isPresent();
        assertThat(hub.isFull()).isTrue();
        assertThat(hub.connect(new RecordingChannel(), false)).isEmpty();

        hub.closeAll();

        assertThat(a.closed).isTrue();
        assertThat(b.closed).isTrue();
        assertThat(hub.clientCount()).isZero();
        assertThat(hub.connect(new RecordingChannel(), false)).as("no connections after close").isEmpty();
    }

    @Test
    void aBlockingClientIsWrittenByItsOwnThreadUntilClosed() throws Exception {
        SseHub hub = new SseHub(10, 5);
        RecordingChannel channel = new RecordingChannel();
        SseClient client = hub.connect(channel, true).orElseThrow();
        Thread requestThread = new Thread(() -> {
            try {
                client.pump();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        requestThread.start();

        hub.publish(FENCE);
        awaitText(channel, "retry: 5000\n\n" + FENCE);
        hub.closeAll();
        requestThread.join(Duration.ofSeconds(10).toMillis());

        assertThat(requestThread.isAlive()).isFalse();
        assertThat(channel.text()).isEqualTo("retry: 5000\n\n" + FENCE);
    }

    private static void awaitText(RecordingChannel channel, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!channel.text().equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(channel.text()).isEqualTo(expected);
    }
}
