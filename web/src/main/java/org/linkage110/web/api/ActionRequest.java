package org.linkage110.web.api;

import java.util.List;

/**
 * Body of an action on an instruction, all fields optional except where the action needs them:
 * {@code text} (reason, situation or result), {@code headName} and {@code requestedDue} (ISO-8601
 * with offset) for an extension, {@code units} for a request for more units.
 */
public record ActionRequest(String text, String headName, String requestedDue, List<String> units) {
}
