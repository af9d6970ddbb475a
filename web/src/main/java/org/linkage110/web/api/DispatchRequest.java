package org.linkage110.web.api;

import java.util.List;

/**
 * Body of {@code POST /api/v1/orders/{id}/dispatch}. Every field left out is taken from the
 * proposal; {@code reason} is required as soon as anything differs from it.
 */
public record DispatchRequest(String handlingClass, Integer level, String dispatchMode, String leadUnit,
                              List<String> coUnits, String reason) {
}
