package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RequestAdmissionTest {

    @Test
    void noMoreRequestsWorkAtOnceThanItAdmits() throws Exception {
        RequestAdmission admission = RequestAdmission.of(3);
        AtomicInteger atWork = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    admission.run(() -> {
                        most.accumulateAndGet(atWork.incrementAndGet(), Math::max);
                        Thread.sleep(2);
                        atWork.decrementAndGet();
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    @Timeout(10) // without the bound the refused request would wait for ever
    void aRequestFindingTheQueueFullIsRefusedAtOnceWith503() throws Exception {
        RequestAdmission admission = RequestAdmission.of(1, 1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> run(admission, () -> {
            holding.countDown();
            release.await();
        }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicInteger ranAfterWaiting = new AtomicInteger();
        Thread waiter = Thread.ofVirtual().start(() -> run(admission, ranAfterWaiting::incrementAndGet));
        while (waiter.getState() != Thread.State.WAITING) {
            Thread.sleep(1);
        }

        AtomicInteger refusedRan = new AtomicInteger();
        assertThatThrownBy(() -> admission.run(refusedRan::incrementAndGet))
                .isInstanceOfSatisfying(HttpResponseException.class, e -> assertThat(e.getStatus()).isEqualTo(503));
        assertThat(refusedRan.get()).isZero();

        release.countDown();
        holder.join();
        waiter.join();
        assertThat(ranAfterWaiting.get()).as("the request that waited its turn ran").isEqualTo(1);
    }

    @Test
    void aFailingRequestGivesItsPlaceBack() throws Exception {
        RequestAdmission admission = RequestAdmission.of(1, 0);
        assertThatThrownBy(() -> admission.run(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        AtomicInteger ran = new AtomicInteger();
        admission.run(ran::incrementAndGet);
        assertThat(ran.get()).isEqualTo(1);
    }

    private interface Body {
        void run() throws Exception;
    }

    private static void run(RequestAdmission admission, Body body) {
        try {
            admission.run(body::run);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
