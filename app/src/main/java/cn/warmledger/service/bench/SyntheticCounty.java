package cn.warmledger.service.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.persistence.BenchDataRepository;
import cn.warmledger.persistence.BenchDataRepository.FileRow;
import cn.warmledger.persistence.BenchDataRepository.RecipientRow;
import cn.warmledger.persistence.BenchDataRepository.VisitRow;
import cn.warmledger.persistence.BenchStore;

/**
 * A deterministic (seeded) synthetic county: 20 units (本单位 and 19 基层工会), recipients with realistic
 * names and valid 身份证号, a 困难职工档案 for each hardship worker, 10 campaigns with their funds, and
 * visits. Campaign 1 holds exactly the roster's rows; the newest campaign is the largest.
 */
final class SyntheticCounty {
    static final int UNITS = 20;
    static final int CAMPAIGNS = 10;
    private static final int CHUNK = 1_000;
    private static final int ROWS_PER_TRANSACTION = 5_000;
    /** H2's page cache while building: 1 GB, the 1,000,000-recipient county's pages fit (the JVM's heap is ¼ of RAM). */
    private static final int BULK_CACHE_KB = 1 << 20;
    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
            + "程苏魏吕丁任沈").split("");
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "建华", "国强", "志强", "海燕", "玉兰", "红梅",
        "文", "华", "春", "梅", "兰", "英", "玲", "斌", "辉", "鹏", "飞", "宇", "浩", "俊", "峰", "晨", "欣", "婷", "雪", "丹",
        "建军", "秀珍", "凤英", "德明", "立新", "卫东", "淑华", "永红", "金凤", "家豪"};
    private static final String[] EMPLOYERS = {"合肥热电集团", "皖维集团", "城关镇卫生院", "县第一人民医院", "县环卫所",
        "顺丰速运县营业部", "美团外卖县站点", "县纺织厂", "县水泥厂", "县供电公司", "县自来水公司", "城关镇中心小学",
        "县建筑公司", "县汽车站", "个体经营"};
    private static final String[] REGIONS = {"340102", "340103", "340104", "340111", "340121", "340122", "340123",
        "340124"};
    private static final String[] ROADS = {"幸福路", "人民路", "解放路", "建设路", "文昌街", "长江路", "和平巷"};
    private static final String[] GOODS = {"大米一袋、食用油一桶", "棉被一床", "米面油", "慰问品一份", ""};

    private final SplittableRandom random;
    private final BenchDataRepository data;
    private final BenchStore store;

    SyntheticCounty(long seed, BenchStore store) {
        this.random = new SplittableRandom(seed);
        this.store = store;
        this.data = store.data();
    }

    /** What was built: the campaign the roster reads, the largest campaign and how many rows each holds. */
    record Built(long rosterCampaignId, int rosterRows, long largestCampaignId, int largestRows) {
        private static final String FILE = "county.properties";

        /** A county built earlier in a kept folder ({@code bench --keep}), or null. */
        static Built readFrom(java.nio.file.Path dir) {
            java.nio.file.Path file = dir.resolve(FILE);
            if (!java.nio.file.Files.exists(file)) {
                return null;
            }
            java.util.Properties p = new java.util.Properties();
            try (var in = java.nio.file.Files.newBufferedReader(file)) {
                p.load(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Built(Long.parseLong(p.getProperty("rosterCampaignId")),
                    Integer.parseInt(p.getProperty("rosterRows")), Long.parseLong(p.getProperty("largestCampaignId")),
                    Integer.parseInt(p.getProperty("largestRows")));
        }

        void writeTo(java.nio.file.Path dir) {
            java.util.Properties p = new java.util.Properties();
            p.setProperty("rosterCampaignId", String.valueOf(rosterCampaignId));
            p.setProperty("rosterRows", String.valueOf(rosterRows));
            p.setProperty("largestCampaignId", String.valueOf(largestCampaignId));
            p.setProperty("largestRows", String.valueOf(largestRows));
            try (var out = java.nio.file.Files.newBufferedWriter(dir.resolve(FILE))) {
                p.store(out, "bench --keep: the county in this folder");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    Built build(long selfId, int recipients, int visits) {
        List<Long> units = new ArrayList<>(List.of(selfId));
        data.startBulkLoad(BULK_CACHE_KB);
        store.tx().run(() -> {
            for (int u = 1; u < UNITS; u++) {
                units.add(data.insertUnit(String.format("BENCH%03d", u), "第" + u + "基层工会",
                        OrganizationKind.GRASSROOTS.code(), selfId));
            }
        });
        long[] unitOf = new long[recipients];
        String[] hardshipType = new String[recipients];
        String[] fileStatus = new String[recipients];
        List<RecipientRow> rows = new ArrayList<>(ROWS_PER_TRANSACTION);
        for (int i = 0; i < recipients; i++) {
            unitOf[i] = units.get(random.nextInt(units.size()));
            RecipientCategory category = category();
            if (category == RecipientCategory.HARDSHIP_WORKER) {
                hardshipType[i] = HardshipType.values()[random.nextInt(3)].code();
                int s = random.nextInt(20);
                fileStatus[i] = (s < 15 ? FileStatus.ACTIVE : s < 17 ? FileStatus.PHASING_OUT : FileStatus.EXITED).code();
            }
            rows.add(recipient(i, category, unitOf[i]));
            if (rows.size() == ROWS_PER_TRANSACTION) {
                insertRecipients(rows);
                rows.clear();
            }
        }
        insertRecipients(rows);
        List<Long> ids = data.recipientIds();
        List<FileRow> files = new ArrayList<>();
        for (int i = 0; i < recipients; i++) {
            if (hardshipType[i] != null) {
                files.add(new FileRow(ids.get(i), "DA-" + (i + 1), hardshipType[i], fileStatus[i],
                        LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1800))));
            }
        }
        for (int from = 0; from < files.size(); from += ROWS_PER_TRANSACTION) {
            List<FileRow> part = files.subList(from, Math.min(files.size(), from + ROWS_PER_TRANSACTION));
            store.tx().run(() -> chunked(part, data::insertFiles));
        }

        long[] campaigns = new long[CAMPAIGNS];
        store.tx().run(() -> {
            for (int c = 0; c < CAMPAIGNS; c++) {
                LocalDate start = LocalDate.of(2017 + c, 1, 5);
                campaigns[c] = data.insertCampaign((2017 + c) + "年元旦春节送温暖活动", CampaignKind.WARMTH.code(), start,
                        start.plusDays(40), new BigDecimal(500_000 + 100_000 * c));
                for (FundSource source : List.of(FundSource.COUNTY, FundSource.GRASSROOTS, FundSource.DONATION)) {
                    data.insertFund(campaigns[c], source.code(), new BigDecimal(50_000 + random.nextInt(200) * 1_000),
                            start);
                }
            }
        });
        int rosterRows = Math.min(10_000, visits / 5);
        int rest = visits - rosterRows;
        int largest = rest - (rest * 6 / 10 / (CAMPAIGNS - 2)) * (CAMPAIGNS - 2);
        int[] perCampaign = new int[CAMPAIGNS];
        perCampaign[0] = rosterRows;
        for (int c = 1; c < CAMPAIGNS - 1; c++) {
            perCampaign[c] = rest * 6 / 10 / (CAMPAIGNS - 2);
        }
        perCampaign[CAMPAIGNS - 1] = largest;
        List<VisitRow> visitRows = new ArrayList<>(ROWS_PER_TRANSACTION);
        for (int c = 0; c < CAMPAIGNS; c++) {
            LocalDate start = LocalDate.of(2017 + c, 1, 5);
            for (int v = 0; v < perCampaign[c]; v++) {
                int r = random.nextInt(recipients);
                BigDecimal cash = new BigDecimal(200 + 100 * random.nextInt(19)).setScale(2);
                String goods = GOODS[random.nextInt(GOODS.length)];
                visitRows.add(new VisitRow(ids.get(r), campaigns[c], unitOf[r], start.plusDays(random.nextInt(40)),
                        VisitForm.HOME_VISIT.code(), cash, goods.isEmpty() ? null : goods,
                        goods.isEmpty() ? BigDecimal.ZERO.setScale(2) : new BigDecimal(100 + 50 * random.nextInt(5)).setScale(2),
                        FundSource.COUNTY.code(), AssistanceKind.WARMTH.code(), hardshipType[r], fileStatus[r]));
                if (visitRows.size() == ROWS_PER_TRANSACTION) {
                    insertVisits(visitRows);
                    visitRows.clear();
                }
            }
        }
        insertVisits(visitRows);
        store.bare().analyze();
        data.endBulkLoad();
        return new Built(campaigns[0], rosterRows, campaigns[CAMPAIGNS - 1], largest);
    }

    private void insertRecipients(List<RecipientRow> rows) {
        store.tx().run(() -> chunked(rows, data::insertRecipients));
    }

    private void insertVisits(List<VisitRow> rows) {
        store.tx().run(() -> chunked(rows, data::insertVisits));
    }

    private static <T> void chunked(List<T> rows, java.util.function.Consumer<List<T>> insert) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            insert.accept(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
    }

    private RecipientCategory category() {
        int p = random.nextInt(100);
        if (p < 40) {
            return RecipientCategory.HARDSHIP_WORKER;
        } else if (p < 50) {
            return RecipientCategory.MODEL_WORKER;
        } else if (p < 65) {
            return RecipientCategory.MIGRANT_WORKER;
        } else if (p < 72) {
            return RecipientCategory.MEDICAL_FRONTLINE;
        } else if (p < 78) {
            return RecipientCategory.PUBLIC_SERVICE_FRONTLINE;
        } else if (p < 88) {
            return RecipientCategory.OUTDOOR_OR_GIG_WORKER;
        } else if (p < 94) {
            return RecipientCategory.STRUGGLING_ENTERPRISE_WORKER;
        }
        return RecipientCategory.OTHER;
    }

    private RecipientRow recipient(int k, RecipientCategory category, long unit) {
        boolean male = random.nextBoolean();
        String idNumber = idNumber(k, male, random);
        return new RecipientRow(idNumber, name(random), (male ? Gender.MALE : Gender.FEMALE).code(),
                IdNumber.parse(idNumber).birthDate(), phone(random), EMPLOYERS[random.nextInt(EMPLOYERS.length)],
                "城关镇" + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(200)) + "号", category.code(), unit);
    }

    /**
     * The k-th synthetic 身份证号: distinct for every k below 8,000,000 (birth day and sequence both come
     * from k), with a valid check character; odd sequence for a man.
     */
    static String idNumber(int k, boolean male, SplittableRandom random) {
        int day = k / 500;
        int sequence = (k % 500) * 2 + (male ? 1 : 0);
        LocalDate birth = LocalDate.of(1955, 1, 1).plusDays((day * 37L) % 16_000);
        String first17 = REGIONS[random.nextInt(REGIONS.length)] + String.format("%04d%02d%02d%03d", birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth(), sequence);
        return IdNumber.withCheckChar(first17).value();
    }

    static String name(SplittableRandom random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    static String phone(SplittableRandom random) {
        return "13" + random.nextInt(10) + String.format("%08d", random.nextInt(100_000_000));
    }

    static String employer(SplittableRandom random) {
        return EMPLOYERS[random.nextInt(EMPLOYERS.length)];
    }
}
