package org.linkage110.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void aDeadlockLostOrALockWaitedForTooLongAsksTheCallerToSendAgainInsteadOfFailingTheServer() {
        Problem deadlock = ProblemMappers.problemFor(new EJBException(new PersistenceException("commit failed",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213))));
        assertThat(deadlock.status()).isEqualTo(409);
        assertThat(deadlock.code()).isEqualTo("concurrent-change");
        assertThat(deadlock.detail()).contains("nothing was written");

        Problem waited = ProblemMappers.problemFor(new EJBException(new PersistenceException(
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205))));
        assertThat(waited.status()).isEqualTo(409);
        assertThat(waited.code()).isEqualTo("concurrent-change");
    }

    @Test
    void anyOtherDatabaseFailureIsTheServersOwn() {
        Problem failed = ProblemMappers.problemFor(new EJBException(new PersistenceException(
                new SQLException("Table 'routing_order' doesn't exist", "42S02", 1146))));
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.code()).isEqualTo("internal-error");
    }
}
