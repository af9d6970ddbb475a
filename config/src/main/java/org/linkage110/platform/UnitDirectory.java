package org.linkage110.platform;

import java.util.Optional;

/**
 * The linkage units as the platform needs to know them when it names an account's or a client's
 * unit. Routing keeps the units and provides the implementation (a CDI bean), so the platform
 * depends on no module above it.
 */
public interface UnitDirectory {

    /** The unit's Chinese name if it is an active linkage unit. */
    Optional<String> activeUnitName(String unitCode);
}
