package org.linkage110.intake;

/**
 * Words of the description that point to police business (the kind: THEFT, FRAUD, VIOLENCE,
 * TRAFFIC_ACCIDENT, MISSING_PERSON, SELF_HARM, MENACE, SUSPICIOUS, VICE, PUBLIC_ORDER or
 * POLICE_COMPLAINT).
 */
public record PoliceCue(String kind, String words) implements java.io.Serializable {
}
