package org.linkage110.intake;

/** One rejected field of an incoming incident and why, in words a sender's developer can act on. */
public record FieldProblem(String field, String message) implements java.io.Serializable {
}
