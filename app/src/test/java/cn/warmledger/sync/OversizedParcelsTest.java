package cn.warmledger.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.consolidation.CollectResult;
import cn.warmledger.transport.Hashes;

/**
 * A parcel far larger than any 报表 (above 50 MB) is refused by name by every collector, streamed and stopped at the
 * limit rather than read into memory; the folder collector never takes a file that is a link out of the folder.
 */
class OversizedParcelsTest {
    private static final long HUGE = 51L * 1024 * 1024;
    @TempDir
    Path dir;

    private static String manifest(String id, String name, long size, String sha) {
        return "{\"format\":\"warmledger-submission/1\",\"submissionId\":\"" + id + "\","
                + "\"organization\":{\"code\":\"340102009\",\"name\":\"大镇工会\"},\"tableKind\":\"WARMTH_STATS\","
                + "\"tableTitle\":\"送温暖统计表\",\"campaign\":{\"id\":1,\"name\":\"" + Township.CAMPAIGN + "\"},"
                + "\"periodYear\":2024,\"generatedAt\":\"2024-01-20T10:00:00+08:00\",\"files\":[{\"name\":\"" + name
                + "\",\"size\":" + size + ",\"sha256\":\"" + sha + "\"}],"
                + "\"figures\":{\"units\":[]},\"supersedes\":null}";
    }

    /** A 51 MB file (sparse: no real disk use) with its manifest in {@code folder}. */
    private static void hugeParcel(Path folder, String id) throws Exception {
        Files.createDirectories(folder);
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve("huge.xlsx").toFile(), "rw")) {
            f.setLength(HUGE);
        }
        Files.writeString(folder.resolve("manifest-" + id + ".json"), manifest(id, "huge.xlsx", HUGE, "0".repeat(64)));
    }

    private static long storedBytes(AppContext county) throws Exception {
        Path received = county.paths().receivedDir();
        if (!Files.isDirectory(received)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(received)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Test
    void webDavRefusesAHugeFileByNameAndTakesTheGoodOne() throws Exception {
        try (DavServer dav = new DavServer(dir, Ports.free());
             Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会");
             AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            Path root = Files.createDirectories(dav.root.resolve("上报"));
            hugeParcel(root.resolve("0 大镇工会"), "00000000-0000-4000-8000-0000000000aa");
            a.sendTo(SettingKeys.SYNC_TRANSPORT, "webdav", SettingKeys.WEBDAV_URL, dav.url("/上报/"),
                    SettingKeys.WEBDAV_USER, DavServer.USER, SettingKeys.WEBDAV_PASSWORD, DavServer.PASSWORD);
            String good = a.exportWarmthStats("a.xlsx");
            a.send();
            county.settings().setAll(Map.of(SettingKeys.COLLECT_SOURCE, "webdav",
                    SettingKeys.COLLECT_WEBDAV_URL, dav.url("/上报"), SettingKeys.COLLECT_WEBDAV_USER, DavServer.USER,
                    SettingKeys.COLLECT_WEBDAV_PASSWORD, DavServer.PASSWORD));
            CollectResult r = county.collecting().collect(Progress.none());
            assertThat(r.sourceError()).isNull();
            assertThat(r.received()).isEqualTo(1);
            assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("huge.xlsx").contains("超过 50 MB"));
            assertThat(county.consolidation().received()).singleElement()
                    .satisfies(s -> assertThat(s.id()).isEqualTo(good));
            assertThat(storedBytes(county)).isLessThan(HUGE);
        }
    }

    @Test
    void aFolderRefusesAHugeFileAndNeverFollowsALinkOutOfTheFolder() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("U盘"));
        try (Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会");
             AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            a.sendTo(SettingKeys.SYNC_TRANSPORT, "folder", SettingKeys.FOLDER_PATH, usb.toString());
            String good = a.exportWarmthStats("a.xlsx");
            a.send();
            hugeParcel(usb.resolve("大镇工会"), "00000000-0000-4000-8000-0000000000aa");

            // a parcel whose file is a link to something outside the U盘
            byte[] secret = "县里的机密".getBytes(StandardCharsets.UTF_8);
            Path outside = Files.write(dir.resolve("secret.xlsx"), secret);
            Path linked = Files.createDirectories(usb.resolve("链接镇工会"));
            Files.createSymbolicLink(linked.resolve("s.xlsx"), outside);
            String linkId = "00000000-0000-4000-8000-0000000000bb";
            Files.writeString(linked.resolve("manifest-" + linkId + ".json"),
                    manifest(linkId, "s.xlsx", secret.length, Hashes.sha256(secret)));

            CollectResult r = county.collecting().collectFolder(usb, Progress.none());
            assertThat(r.sourceError()).isNull();
            assertThat(r.received()).isEqualTo(1);
            assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("huge.xlsx").contains("超过 50 MB"));
            assertThat(county.consolidation().received()).noneSatisfy(s -> assertThat(s.id())
                    .isEqualTo("00000000-0000-4000-8000-0000000000aa"));
            // the linked file was not taken: its parcel is refused for the missing file, the secret is not copied
            assertThat(county.consolidation().received()).filteredOn(s -> s.id().equals(linkId)).singleElement()
                    .satisfies(s -> assertThat(s.status().name()).isEqualTo("REFUSED"));
            try (Stream<Path> s = Files.walk(county.paths().receivedDir())) {
                assertThat(s.filter(Files::isRegularFile).toList()).noneSatisfy(p ->
                        assertThat(Files.readAllBytes(p)).isEqualTo(secret));
            }
            assertThat(county.consolidation().received()).anySatisfy(s -> assertThat(s.id()).isEqualTo(good));
        }
    }
}
