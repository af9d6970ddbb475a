package org.linkage110.platform;

import java.time.Instant;
import java.util.Optional;

/** How a sign-in ended: signed in (with the account), refused, or refused because the subject is locked. */
public record SignInResult(Outcome outcome, AccountView account, Instant lockedUntil) implements java.io.Serializable {

    public enum Outcome { SIGNED_IN, REFUSED, LOCKED }

    static SignInResult signedIn(AccountView account) {
        return new SignInResult(Outcome.SIGNED_IN, account, null);
    }

    static SignInResult refused(Optional<Instant> lock) {
        return lock.map(until -> new SignInResult(Outcome.LOCKED, null, until))
                .orElseGet(() -> new SignInResult(Outcome.REFUSED, null, null));
    }
}
