package org.gridpatrol.video.stream.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DropOldestQueueTest {

    @Test
    void dropsTheOldestWhenFullAndCountsIt() throws InterruptedException {
        DropOldestQueue<Integer> queue = new DropOldestQueue<>(2);
        for (int i = 1; i <= 5; i++) {
            queue.offer(i);
        }
        assertThat(queue.dropped()).isEqualTo(3);
        assertThat(queue.size()).isEqualTo(2);
        assertThat(queue.poll(0, TimeUnit.MILLISECONDS)).contains(4);
        assertThat(queue.poll(0, TimeUnit.MILLISECONDS)).contains(5);
        assertThat(queue.poll(10, TimeUnit.MILLISECONDS)).isEmpty();
    }

    @Test
    void aWaitingConsumerGetsTheNextItem() throws InterruptedException {
        DropOldestQueue<String> queue = new DropOldestQueue<>(1);
        Thread producer = new Thread(() -> queue.offer("frame"));
        producer.start();
        assertThat(queue.poll(10, TimeUnit.SECONDS)).contains("frame");
        producer.join();
        assertThat(queue.dropped()).isZero();
    }
}
