package org.linkage110.platform;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkage110.domain.CategoryCode;
import org.linkage110.domain.Role;
import org.linkage110.domain.Tier;
import org.linkage110.domain.UnitCode;
import org.linkage110.domain.calendar.DayKind;
import org.linkage110.domain.calendar.DeadlineRule;

/** The reference data files shipped in this module are complete and consistent with each other. */
class ReferenceDataFilesTest {

    private final List<Map<String, String>> taxonomy = ReferenceData.rows("taxonomy", "code", "parent_code");
    private final List<Map<String, String>> units = ReferenceData.rows("linkage-units", "code", "tier", "kind");

    private Set<String> unitCodes() {
        return units.stream().map(u -> u.get("code")).collect(toSet());
    }

    private Set<String> subItemCodes() {
        return taxonomy.stream().filter(t -> !t.get("parent_code").isEmpty()).map(t -> t.get("code")).collect(toSet());
    }

    @Test
    void taxonomyHasTheNineCategoriesOf004WithTheirSubItems() {
        List<String> categories = taxonomy.stream().filter(t -> t.get("parent_code").isEmpty())
                .map(t -> t.get("code")).toList();
        assertThat(categories).containsExactly("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09");
        for (Map<String, String> row : taxonomy) {
            CategoryCode code = new CategoryCode(row.get("code"));
            assertThat(code.parent().map(CategoryCode::value).orElse("")).isEqualTo(row.get("parent_code"));
        }
        assertThat(subItemCodes()).hasSizeGreaterThanOrEqualTo(45);
        assertThat(taxonomy.stream().map(t -> t.get("name_zh"))).allMatch(name -> !name.isBlank());
    }

    @Test
    void thirtyNineUnitsInThe17_19_3TiersOf003sBody() {
        assertThat(units).hasSize(39);
        Map<Tier, Long> perTier = units.stream().collect(groupingBy(u -> Tier.of(Integer.parseInt(u.get("tier"))), counting()));
        assertThat(perTier).containsEntry(Tier.TIER_1, 17L).containsEntry(Tier.TIER_2, 19L).containsEntry(Tier.TIER_3, 3L);
        assertThat(unitCodes()).hasSize(39).allSatisfy(UnitCode::new);
        assertThat(units.stream().map(u -> u.get("kind")))
                .allMatch(Set.of("POLICE", "DEPARTMENT", "SUB_DISTRICT", "SERVICE_CENTRE")::contains);
    }

    @Test
    void everySubItemHasOneLeadUnitThatMayLeadFieldWork() {
        List<Map<String, String>> list = ReferenceData.rows("responsibility-list", "item_code", "lead_unit_code",
                "co_unit_codes");
        assertThat(list.stream().map(r -> r.get("item_code")).toList()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(subItemCodes());
        Map<String, Tier> tierOf = units.stream().collect(java.util.stream.Collectors.toMap(
                u -> u.get("code"), u -> Tier.of(Integer.parseInt(u.get("tier")))));
        for (Map<String, String> row : list) {
            assertThat(tierOf).containsKey(row.get("lead_unit_code"));
            assertThat(tierOf.get(row.get("lead_unit_code")).mayLeadFieldWork())
                    .as("lead of %s", row.get("item_code")).isTrue();
            assertThat(ReferenceData.list(row.get("co_unit_codes"))).allMatch(unitCodes()::contains);
        }
    }

    @Test
    void gridsBelongToSubDistrictsAndAddressKeywordsAreUnique() {
        Set<String> subDistricts = units.stream().filter(u -> u.get("kind").equals("SUB_DISTRICT"))
                .map(u -> u.get("code")).collect(toSet());
        List<Map<String, String>> grids = ReferenceData.rows("sub-districts", "unit_code", "grid_code",
                "address_keywords");
        assertThat(grids.stream().map(g -> g.get("unit_code")).collect(toSet())).isEqualTo(subDistricts);
        List<String> keywords = grids.stream().flatMap(g -> ReferenceData.list(g.get("address_keywords")).stream())
                .toList();
        assertThat(keywords).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void deadlinesOf003ForBothLevels() {
        Map<String, DeadlineRule> rules = new java.util.HashMap<>();
        for (Map<String, String> row : ReferenceData.rows("deadlines", "level", "unit_class", "stage", "amount", "unit")) {
            rules.put(row.get("level") + "/" + row.get("unit_class") + "/" + row.get("stage"),
                    new DeadlineRule(Long.parseLong(row.get("amount")), DeadlineRule.Unit.valueOf(row.get("unit"))));
        }
        assertThat(rules).containsEntry("1/ALL/SIGN_FOR", new DeadlineRule(10, DeadlineRule.Unit.MINUTES))
                .containsEntry("1/ALL/FIRST_REPORT", new DeadlineRule(2, DeadlineRule.Unit.HOURS))
                .containsEntry("1/ALL/RESULT", new DeadlineRule(24, DeadlineRule.Unit.HOURS))
                .containsEntry("2/ALL/SIGN_FOR", new DeadlineRule(30, DeadlineRule.Unit.MINUTES))
                .containsEntry("2/ALL/FIRST_REPORT", new DeadlineRule(48, DeadlineRule.Unit.HOURS))
                .containsEntry("2/ALL/RESULT", new DeadlineRule(3, DeadlineRule.Unit.WORKING_DAYS));
    }

    @Test
    void calendarCoversThisYearAndNextWithValidSortedDates() {
        List<Map<String, String>> days = ReferenceData.rows("calendar", "date", "kind", "name_zh");
        List<LocalDate> dates = days.stream().map(d -> LocalDate.parse(d.get("date"))).toList();
        assertThat(dates).isSorted().doesNotHaveDuplicates();
        assertThat(dates.stream().map(LocalDate::getYear).collect(toSet())).contains(2026, 2027);
        assertThat(days.stream().map(d -> DayKind.valueOf(d.get("kind"))).collect(toSet()))
                .containsExactlyInAnyOrder(DayKind.HOLIDAY, DayKind.MAKEUP_WORKDAY);
    }

    @Test
    void demoDataGivesEveryUnitAnOperatorAndAHeadAndTheOfficeEveryOtherRole() {
        List<DemoAccounts.DemoAccount> accounts = DemoAccounts.accounts();
        assertThat(accounts.stream().map(DemoAccounts.DemoAccount::role).collect(toSet()))
                .containsExactlyInAnyOrder(Role.DISPATCHER, Role.UNIT_OPERATOR, Role.UNIT_HEAD, Role.SUPERVISOR, Role.ADMIN);
        assertThat(accounts.stream().map(DemoAccounts.DemoAccount::username)).doesNotHaveDuplicates();
        for (String unit : unitCodes()) {
            assertThat(accounts).filteredOn(a -> unit.equals(a.unitCode()))
                    .extracting(DemoAccounts.DemoAccount::username, DemoAccounts.DemoAccount::role)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(unit.toLowerCase(), Role.UNIT_OPERATOR),
                            org.assertj.core.groups.Tuple.tuple(unit.toLowerCase() + "-head", Role.UNIT_HEAD));
        }
        assertThat(accounts).filteredOn(a -> a.unitCode() == null).allMatch(a -> !a.role().belongsToUnit());
    }

    @Test
    void theShippedDemoHashesCoverEveryDemoAccountEachWithASaltOfItsOwnAndAreOfTheDemoPassword() {
        Map<String, String> hashes = new java.util.HashMap<>();
        ReferenceData.rows("demo-password-hashes", "username", "password_hash")
                .forEach(row -> hashes.put(row.get("username"), row.get("password_hash")));
        assertThat(hashes.keySet()).containsExactlyInAnyOrderElementsOf(DemoAccounts.accounts().stream()
                .map(DemoAccounts.DemoAccount::username).toList());
        assertThat(hashes.values().stream().map(h -> h.split(":")[2])).doesNotHaveDuplicates();
        List<String> sample = List.of("admin", "sd_lingxi", "hr_social_security_bureau-head");
        sample.forEach(user -> assertThat(Passwords.verify("Demo-110".toCharArray(), hashes.get(user))).as(user).isTrue());
    }

    @Test
    void aMissingColumnOrFileIsRefused() {
        assertThatThrownBy(() -> ReferenceData.rows("taxonomy", "no_such_column"))
                .hasMessageContaining("no_such_column");
        assertThatThrownBy(() -> ReferenceData.rows("no-such-file")).hasMessageContaining("no-such-file");
    }

    @Test
    void pipeSeparatedCells() {
        assertThat(ReferenceData.list(" a | b ||c ")).containsExactly("a", "b", "c");
        assertThat(ReferenceData.list("")).isEmpty();
    }
}
