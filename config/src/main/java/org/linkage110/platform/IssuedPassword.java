package org.linkage110.platform;

/**
 * A password the administrator hands over once (a new account, a reset): shown this one time,
 * kept only as a hash, to be replaced by the person at the first sign-in.
 */
public record IssuedPassword(AccountView account, String oneTimePassword) implements java.io.Serializable {

    @Override
    public String toString() {
        return "IssuedPassword[" + account.username() + "]"; // never the password
    }
}
