package org.linkage110.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotentDeliveryTest {

    @Test
    void anEarlierDeliveryIsAnsweredWithoutInserting() {
        AtomicInteger inserts = new AtomicInteger();
        String answer = IdempotentDelivery.receive(() -> Optional.of("first"), () -> "new" + inserts.incrementAndGet());
        assertThat(answer).isEqualTo("first");
        assertThat(inserts).hasValue(0);
    }

    @Test
    void aNewDeliveryIsInserted() {
        assertThat(IdempotentDelivery.receive(Optional::empty, () -> "new")).isEqualTo("new");
    }

    @Test
    void losingTheUniqueKeyToAConcurrentDeliveryAnswersWithTheWinner() {
        AtomicInteger reads = new AtomicInteger();
        String answer = IdempotentDelivery.receive(
                () -> reads.incrementAndGet() == 1 ? Optional.empty() : Optional.of("winner"),
                () -> {
                    throw new EJBException(new RuntimeException(
                            new SQLIntegrityConstraintViolationException("Duplicate entry 'x' for key 'uq'")));
                });
        assertThat(answer).isEqualTo("winner");
        assertThat(reads).hasValue(2);
    }

    @Test
    void losingTheClaimToAConcurrentDeliveryAnswersWithTheWinnerWithoutAFailure() {
        AtomicInteger reads = new AtomicInteger();
        String answer = IdempotentDelivery.receive(
                () -> reads.incrementAndGet() == 1 ? Optional.empty() : Optional.of("winner"), () -> null);
        assertThat(answer).isEqualTo("winner");
        assertThat(reads).hasValue(2);
    }

    @Test
    void anyOtherFailureIsNotMistakenForARedelivery() {
        EJBException failure = new EJBException(new IllegalStateException("database down"));
        AtomicInteger reads = new AtomicInteger();
        assertThatThrownBy(() -> IdempotentDelivery.receive(() -> {
            reads.incrementAndGet();
            return Optional.<String>empty();
        }, () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(reads).hasValue(1);
    }
}
