package org.linkage110.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceKeyTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "沈阳市于洪区怒江北街12号,      怒江北街12号",
            "于洪区怒江北街１２号门口,       怒江北街12号",
            "怒江北街 12 号附近,             怒江北街12号",
            "辽宁省沈阳市于洪区怒江北街12号对面, 怒江北街12号",
            "怒江北街12号（东门）,           怒江北街12号",
            "华联超市门口,                   华联超市",
            "华城小区3号楼,                  华城小区3号楼",
            "于洪区华城小区3号楼旁边,        华城小区3号楼",
            "ABC广场Ｂ座,                    abc广场b座"})
    void nearDuplicateAddressesShareAKey(String address, String key) {
        assertThat(PlaceKey.of(address)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
            "怒江北街12号, 怒江北街21号",
            "怒江北街12号, 怒江南街12号",
            "华城小区3号楼, 华城小区8号楼"})
    void differentPlacesKeepDifferentKeys(String one, String other) {
        assertThat(PlaceKey.of(one)).isNotEqualTo(PlaceKey.of(other));
    }
}
