package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void workers_run_every_task_once_and_pass_failures_on() {
        try (Workers w = new Workers(3)) {
            int[] hits = new int[1000];
            w.run(1000, t -> hits[t]++);
            assertThat(hits).containsOnly(1);
            AtomicInteger done = new AtomicInteger();
            assertThatThrownBy(() -> w.run(50, t -> {
                if (t == 17) {
                    throw new IllegalStateException("task 17 failed");
                }
                done.incrementAndGet();
            })).isInstanceOf(IllegalStateException.class).hasMessage("task 17 failed");
            assertThat(done.get()).isLessThan(50);
        }
    }
}
