package org.gridpatrol.mqtt.api;

/** An active subscription; closing it unsubscribes. */
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
