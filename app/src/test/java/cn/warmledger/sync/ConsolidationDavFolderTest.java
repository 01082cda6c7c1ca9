package cn.warmledger.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.domain.ReceivedStatus;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.ReportingStatus;
import cn.warmledger.persistence.Database;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.consolidation.CollectResult;
import cn.warmledger.service.consolidation.Completeness;
import cn.warmledger.service.consolidation.ReceivedSummary;

/**
 * Collecting from a WebDAV folder (Tomcat's WebDAV servlet on 127.0.0.1) and from a local folder (U盘): damaged
 * files are refused with the file named and taken once intact; a campaign name the county spells differently
 * waits (待匹配) until matched; a sender that is not a 下级单位 is kept and shown apart.
 */
class ConsolidationDavFolderTest {
    @TempDir
    Path dir;

    private static Path find(Path root, String suffix) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    @Test
    void webDavCollectRefusesATamperedFileAndTakesItOnceIntact() throws Exception {
        try (DavServer dav = new DavServer(dir, Ports.free());
             Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会");
             Township b = Township.open(dir.resolve("b"), "340102002", "城北镇总工会");
             AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            Files.createDirectories(dav.root.resolve("上报"));
            for (Township t : List.of(a, b)) {
                t.sendTo(SettingKeys.SYNC_TRANSPORT, "webdav", SettingKeys.WEBDAV_URL, dav.url("/上报/"),
                        SettingKeys.WEBDAV_USER, DavServer.USER, SettingKeys.WEBDAV_PASSWORD, DavServer.PASSWORD);
            }
            String idA = a.exportWarmthStats("a.xlsx");
            String idB = b.exportWarmthStats("b.xlsx");
            a.send();
            b.send();
            // 城北镇's spreadsheet is changed on the server; a half-finished upload lies beside it
            Path damaged = find(dav.root.resolve("上报").resolve("340102002 城北镇总工会"), idB + ".xlsx");
            byte[] original = Files.readAllBytes(damaged);
            byte[] changed = original.clone();
            changed[changed.length / 2] ^= 0x5a;
            Files.write(damaged, changed);
            Files.writeString(damaged.resolveSibling("other.xlsx.uploading"), "half");

            county.settings().set(SettingKeys.COLLECT_SOURCE, "webdav");
            county.settings().set(SettingKeys.COLLECT_WEBDAV_URL, dav.url("/上报"));
            county.settings().set(SettingKeys.COLLECT_WEBDAV_USER, DavServer.USER);
            county.settings().set(SettingKeys.COLLECT_WEBDAV_PASSWORD, DavServer.PASSWORD);
            CollectResult first = county.collecting().collect(Progress.none());
            assertThat(first.sourceError()).isNull();
            assertThat(first.received()).isEqualTo(1);
            assertThat(first.refused()).isEqualTo(1);
            assertThat(first.problems()).singleElement().asString()
                    .contains(damaged.getFileName().toString()).contains("SHA-256").contains("城北镇总工会");
            long campaign = County.campaign(county);
            Completeness grid = county.consolidation().completeness(ReportKind.WARMTH_STATS, campaign, null);
            assertThat(grid.rows().get(0).cells().get(ReportKind.WARMTH_STATS).effectiveSubmissionId()).isEqualTo(idA);
            assertThat(grid.rows().get(1).cells().get(ReportKind.WARMTH_STATS).status()).isEqualTo(ReportingStatus.MISSING);
            assertThat(county.consolidation().history("340102002", ReportKind.WARMTH_STATS, campaign, null))
                    .singleElement().satisfies(h -> {
                        assertThat(h.status()).isEqualTo(ReceivedStatus.REFUSED);
                        assertThat(h.problem()).contains(damaged.getFileName().toString());
                        assertThat(h.effective()).isFalse();
                    });
            Path out = dir.resolve("county.xlsx");
            county.consolidatedTables().consolidate(ReportKind.WARMTH_STATS, campaign, null, out, Progress.none());
            assertThat(Township.row(out, "城北镇总工会")[1]).isNaN(); // a refused table never counts

            Files.write(damaged, original);
            CollectResult second = county.collecting().collect(Progress.none());
            assertThat(second.received()).isEqualTo(1);
            assertThat(second.duplicates()).isEqualTo(1);
            assertThat(second.refused()).isZero();
            county.consolidatedTables().consolidate(ReportKind.WARMTH_STATS, campaign, null, out, Progress.none());
            assertThat(Township.row(out, "城北镇总工会")[27])
                    .isCloseTo(Township.row(b.exported("b.xlsx"), "合计")[27], within(1e-9));
            assertThat(dav.count("PUT")).isEqualTo(4); // the county only read: no upload of its own
        }
    }

    @Test
    void folderCollectWaitsForACampaignMatchAndKeepsAnUnknownSender() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("U盘"));
        try (Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会");
             Township stranger = Township.open(dir.resolve("x"), "340102099", "开发区工会");
             AppContext county = County.open(dir.resolve("county"), "2024年元旦、春节送温暖")) {
            for (Township t : List.of(a, stranger)) {
                t.sendTo(SettingKeys.SYNC_TRANSPORT, "folder", SettingKeys.FOLDER_PATH, usb.toString());
            }
            String idA = a.exportWarmthStats("a.xlsx");
            String aidA = a.exportAidCenter("aid.xlsx");
            String idX = stranger.exportWarmthStats("x.xlsx");
            a.send();
            stranger.send();
            // a loose copy with one byte changed, as a clerk might carry it on a stick
            Path loose = Files.createDirectories(usb.resolve("loose"));
            Path unitFolder = usb.resolve("340102001 城关镇总工会");
            try (Stream<Path> files = Files.list(unitFolder)) {
                for (Path f : files.filter(f -> f.getFileName().toString().contains(idA)).toList()) {
                    Files.copy(f, loose.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }

            CollectResult r = county.collecting().collectFolder(usb, Progress.none());
            assertThat(r.received()).isEqualTo(3);
            assertThat(r.duplicates()).isEqualTo(1); // the loose copy of the same id
            long campaign = County.campaign(county);
            assertThat(county.consolidation().unmatchedCampaignNames()).containsExactly(Township.CAMPAIGN);
            assertThat(county.consolidation().completeness(ReportKind.WARMTH_STATS, campaign, null).rows().get(0)
                    .cells().get(ReportKind.WARMTH_STATS).status()).isEqualTo(ReportingStatus.MISSING);

            county.consolidation().matchCampaign(" " + Township.CAMPAIGN + " ", campaign);
            assertThat(county.consolidation().unmatchedCampaignNames()).isEmpty();
            Completeness grid = county.consolidation().completeness(ReportKind.WARMTH_STATS, campaign, null);
            assertThat(grid.rows().get(0).cells().get(ReportKind.WARMTH_STATS).effectiveSubmissionId()).isEqualTo(idA);
            assertThat(grid.rows()).last().satisfies(row -> {
                assertThat(row.organizationCode()).isEqualTo("340102099");
                assertThat(row.subordinate()).isFalse();
                assertThat(row.cells().get(ReportKind.WARMTH_STATS).effectiveSubmissionId()).isEqualTo(idX);
            });
            assertThat(county.consolidation().received()).filteredOn(s -> s.id().equals(idX))
                    .singleElement().extracting(ReceivedSummary::knownUnit).isEqualTo(false);

            Path out = dir.resolve("county.xlsx");
            county.consolidatedTables().consolidate(ReportKind.WARMTH_STATS, campaign, null, out, Progress.none());
            double[] township = Township.row(a.exported("a.xlsx"), "合计");
            double[] total = Township.row(out, "合计");
            for (int c = 1; c <= 27; c++) {
                assertThat(total[c]).as("合计 column %d: only 下级单位 count", c).isCloseTo(township[c], within(1e-9));
            }

            // the yearly table is keyed by year, no campaign to match
            Path aid = dir.resolve("aid-county.xlsx");
            county.consolidatedTables().consolidate(ReportKind.AID_CENTER, null, 2024, aid, Progress.none());
            double[] aidTownship = Township.row(a.exported("aid.xlsx"), "合计");
            double[] aidRow = Township.row(aid, "城关镇总工会");
            for (int c = 1; c <= 21; c++) {
                assertThat(aidRow[c]).as("帮扶中心 column %d", c).isCloseTo(aidTownship[c], within(1e-9));
            }
            assertThat(county.consolidation().completeness(null, null, 2024).rows().get(0).cells()
                    .get(ReportKind.AID_CENTER).effectiveSubmissionId()).isEqualTo(aidA);

            // a file changed on the stick after collection does not matter; a new damaged id is refused
            Path tampered = Files.createDirectories(dir.resolve("U盘2"));
            try (Stream<Path> files = Files.list(usb.resolve("340102099 开发区工会"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, tampered.resolve(f.getFileName()));
                }
            }
            county.consolidation().pin(idX); // only to see it is allowed for an accepted one
            try (Stream<Path> files = Files.list(tampered)) {
                Path xlsx = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
                String json = Files.readString(find(tampered, ".json"));
                String otherId = "00000000-0000-4000-8000-000000000001";
                Files.writeString(tampered.resolve("manifest-" + otherId + ".json"), json.replaceFirst(
                        "\"submissionId\"\\s*:\\s*\"" + idX + "\"",
                        "\"submissionId\" : \"" + otherId + "\""));
                Files.write(xlsx, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
                CollectResult bad = county.collecting().collectFolder(tampered, Progress.none());
                assertThat(bad.refused()).isEqualTo(1);
                assertThat(bad.duplicates()).isEqualTo(1);
                assertThat(bad.problems()).singleElement().asString().contains(xlsx.getFileName().toString())
                        .contains("大小不符");
            }
        }
    }

    @Test
    void aCollectStoppedHalfwayKeepsWhatItStoredAndTheNextOneTakesTheRest() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        try (Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会");
             AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            a.sendTo(SettingKeys.SYNC_TRANSPORT, "folder", SettingKeys.FOLDER_PATH, usb.toString());
            a.exportWarmthStats("a.xlsx");
            a.exportAidCenter("aid.xlsx");
            a.send();
            List<String> messages = new ArrayList<>();
            CollectResult stopped = county.collecting().collectFolder(usb, new Progress() {
                @Override
                public void update(long done, long total) {
                    // a collect counts parcels in its messages
                }

                @Override
                public void message(String message) {
                    messages.add(message);
                }

                @Override
                public boolean isCancelled() {
                    return !messages.isEmpty();
                }
            });
            assertThat(stopped.cancelled()).isTrue();
            assertThat(stopped.received()).isEqualTo(1);
            assertThat(messages).singleElement().asString().startsWith("新收：");
            CollectResult rest = county.collecting().collectFolder(usb, Progress.none());
            assertThat(rest.received()).isEqualTo(1);
            assertThat(rest.duplicates()).isEqualTo(1);
            assertThat(county.consolidation().received()).hasSize(2);
        }
    }

    @Test
    void aCityConsolidatesTheCountyTheSameWay() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Path cityDrop = Files.createDirectories(dir.resolve("city-drop"));
        try (Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会");
             Township b = Township.open(dir.resolve("b"), "340102002", "城北镇总工会");
             AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            b.addFund("2500.00");
            for (Township t : List.of(a, b)) {
                t.sendTo(SettingKeys.SYNC_TRANSPORT, "folder", SettingKeys.FOLDER_PATH, usb.toString());
                t.exportWarmthStats(t.code + ".xlsx");
                t.send();
            }
            assertThat(county.collecting().collectFolder(usb, Progress.none()).received()).isEqualTo(2);
            long campaign = County.campaign(county);
            Path countyTable = dir.resolve("county.xlsx");
            county.consolidatedTables().consolidate(ReportKind.WARMTH_STATS, campaign, null, countyTable,
                    Progress.none());
            county.consolidatedTables().submit(ReportKind.WARMTH_STATS, campaign, null, countyTable);
            county.settings().setAll(Map.of(SettingKeys.SYNC_TRANSPORT, "folder", SettingKeys.FOLDER_PATH,
                    cityDrop.toString()));
            assertThat(county.outboxWorker().runOnce()).singleElement()
                    .satisfies(o -> assertThat(o.failed()).isFalse());

            Path cityDir = dir.resolve("city");
            Township.open(cityDir, Township.trusting(), "3401", "某某市总工会").close();
            try (Database db = Database.open(cityDir)) {
                new OrganizationRepository(db).save(new Organization(
                        null, "340102", "某某县总工会", OrganizationKind.SUBORDINATE, null, null,
                        null));
            }
            try (AppContext city = Township.open(cityDir, Township.trusting(), "3401", "某某市总工会")) {
                long cityCampaign = city.campaigns().save(new CampaignDraft(null,
                        Township.CAMPAIGN, CampaignKind.WARMTH, LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 2, 29), null, null, null));
                assertThat(city.collecting().collectFolder(cityDrop, Progress.none()).received()).isEqualTo(1);
                Path cityTable = dir.resolve("city.xlsx");
                city.consolidatedTables().consolidate(ReportKind.WARMTH_STATS, cityCampaign, null, cityTable,
                        Progress.none());
                double[] countyTotal = Township.row(countyTable, "合计");
                double[] cityRow = Township.row(cityTable, "某某县总工会");
                for (int c = 1; c <= 27; c++) {
                    assertThat(cityRow[c]).as("市汇总 column %d", c).isCloseTo(countyTotal[c], within(1e-9));
                }
            }
        }
    }
}
