package org.linkage110.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.Tier;

class UnitSelectionTest {

    private static final Function<String, Tier> TIERS = Map.of(
            "URBAN_CONSTRUCTION_BUREAU", Tier.TIER_1, "CITY_MANAGEMENT_BUREAU", Tier.TIER_2,
            "SD_LINGXI", Tier.TIER_1, "AGRICULTURE_RURAL_BUREAU", Tier.TIER_3, "EMERGENCY_BUREAU", Tier.TIER_1)::get;

    @Test
    void sourceDiversionGoesToTheListedLeadAlone() {
        UnitChoice choice = UnitSelection.choose(HandlingClass.SOURCE_DIVERSION, "URBAN_CONSTRUCTION_BUREAU",
                List.of("CITY_MANAGEMENT_BUREAU"), "SD_LINGXI", TIERS);
        assertThat(choice.lead()).isEqualTo("URBAN_CONSTRUCTION_BUREAU");
        assertThat(choice.coUnits()).isEmpty();
    }

    @Test
    void jointHandlingAddsTheListedCoUnitsAndTheSubDistrictOfTheAddress() {
        UnitChoice choice = UnitSelection.choose(HandlingClass.JOINT_HANDLING, "URBAN_CONSTRUCTION_BUREAU",
                List.of("CITY_MANAGEMENT_BUREAU"), "SD_LINGXI", TIERS);
        assertThat(choice.lead()).isEqualTo("URBAN_CONSTRUCTION_BUREAU");
        assertThat(choice.coUnits()).containsExactly("CITY_MANAGEMENT_BUREAU", "SD_LINGXI");
    }

    @Test
    void withoutAListedDepartmentTheSubDistrictLeads() {
        UnitChoice choice = UnitSelection.choose(HandlingClass.JOINT_HANDLING, null, List.of(), "SD_LINGXI", TIERS);
        assertThat(choice.lead()).isEqualTo("SD_LINGXI");
        assertThat(choice.coUnits()).isEmpty();
    }

    @Test
    void aTierThreeUnitNeverLeadsButSupports() {
        UnitChoice choice = UnitSelection.choose(HandlingClass.JOINT_HANDLING, "AGRICULTURE_RURAL_BUREAU",
                List.of("EMERGENCY_BUREAU"), "SD_LINGXI", TIERS);
        assertThat(choice.lead()).isEqualTo("SD_LINGXI");
        assertThat(choice.coUnits()).containsExactly("EMERGENCY_BUREAU", "AGRICULTURE_RURAL_BUREAU");

        UnitChoice nowhere = UnitSelection.choose(HandlingClass.JOINT_HANDLING, "AGRICULTURE_RURAL_BUREAU",
                List.of("EMERGENCY_BUREAU"), null, TIERS);
        assertThat(nowhere.lead()).isEqualTo("EMERGENCY_BUREAU");
        assertThat(nowhere.coUnits()).containsExactly("AGRICULTURE_RURAL_BUREAU");
    }

    @Test
    void nobodyToLeadWhenNeitherListNorAddressNamesAUnit() {
        UnitChoice choice = UnitSelection.choose(HandlingClass.SOURCE_DIVERSION, null, List.of(), null, TIERS);
        assertThat(choice.lead()).isNull();
        assertThat(choice.coUnits()).isEmpty();
    }
}
