package org.linkage110.intake.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkage110.intake.CallFlag;
import org.linkage110.intake.FlagReading;
import org.linkage110.intake.PoliceCue;

class CueReaderTest {

    private final CueReader reader = new CueReader();

    private Map<CallFlag, List<String>> flags(String description) {
        return reader.read(description).flags().stream().collect(Collectors.toMap(FlagReading::flag, FlagReading::words));
    }

    private List<String> policeKinds(String description) {
        return reader.read(description).policeCues().stream().map(PoliceCue::kind).distinct().toList();
    }

    @Test
    void aPresentDangerIsReadWithTheWordsThatSayIt() {
        Map<CallFlag, List<String>> flags = flags("急！菜市场门口井盖没了，刚才一个老太太掉下去了，腿卡在里头出不来");
        assertThat(flags).containsOnlyKeys(CallFlag.THREAT_TO_SAFETY);
        assertThat(flags.get(CallFlag.THREAT_TO_SAFETY)).contains("掉下去").anyMatch(w -> w.contains("卡在"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // negation right before the danger
            "电线杆被车撞歪了，没有人受伤，车也开走了",
            "墙皮掉下来一块，没砸着人",
            // reassurance after it
            "刚才一辆电动车卡在坑里了，人没事，已经推出来了",
            "楼道里冒烟着火了，火已经灭了，想让物业查查线路",
            // hypothetical
            "那根电杆子烂根了，怕哪天倒了砸着人",
            "树枝碰着电线，担心着火",
            "消防栓锈死了，真着火了咋整",
            // past or chronic without a word of the present
            "前几天那堵墙塌了，压住了一辆自行车，现在砖头还在路边没人清",
            "这个路口的井盖好几天了一直没盖，之前有人掉进去过"})
    void negationReassuranceHypotheticalsAndTimeLeaveNoDanger(String description) {
        assertThat(flags(description)).doesNotContainKey(CallFlag.THREAT_TO_SAFETY);
    }

    @Test
    void aChronicProblemWithSomethingHappeningNowIsStillUrgent() {
        assertThat(flags("这个井盖好几天了都没人管，刚才一个小孩掉进去了"))
                .containsKey(CallFlag.THREAT_TO_SAFETY);
    }

    @Test
    void aDisputeOnTheSpotIsReadAndWhetherItMayEscalate() {
        var reading = reader.read("工地门口三十多个工人讨工钱，和保安吵起来了，已经推搡上了，人越来越多");
        assertThat(reading.flags()).extracting(FlagReading::flag).contains(CallFlag.ON_SCENE_DISPUTE);
        assertThat(reading.escalationWords()).contains("推搡", "人越来越多");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "上午和老板在工地吵了一架，现在已经不吵了，想问问工钱找谁要",
            "刚才跟出租车司机吵了几句，已经下车回家了，想投诉他绕路",
            "昨天和店里吵架了，就想知道这个卡能不能退"})
    void aDisputeThatIsOverIsNotOnTheSpot(String description) {
        assertThat(flags(description)).doesNotContainKey(CallFlag.ON_SCENE_DISPUTE);
        assertThat(reader.read(description).escalationWords()).isEmpty();
    }

    @Test
    void gasTurnedOffIsStillAUtilityMatterButNoLongerADanger() {
        Map<CallFlag, List<String>> flags = flags("家里燃气已关，窗户开着，没味了，麻烦燃气公司明天来查一下管子");
        assertThat(flags).containsKey(CallFlag.UTILITIES_HAZARD).doesNotContainKey(CallFlag.THREAT_TO_SAFETY);
        assertThat(flags("燃气泄漏了，味特别大，整栋楼的人都跑下来了"))
                .containsKeys(CallFlag.UTILITIES_HAZARD, CallFlag.THREAT_TO_SAFETY);
    }

    @Test
    void powerBackIsNoLongerAUtilityFaultButSewageNeverWasOne() {
        assertThat(flags("昨晚停电了，今天早上来电了，就是想问问为啥老停")).doesNotContainKey(CallFlag.UTILITIES_HAZARD);
        assertThat(flags("楼下下水道往外冒水，脏水流了一地")).doesNotContainKey(CallFlag.UTILITIES_HAZARD);
        assertThat(flags("路口的自来水管爆了，水从路面往外冒")).containsKey(CallFlag.UTILITIES_HAZARD);
    }

    @Test
    void aBlockedRoadOrAThreatOfSelfHarmOverWagesNeedsPoliceFirstAndIsNotPoliceBusiness() {
        String crane = "有个工人爬到塔吊上了，说不给工钱就跳下去，下面围了好多人";
        assertThat(flags(crane)).containsKeys(CallFlag.NEEDS_POLICE_FIRST, CallFlag.THREAT_TO_SAFETY);
        assertThat(policeKinds(crane)).isEmpty();
        assertThat(policeKinds("有人站在桥栏杆外面，说不想活了")).containsExactly("SELF_HARM");
        assertThat(flags("十几个工人拉着横幅把马路堵死了")).containsKey(CallFlag.NEEDS_POLICE_FIRST);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "刚下班回来发现家里被盗了，门锁被撬开|THEFT",
            "有两个人正在撬小区门口的井盖往三轮车上装|THEFT",
            "网上刷单被骗了三万块|FRAUD",
            "烧烤店门口两伙人打起来了，有人头破了|VIOLENCE",
            "一辆轿车把骑电动车的老人撞倒了，司机跑了|TRAFFIC_ACCIDENT",
            "我家八岁的儿子放学到现在没回家|MISSING_PERSON",
            "前男友天天跟踪我，还说要弄死我|MENACE",
            "楼上天天有人聚众赌博|VICE",
            "要投诉昨天出警的民警态度很差|POLICE_COMPLAINT"})
    void policeBusinessIsRecognisedByItsKind(String description, String kind) {
        assertThat(policeKinds(description)).contains(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "前两天小区门口的井盖被人偷走了，现在拿木板盖着，请市政换个新的",
            "有辆货车倒车把消防栓撞歪了，一直往外冒水",
            "消防栓被车撞坏正在喷水",
            "厂子半夜偷排污水进河里",
            "有人在公园偷砍树",
            "两拨跳广场舞的大妈吵起来了，快要打起来了",
            "打车的时候司机不打表，还绕路",
            "这个店是骗人的，保健品根本没用，想退钱"})
    void wordsThatSoundLikePoliceBusinessButAreNotAreLeftAlone(String description) {
        assertThat(policeKinds(description)).isEmpty();
    }
}
