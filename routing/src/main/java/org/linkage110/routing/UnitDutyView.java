package org.linkage110.routing;

import java.util.List;

/**
 * What a dispatcher needs to reach a unit: its duty regime (四定, 三定, 三到位), the fixed post,
 * team, vehicle and contact number, and who is on duty at the moment asked about.
 */
public record UnitDutyView(String unitCode, String nameZh, String nameEn, String dutyRegime, String dutyPost,
                           String dutyTeam, String dutyVehicle, String dutyPhone, List<DutyShiftView> onDuty) implements java.io.Serializable {
}
