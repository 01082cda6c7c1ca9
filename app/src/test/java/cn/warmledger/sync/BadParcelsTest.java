package cn.warmledger.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.warmledger.domain.ReportKind;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.consolidation.CollectResult;
import cn.warmledger.transport.Hashes;

/**
 * One bad parcel never blocks the others, over each real source (Tomcat's WebDAV, GreenMail's IMAP, a folder): a
 * manifest with a 300-character submission id, or with a file name no disk takes, is refused by name, kept for
 * inspection under received/refused/, never counted, and every later collect still takes the good ones. A mail
 * delivered twice (at-least-once delivery) is stored once.
 */
class BadParcelsTest {
    private static final String COUNTY = "county@example.com";
    private static final String SECRET = "countyAuthCode16";
    private static final String LONG_ID = "z".repeat(300);
    @TempDir
    Path dir;

    /** A manifest of ours for a file {@code name} with {@code content}, under submission id {@code id}. */
    private static String manifest(String id, String name, byte[] content) {
        return "{\"format\":\"warmledger-submission/1\",\"submissionId\":\"" + id + "\","
                + "\"organization\":{\"code\":\"340102009\",\"name\":\"坏镇工会\"},\"tableKind\":\"WARMTH_STATS\","
                + "\"tableTitle\":\"送温暖统计表\",\"campaign\":{\"id\":1,\"name\":\"" + Township.CAMPAIGN + "\"},"
                + "\"periodYear\":2024,\"generatedAt\":\"2024-01-20T10:00:00+08:00\",\"files\":[{\"name\":\"" + name
                + "\",\"size\":" + content.length + ",\"sha256\":\"" + Hashes.sha256(content) + "\"}],"
                + "\"figures\":{\"units\":[]},\"supersedes\":null}";
    }

    private static final byte[] CONTENT = "不是真的表".getBytes(StandardCharsets.UTF_8);
    private static final String LONG_NAME = "长".repeat(100) + ".xlsx";

    private static List<Path> keptFolders(AppContext county) throws Exception {
        Path refused = county.paths().receivedDir().resolve("refused");
        if (!Files.isDirectory(refused)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(refused)) {
            return s.sorted().toList();
        }
    }

    private static void assertRefusedAndKept(CollectResult r, AppContext county, String... origins) throws Exception {
        assertThat(r.sourceError()).as("the source did not fail").isNull();
        assertThat(r.refused()).isEqualTo(origins.length);
        for (String origin : origins) {
            assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains(origin).contains("不合规")
                    .contains("不计入汇总").contains("received").doesNotContain(LONG_ID));
        }
        List<Path> kept = keptFolders(county);
        assertThat(kept).hasSize(origins.length);
        for (Path k : kept) {
            assertThat(Files.readString(k.resolve("manifest.json"))).contains("warmledger-submission/1");
        }
    }

    @Test
    void webDavTakesTheGoodSubmissionAndRefusesTheBadOnesEveryTime() throws Exception {
        try (DavServer dav = new DavServer(dir, Ports.free());
             Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会");
             AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            Path root = Files.createDirectories(dav.root.resolve("上报"));
            // the bad ones lie in a folder listed before the township's, and loose in the top folder
            Path bad = Files.createDirectories(root.resolve("0 坏镇工会"));
            Files.write(bad.resolve("x.xlsx"), CONTENT);
            Files.writeString(bad.resolve("manifest-bad.json"), manifest(LONG_ID, "x.xlsx", CONTENT));
            String validId = "00000000-0000-4000-8000-00000000bad1";
            Files.writeString(root.resolve("manifest-" + validId + ".json"), manifest(validId, LONG_NAME, CONTENT));
            a.sendTo(SettingKeys.SYNC_TRANSPORT, "webdav", SettingKeys.WEBDAV_URL, dav.url("/上报/"),
                    SettingKeys.WEBDAV_USER, DavServer.USER, SettingKeys.WEBDAV_PASSWORD, DavServer.PASSWORD);
            String good = a.exportWarmthStats("a.xlsx");
            a.send();

            county.settings().setAll(Map.of(SettingKeys.COLLECT_SOURCE, "webdav",
                    SettingKeys.COLLECT_WEBDAV_URL, dav.url("/上报"), SettingKeys.COLLECT_WEBDAV_USER, DavServer.USER,
                    SettingKeys.COLLECT_WEBDAV_PASSWORD, DavServer.PASSWORD));
            CollectResult first = county.collecting().collect(Progress.none());
            assertThat(first.received()).isEqualTo(1);
            assertRefusedAndKept(first, county, "manifest-bad.json", "manifest-" + validId + ".json");
            assertThat(first.problems()).anySatisfy(p -> assertThat(p).contains("上报编号").contains("300 个字符"))
                    .anySatisfy(p -> assertThat(p).contains("文件名"));
            assertThat(Files.readAllBytes(keptFolders(county).stream()
                    .filter(k -> Files.exists(k.resolve("x.xlsx"))).findFirst().orElseThrow().resolve("x.xlsx")))
                    .isEqualTo(CONTENT);
            assertThat(county.consolidation().received()).singleElement()
                    .satisfies(s -> assertThat(s.id()).isEqualTo(good));

            // every later collect goes on too: the bad ones are named again, the good one is 已有
            CollectResult again = county.collecting().collect(Progress.none());
            assertThat(again.sourceError()).isNull();
            assertThat(again.duplicates()).isEqualTo(1);
            assertThat(again.refused()).isEqualTo(2);
            assertThat(county.consolidation().completeness(ReportKind.WARMTH_STATS, County.campaign(county), null)
                    .rows().get(0).cells().get(ReportKind.WARMTH_STATS).effectiveSubmissionId()).isEqualTo(good);
        }
    }

    @Test
    void imapTakesTheGoodMailRefusesTheBadOneAndStoresADuplicateDeliveryOnce() throws Exception {
        TestCertificate.trusting();
        int smtps = Ports.free();
        int imaps = Ports.free();
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtps, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS),
                new ServerSetup(imaps, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS)});
        mail.setUser("town@example.com", "town@example.com", "town-secret");
        mail.setUser(COUNTY, COUNTY, SECRET);
        mail.start();
        try (Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会");
             AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            MimeMessage bad = new MimeMessage(Session.getInstance(new Properties()));
            bad.setFrom(new InternetAddress("bad@example.com"));
            bad.setRecipients(Message.RecipientType.TO, COUNTY);
            bad.setSubject("【上报】坏镇工会 送温暖统计表", "UTF-8");
            MimeMultipart body = new MimeMultipart();
            MimeBodyPart json = new MimeBodyPart();
            json.setText(manifest(LONG_ID, "x.xlsx", CONTENT), "UTF-8");
            json.setFileName("manifest-bad.json");
            body.addBodyPart(json);
            MimeBodyPart file = new MimeBodyPart();
            file.setContent(CONTENT, "application/octet-stream");
            file.setFileName("x.xlsx");
            body.addBodyPart(file);
            bad.setContent(body);
            bad.saveChanges();
            mail.getUserManager().getUser(COUNTY).deliver(bad);

            a.sendTo(SettingKeys.SYNC_TRANSPORT, "email", SettingKeys.EMAIL_HOST, "127.0.0.1",
                    SettingKeys.EMAIL_PORT, String.valueOf(smtps), SettingKeys.EMAIL_SECURITY, "ssl",
                    SettingKeys.EMAIL_USER, "town@example.com", SettingKeys.EMAIL_PASSWORD, "town-secret",
                    SettingKeys.EMAIL_TO, COUNTY);
            String good = a.exportWarmthStats("a.xlsx");
            a.send();
            // at-least-once: the same mail arrives a second time (a send killed after the server took it)
            MimeMessage original = java.util.Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getSubject().contains(good);
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    }).findFirst().orElseThrow();
            mail.getUserManager().getUser(COUNTY).deliver(new MimeMessage(original));

            Map<String, String> s = new LinkedHashMap<>();
            s.put(SettingKeys.COLLECT_SOURCE, "imap");
            s.put(SettingKeys.COLLECT_IMAP_HOST, "127.0.0.1");
            s.put(SettingKeys.COLLECT_IMAP_PORT, String.valueOf(imaps));
            s.put(SettingKeys.COLLECT_IMAP_SECURITY, "ssl");
            s.put(SettingKeys.COLLECT_IMAP_USER, COUNTY);
            s.put(SettingKeys.COLLECT_IMAP_PASSWORD, SECRET);
            county.settings().setAll(s);
            CollectResult first = county.collecting().collect(Progress.none());
            assertThat(first.received()).isEqualTo(1);
            assertThat(first.duplicates()).as("the second delivery of the same id").isEqualTo(1);
            assertRefusedAndKept(first, county, "【上报】坏镇工会 送温暖统计表");
            assertThat(county.consolidation().history("340102001", ReportKind.WARMTH_STATS, County.campaign(county),
                    null)).singleElement().satisfies(h -> assertThat(h.id()).isEqualTo(good));

            CollectResult again = county.collecting().collect(Progress.none());
            assertThat(again.sourceError()).isNull();
            assertThat(again.received()).isZero();
            assertThat(again.duplicates()).isEqualTo(2);
            assertThat(again.refused()).isEqualTo(1);
        } finally {
            mail.stop();
        }
    }

    @Test
    void aFolderRefusesTheBadParcelByNameAndKeepsIt() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("U盘"));
        try (Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会");
             AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            a.sendTo(SettingKeys.SYNC_TRANSPORT, "folder", SettingKeys.FOLDER_PATH, usb.toString());
            String good = a.exportWarmthStats("a.xlsx");
            a.send();
            Path bad = Files.createDirectories(usb.resolve("坏镇工会"));
            Files.write(bad.resolve("x.xlsx"), CONTENT);
            Files.writeString(bad.resolve("manifest-bad.json"), manifest(LONG_ID, "x.xlsx", CONTENT));
            CollectResult r = county.collecting().collectFolder(usb, Progress.none());
            assertThat(r.received()).isEqualTo(1);
            assertRefusedAndKept(r, county, "manifest-bad.json");
            assertThat(county.consolidation().received()).singleElement()
                    .satisfies(s -> assertThat(s.id()).isEqualTo(good));
        }
    }
}
