package org.gridpatrol.mqtt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridpatrol.mqtt.api.MqttListener;
import org.gridpatrol.mqtt.internal.SubscriptionTable.BrokerSubscription;
import org.gridpatrol.mqtt.internal.SubscriptionTable.Entry;
import org.junit.jupiter.api.Test;

class SubscriptionTableTest {

    private final SubscriptionTable table = new SubscriptionTable();
    private final MqttListener first = (topic, payload) -> { };
    private final MqttListener second = (topic, payload) -> { };

    @Test
    void aNewFilterNeedsABrokerSubscriptionWithAnIdentifierOfItsOwn() {
        BrokerSubscription a = table.add(SubscriptionTable.entry("a/#", 1, first)).orElseThrow();
        BrokerSubscription b = table.add(SubscriptionTable.entry("a/b", 0, second)).orElseThrow();

        assertThat(a.filter()).isEqualTo("a/#");
        assertThat(a.qos()).isEqualTo(1);
        assertThat(b.id()).isNotEqualTo(a.id()).isPositive();
        assertThat(table.brokerSubscriptions()).containsExactly(a, b);
    }

    @Test
    void aSecondListenerOnTheSameFilterResubscribesOnlyToRaiseTheQos() {
        BrokerSubscription initial = table.add(SubscriptionTable.entry("t", 1, first)).orElseThrow();

        assertThat(table.add(SubscriptionTable.entry("t", 0, second))).isEmpty();
        assertThat(table.add(SubscriptionTable.entry("t", 1, second))).isEmpty();
        BrokerSubscription raised = table.add(SubscriptionTable.entry("t", 2, first)).orElseThrow();

        assertThat(raised).isEqualTo(new BrokerSubscription("t", 2, initial.id()));
        assertThat(table.brokerSubscriptions()).containsExactly(raised);
    }

    @Test
    void theBrokerSubscriptionGoesWithTheLastListener() {
        Entry one = SubscriptionTable.entry("t/+", 1, first);
        Entry sameListenerAgain = SubscriptionTable.entry("t/+", 1, first);
        table.add(one);
        table.add(sameListenerAgain);

        assertThat(table.remove(one)).isEmpty();
        assertThat(table.remove(one)).as("removing twice").isEmpty();
        assertThat(table.listenersFor("t/x", List.of())).containsExactly(first);
        assertThat(table.remove(sameListenerAgain)).contains("t/+");
        assertThat(table.brokerSubscriptions()).isEmpty();
        assertThat(table.listenersFor("t/x", List.of())).isEmpty();
    }

    @Test
    void subscriptionIdentifiersSelectTheFiltersAMessageIsFor() {
        BrokerSubscription wide = table.add(SubscriptionTable.entry("a/#", 1, first)).orElseThrow();
        BrokerSubscription narrow = table.add(SubscriptionTable.entry("a/b", 1, second)).orElseThrow();

        // Mosquitto 2 sends one copy per matching subscription, each with its own identifier.
        assertThat(table.listenersFor("a/b", List.of(wide.id()))).containsExactly(first);
        assertThat(table.listenersFor("a/b", List.of(narrow.id()))).containsExactly(second);
        // A broker may also send one copy carrying both.
        assertThat(table.listenersFor("a/b", List.of(wide.id(), narrow.id()))).containsExactly(first, second);
    }

    @Test
    void withoutIdentifiersEveryMatchingFilterIsAddressed() {
        table.add(SubscriptionTable.entry("a/#", 1, first));
        table.add(SubscriptionTable.entry("a/+/c", 1, second));

        assertThat(table.listenersFor("a/b/c", List.of())).containsExactly(first, second);
        assertThat(table.listenersFor("a/b", List.of())).containsExactly(first);
        assertThat(table.listenersFor("x/b/c", List.of())).isEmpty();
    }

    @Test
    void identifiersOfRemovedFiltersAreNotReusedOrDelivered() {
        Entry entry = SubscriptionTable.entry("a", 1, first);
        BrokerSubscription removed = table.add(entry).orElseThrow();
        table.remove(entry);
        BrokerSubscription again = table.add(SubscriptionTable.entry("a", 1, second)).orElseThrow();

        assertThat(again.id()).isNotEqualTo(removed.id());
        assertThat(table.listenersFor("a", List.of(removed.id()))).isEmpty();
        assertThat(table.listenersFor("a", List.of(again.id()))).containsExactly(second);
    }
}
