package cn.warmledger.service.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.warmledger.domain.Causes;
import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionFile;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.settings.SettingsService;
import cn.warmledger.transport.Attachment;
import cn.warmledger.transport.Hashes;
import cn.warmledger.transport.Parcel;
import cn.warmledger.transport.TransportException;

/**
 * What a submission becomes on the wire: its files and manifest.json with a subject and a text naming them, and the
 * names files and the 单位's folder take at the receiver. Only reads; {@link OutboxService} hands it out.
 */
final class Parcels {
    private final AppPaths paths;
    private final SettingsService settings;

    Parcels(AppPaths paths, SettingsService settings) {
        this.paths = paths;
        this.settings = settings;
    }

    /** What a transport delivers for a submission: its files, then manifest.json (written again if missing). */
    Parcel of(Submission s) throws TransportException {
        Path folder = s.folder() == null ? paths.outboxDir().resolve(s.id()) : Path.of(s.folder());
        List<Attachment> attachments = new ArrayList<>();
        for (SubmissionFile f : s.files()) {
            if (!Files.isRegularFile(f.path())) {
                throw TransportException.fixSettings(null, "sync.error.fileMissing", f.fileName());
            }
            attachments.add(new Attachment(f.fileName(), f.path(), f.sizeBytes(), f.sha256()));
        }
        Manifest manifest = s.manifest() == null ? null : ManifestJson.read(s.manifest());
        if (s.manifest() != null) {
            Path file = folder.resolve(manifestName(s.id()));
            try {
                if (!Files.isRegularFile(file)) {
                    Files.createDirectories(folder);
                    Files.writeString(file, s.manifest(), StandardCharsets.UTF_8);
                }
                attachments.add(new Attachment(file.getFileName().toString(), file, Files.size(file),
                        Hashes.sha256(file)));
            } catch (IOException e) {
                throw TransportException.retry(e, "sync.error.io", Causes.ioReason(e));
            }
        }
        String orgCode = manifest != null ? manifest.organizationCode() : s.organizationCode();
        String orgName = manifest != null && manifest.organizationName() != null ? manifest.organizationName()
                : settings.get(SettingKeys.ORG_NAME).orElse("");
        String period = s.periodLabel() == null ? "" : s.periodLabel();
        String subject = Messages.get("outbox.subject", orgName, s.title(), period, s.id()).replaceAll(" +", " ");
        StringBuilder text = new StringBuilder(Messages.get("outbox.mailIntro", orgName, orgCode, s.title(), period,
                s.id()));
        for (Attachment a : attachments) {
            text.append('\n').append(Messages.get("outbox.mailFile", a.name(), String.valueOf(a.size()), a.sha256()));
        }
        text.append("\n\n").append(Messages.get("outbox.mailFooter"));
        return new Parcel(s.id(), unitFolder(orgCode, orgName), subject, text.toString(), attachments);
    }

    static String manifestName(String id) {
        return "manifest-" + id + ".json";
    }

    /** 城关镇_统计表.xlsx → 城关镇_统计表_<id>.xlsx: the receiver keeps one copy per id. */
    static String withId(String fileName, String id) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) + "_" + id + fileName.substring(dot) : fileName + "_" + id;
    }

    /** The folder of one 单位 at the receiver: "340102001 城关镇总工会", without characters Windows refuses. */
    static String unitFolder(String code, String name) {
        String raw = (code == null ? "" : code) + " " + (name == null ? "" : name);
        String clean = raw.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return clean.isEmpty() ? "unit" : clean;
    }
}
