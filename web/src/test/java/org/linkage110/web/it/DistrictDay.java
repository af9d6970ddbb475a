package org.linkage110.web.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.linkage110.platform.ReferenceData;

/**
 * A working day of one district, generated from a seed: calls from 110 and 12345 over every item
 * of the taxonomy and every sub-district's streets, about half of them needing joint handling,
 * repeat calls, police matters forwarded by 12345; and for each order what will become of it and
 * which unit leads it, so that every one of the 39 units gets work. The same seed gives the same day.
 */
final class DistrictDay {

    /** What happens to an order during the day. */
    enum Fate {
        /** dispatched as decided, every unit handles it, the office confirms: closed */
        CLOSED,
        /** the lead sends it back; the office reassesses and dispatches it to the unit proposed next: closed */
        RETURNED_THEN_CLOSED,
        /** a co-unit sends its instruction back; the lead and the others finish: closed */
        CO_UNIT_RETURNED,
        /** an operator asks for more time, the unit head signs it off, the office accepts: closed */
        EXTENDED_THEN_CLOSED,
        /** the lead asks for more units; the office accepts; all finish: closed */
        MORE_UNITS_THEN_CLOSED,
        /** closed, then a callback finds it unresolved: reopened, handled again, closed again */
        REOPENED_THEN_CLOSED,
        /** its lead signs only after the watch has marked the sign-for overdue: closed late */
        SIGNED_LATE,
        /** nobody signs it today: open, dispatched and waiting */
        LEFT_UNSIGNED,
        /** police business after all: back to 110 */
        SENT_TO_POLICE
    }

    /** The fates in which every unit of the order acts on its instruction. */
    private static final Fate[] WORKING = {Fate.CLOSED, Fate.RETURNED_THEN_CLOSED, Fate.CO_UNIT_RETURNED,
            Fate.EXTENDED_THEN_CLOSED, Fate.MORE_UNITS_THEN_CLOSED, Fate.REOPENED_THEN_CLOSED, Fate.SIGNED_LATE};

    /** One order of the day: the call, its fate, the lead the office sends it to, the co-units of a joint one. */
    record Order(int number, String source, String externalNumber, String item, String address, String callerPhone,
                 String description, boolean joint, Fate fate, String lead, List<String> coUnits) {
    }

    /** A call about an order already open: the same caller and item. */
    record Repeat(int orderNumber, String source, String externalNumber) {
    }

    /** Police business that reached 12345. */
    record PoliceMatter(String externalNumber, boolean emergency, String description) {
    }

    private static final String[] SOURCES = {"110", "110", "110", "12345"};
    private static final String[] PLACES = {"门口", "楼下", "路口", "小区里", "菜市场旁", "公交站边上", "学校对面", "桥底下"};
    private static final String[] URGENT = {"，已经吵起来了，有人动手", "，现场有危险，请马上来人", "，情况很急"};
    private static final String[] PLAIN = {"，好几天了没人管", "，麻烦派人来看看", "，希望尽快处理", ""};

    final long seed;
    final List<Order> orders = new ArrayList<>();
    final List<Repeat> repeats = new ArrayList<>();
    final List<PoliceMatter> policeMatters = new ArrayList<>();

    private DistrictDay(long seed) {
        this.seed = seed;
    }

    /**
     * A day of {@code size} orders (at least 39: the first of them go to every unit that may lead,
     * the tier-3 units join joint ones as co-units).
     */
    static DistrictDay generate(long seed, int size) {
        DistrictDay day = new DistrictDay(seed);
        Random random = new Random(seed);
        List<Map<String, String>> items = ReferenceData.rows("taxonomy", "code", "parent_code", "name_zh").stream()
                .filter(r -> !r.get("parent_code").isEmpty()).toList();
        List<String[]> streets = new ArrayList<>();
        for (Map<String, String> grid : ReferenceData.rows("sub-districts", "unit_code", "address_keywords")) {
            for (String street : ReferenceData.list(grid.get("address_keywords"))) {
                streets.add(new String[] {grid.get("unit_code"), street});
            }
        }
        List<Map<String, String>> units = ReferenceData.rows("linkage-units", "code", "tier");
        List<String> leaders = units.stream().filter(u -> !u.get("tier").equals("3")).map(u -> u.get("code")).toList();
        List<String> supporters = units.stream().filter(u -> u.get("tier").equals("3")).map(u -> u.get("code")).toList();
        Fate[] fates = Fate.values();
        for (int n = 0; n < Math.max(size, leaders.size()); n++) {
            Map<String, String> item = items.get(n % items.size());
            String[] street = streets.get(random.nextInt(streets.size()));
            boolean joint = random.nextBoolean() || n < 15 && n % 5 == 0;
            String lead = n < leaders.size() ? leaders.get(n) : null;
            // the orders that give every unit its work end with the unit at work: not left unsigned, not sent to police
            Fate fate = n >= leaders.size() ? fates[random.nextInt(fates.length)]
                    : n % 4 == 0 ? WORKING[random.nextInt(WORKING.length)] : Fate.CLOSED;
            if (fate == Fate.CO_UNIT_RETURNED || fate == Fate.MORE_UNITS_THEN_CLOSED) {
                joint = true;
            }
            List<String> co = new ArrayList<>();
            if (joint) {
                co.add(street[0].equals(lead) ? leaders.get((n + 7) % leaders.size()) : street[0]);
                if (n < supporters.size() * 5 && n % 5 == 0) {
                    co.add(supporters.get(n / 5 % supporters.size()));
                }
                co.remove(lead);
            }
            String source = SOURCES[random.nextInt(SOURCES.length)];
            String number = source + "-" + UUID.randomUUID();
            String phone = "1" + (30 + random.nextInt(60)) + String.format("%08d", random.nextInt(100_000_000));
            String description = street[1] + PLACES[random.nextInt(PLACES.length)] + item.get("name_zh")
                    + (joint ? URGENT[random.nextInt(URGENT.length)] : PLAIN[random.nextInt(PLAIN.length)]);
            day.orders.add(new Order(n, source, number, item.get("code"), "沈阳市于洪区" + street[1]
                    + (10 + random.nextInt(90_000)) + "号", phone, description, joint, fate, lead, List.copyOf(co)));
        }
        for (Order order : day.orders) {
            if (random.nextInt(6) == 0) {
                String source = SOURCES[random.nextInt(SOURCES.length)];
                day.repeats.add(new Repeat(order.number(), source, source + "-" + UUID.randomUUID()));
            }
        }
        for (int n = 0; n < Math.max(1, size / 20); n++) {
            day.policeMatters.add(new PoliceMatter("12345-" + UUID.randomUUID(), random.nextBoolean(),
                    "有人在小区里持刀威胁邻居"));
        }
        return day;
    }

    /** Whether the order is closed at the end of the day. */
    static boolean closedAtTheEnd(Fate fate) {
        return fate != Fate.LEFT_UNSIGNED && fate != Fate.SENT_TO_POLICE;
    }
}
