package cn.warmledger.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipCause;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.HardshipStandard;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.WorkStatus;
import cn.warmledger.service.recipients.RecipientDraft;

/**
 * Made-up people as a township union's register holds them (names, employers and places as in the
 * 送温暖 notices of Anhui towns): every category, hardship households of each type with their family
 * and income, so the register, the forms and the statistics have something real-looking to show.
 * The 身份证号 are generated with correct check characters; none belongs to a real person on purpose.
 */
final class DemoRecipients {
    /** A household of the 困难职工档案: type, cause, income per year and size (per-capita follows). */
    private record Household(HardshipType type, FileStatus status, HardshipCause mainCause, HardshipCause secondCause,
                             WorkStatus work, int annualIncome, int rigidExpenditure, int size,
                             List<FamilyMember> family) {
    }

    private record Person(String name, String region, String birth, int sequence, Gender gender,
                          RecipientCategory category, String phone, String employer, String address,
                          Household household) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("韩雷", "340181", "19780312", 31, Gender.MALE, RecipientCategory.HARDSHIP_WORKER,
                    "13905510231", "皖维集团", "巢湖市城关镇幸福路 8 号",
                    new Household(HardshipType.DEEP, FileStatus.ACTIVE, HardshipCause.SERIOUS_ILLNESS,
                            HardshipCause.SCHOOLING, WorkStatus.SICK_LEAVE, 24000, 6000, 3, List.of(
                            member("李梅", "妻子", Gender.FEMALE, "患病", null, null),
                            member("韩小雨", "女儿", Gender.FEMALE, "健康", null, "城关小学")))),
            new Person("李秀英", "340181", "19691102", 42, Gender.FEMALE, RecipientCategory.HARDSHIP_WORKER,
                    "13855120417", "巢湖纺织厂", "巢湖市城关镇卧牛山路 21 号",
                    new Household(HardshipType.RELATIVE, FileStatus.ACTIVE, HardshipCause.LAID_OFF, null,
                            WorkStatus.LAID_OFF, 26400, 2400, 2, List.of(
                            member("王军", "丈夫", Gender.MALE, "残疾", "900", "无")))),
            new Person("王建国", "340122", "19650721", 15, Gender.MALE, RecipientCategory.HARDSHIP_WORKER,
                    "13966781205", "合肥热电集团", "肥西县上派镇桃花路 5 号",
                    new Household(HardshipType.ACCIDENT, FileStatus.ACTIVE, HardshipCause.ACCIDENT,
                            HardshipCause.NATURAL_DISASTER, WorkStatus.EMPLOYED, 30000, 12000, 4, List.of(
                            member("陈芳", "妻子", Gender.FEMALE, "健康", "1800", "个体"),
                            member("王浩", "儿子", Gender.MALE, "健康", null, "肥西中学")))),
            new Person("张桂兰", "340181", "19720130", 66, Gender.FEMALE, RecipientCategory.HARDSHIP_WORKER,
                    "0551-82123456", "巢湖市环卫处", "巢湖市城关镇健康路 3 号",
                    new Household(HardshipType.DEEP, FileStatus.PHASING_OUT, HardshipCause.NO_WORK_ABILITY,
                            HardshipCause.SERIOUS_ILLNESS, WorkStatus.EARLY_RETIRED, 14400, 3600, 2, List.of(
                            member("张强", "儿子", Gender.MALE, "健康", null, "合肥职业技术学院")))),
            new Person("胡文静", "340102", "19820517", 28, Gender.FEMALE, RecipientCategory.HARDSHIP_WORKER,
                    "15156012873", "巢湖机床厂", "巢湖市城关镇人民路 66 号",
                    new Household(HardshipType.RELATIVE, FileStatus.ACTIVE, HardshipCause.SCHOOLING, null,
                            WorkStatus.EMPLOYED, 36000, 9000, 3, List.of(
                            member("刘子涵", "儿子", Gender.MALE, "健康", null, "巢湖一中"),
                            member("刘子萱", "女儿", Gender.FEMALE, "健康", null, "城关小学")))),
            new Person("刘德明", "340102", "19600909", 13, Gender.MALE, RecipientCategory.MODEL_WORKER,
                    "13805512638", "合肥热电集团", "合肥市瑶海区长江东路 128 号", null),
            new Person("赵春梅", "340181", "19850418", 24, Gender.FEMALE, RecipientCategory.MEDICAL_FRONTLINE,
                    "18955130642", "巢湖市人民医院", "巢湖市城关镇健康路 64 号", null),
            new Person("孙志强", "342622", "19901205", 57, Gender.MALE, RecipientCategory.MIGRANT_WORKER,
                    "17756032915", "中建三局巢湖项目部", "巢湖市城关镇工地宿舍 2 号楼", null),
            new Person("周玉芬", "340181", "19750808", 82, Gender.FEMALE, RecipientCategory.OUTDOOR_OR_GIG_WORKER,
                    "13696540178", "城关镇环卫所", "巢湖市城关镇东风路 12 号", null),
            new Person("吴海波", "340122", "19950214", 71, Gender.MALE, RecipientCategory.OUTDOOR_OR_GIG_WORKER,
                    "18256092314", "顺丰速运巢湖网点", "巢湖市城关镇金山路 9 号", null),
            new Person("郑晓燕", "340181", "19880626", 46, Gender.FEMALE,
                    RecipientCategory.PUBLIC_SERVICE_FRONTLINE, "13705654081", "巢湖市公交公司",
                    "巢湖市城关镇巢湖路 101 号", null),
            new Person("马国庆", "340181", "19701001", 39, Gender.MALE,
                    RecipientCategory.STRUGGLING_ENTERPRISE_WORKER, "13956652730", "巢湖机床厂",
                    "巢湖市城关镇机床厂宿舍 4 栋", null));

    private DemoRecipients() {
    }

    static int count() {
        return PEOPLE.size();
    }

    /** The drafts, in the order they are saved: all of {@code unitId}, filed by the demo operator. */
    static List<RecipientDraft> drafts(Long unitId, String filedBy) {
        List<RecipientDraft> drafts = new ArrayList<>();
        int fileNumber = 1;
        for (Person p : PEOPLE) {
            HardshipFile file = p.household() == null ? null : file(p.household(), fileNumber++, filedBy);
            drafts.add(new RecipientDraft(null, idNumber(p), p.name(), null, null, p.phone(), p.employer(),
                    p.address(), p.category(), unitId, null, file,
                    p.household() == null ? List.of() : p.household().family(), null));
        }
        return drafts;
    }

    /** Region, birth date, a sequence whose last digit is odd for men, and the GB 11643 check character. */
    private static String idNumber(Person p) {
        int sequence = p.sequence() % 2 == (p.gender() == Gender.MALE ? 1 : 0) ? p.sequence() : p.sequence() + 1;
        return IdNumber.withCheckChar(p.region() + p.birth() + String.format("%03d", sequence)).value();
    }

    private static HardshipFile file(Household h, int number, String filedBy) {
        BigDecimal annual = BigDecimal.valueOf(h.annualIncome()).setScale(2);
        BigDecimal rigid = BigDecimal.valueOf(h.rigidExpenditure()).setScale(2);
        BigDecimal perCapita = HardshipStandard.perCapitaMonthly(annual, rigid, h.size()).orElseThrow();
        List<HardshipCause> secondary = h.secondCause() == null ? List.of() : List.of(h.secondCause());
        HardshipFile.Profile profile = new HardshipFile.Profile("汉族", "群众", "健康", null, h.work(), null,
                "自有住房", new BigDecimal("56.00"), "已婚", "城镇", false, false, "城镇职工医保");
        LocalDate filedOn = LocalDate.of(2024, 3, 1).plusDays(number * 9L);
        return new HardshipFile(null, null, String.format("YS-%03d", number), h.type(), h.status(),
                h.status() == FileStatus.PHASING_OUT ? LocalDate.of(2026, 12, 31) : null, h.mainCause(), secondary,
                profile, new HardshipFile.Income(null, annual, rigid, h.size(), perCapita),
                new HardshipFile.BankAccount("巢湖农商银行", String.format("62270012340000%05d", 1000 + number)),
                "王书记", "13905519876", filedBy, null, filedOn);
    }

    private static FamilyMember member(String name, String relation, Gender gender, String health, String income,
                                       String school) {
        return new FamilyMember(null, name, relation, gender, null, null, health,
                income == null ? null : new BigDecimal(income).setScale(2), null, school);
    }
}
