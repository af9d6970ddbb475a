package org.linkage110.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

    @Test
    void subItemKnowsItsCategory() {
        CategoryCode item = new CategoryCode("C01-03");
        assertThat(item.isCategory()).isFalse();
        assertThat(item.parent()).contains(new CategoryCode("C01"));
        assertThat(new CategoryCode("C09").parent()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c01", "C1", "C01-3", "C01-003", "X01", "C01 "})
    void malformedCategoryCodesAreRefused(String code) {
        assertThatThrownBy(() -> new CategoryCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "psb", "1PSB", "PSB-YUHONG", "街道"})
    void malformedUnitCodesAreRefused(String code) {
        assertThatThrownBy(() -> new UnitCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTierOneKeepsRoundTheClockDutyAndTierThreeNeverLeads() {
        assertThat(Arrays.stream(Tier.values()).filter(Tier::roundTheClockDuty)).containsExactly(Tier.TIER_1);
        assertThat(Arrays.stream(Tier.values()).filter(t -> !t.mayLeadFieldWork())).containsExactly(Tier.TIER_3);
        assertThat(Tier.of(2)).isEqualTo(Tier.TIER_2);
        assertThatThrownBy(() -> Tier.of(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void instructionLevelsByNumber() {
        assertThat(InstructionLevel.of(1)).isEqualTo(InstructionLevel.URGENT);
        assertThat(InstructionLevel.of(2)).isEqualTo(InstructionLevel.NON_URGENT);
        assertThatThrownBy(() -> InstructionLevel.of(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roleNameConstantsMatchTheRoles() throws IllegalAccessException {
        Field[] constants = Arrays.stream(Role.Names.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .toArray(Field[]::new);
        assertThat(constants).hasSize(Role.values().length);
        for (Field constant : constants) {
            assertThat(Role.valueOf(constant.getName()).name()).isEqualTo(constant.get(null));
        }
    }

    @Test
    void incidentIdMustBePositive() {
        assertThatThrownBy(() -> new IncidentId(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
