package cn.warmledger.service.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionFile;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.persistence.OutboxRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.common.Version;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.settings.SettingsService;
import cn.warmledger.transport.Hashes;

/**
 * {@link OutboxService#enqueue}: an export made into a submission — its files copied into {@code outbox/<id>/}
 * under names that carry the id, its manifest written beside them (naming the submission it corrects), and its
 * 待发送 row; a half-made folder is removed when anything fails.
 */
final class SubmissionMaker {
    private final OutboxRepository submissions;
    private final SettingsService settings;
    private final Transactor tx;
    private final AppPaths paths;
    private final Clock clock;

    SubmissionMaker(OutboxRepository submissions, SettingsService settings, Transactor tx, AppPaths paths,
                    Clock clock) {
        this.submissions = submissions;
        this.settings = settings;
        this.tx = tx;
        this.paths = paths;
        this.clock = clock;
    }

    /**
     * See {@link OutboxService#enqueue}. {@code changed} tells the outbox's listeners once the row is in, outside
     * the clean-up: nothing after the insert may remove the files of a 待发送 row that exists.
     */
    Submission enqueue(SubmissionRequest request, Runnable changed) {
        if (request.tableKind() == null || request.tableKind().isBlank()) {
            throw new InvalidValueException(Messages.get("field.tableKind"), Messages.get("error.required"));
        }
        if (request.files().isEmpty()) {
            throw new InvalidValueException(Messages.get("field.submissionFiles"), Messages.get("error.required"));
        }
        String id = UUID.randomUUID().toString();
        Path folder = paths.outboxDir().resolve(id);
        Submission s;
        try {
            Files.createDirectories(folder);
            List<SubmissionFile> files = new ArrayList<>();
            for (Path source : request.files()) {
                if (!Files.isRegularFile(source)) {
                    throw new InvalidValueException(Messages.get("field.submissionFiles"),
                            Messages.get("outbox.fileMissing", source.getFileName()));
                }
                String name = Parcels.withId(source.getFileName().toString(), id);
                Path copy = folder.resolve(name);
                Files.copy(source, copy);
                files.add(new SubmissionFile(name, Files.size(copy), Hashes.sha256(copy), copy));
            }
            // the 单位 the file names (an export's own read), else 本单位 as the settings say now
            String orgCode = request.orgCode() != null ? request.orgCode() : settings.get(SettingKeys.ORG_CODE).orElse("");
            String orgName = request.orgName() != null ? request.orgName() : settings.get(SettingKeys.ORG_NAME).orElse("");
            String supersedes = request.supersedes() != null ? request.supersedes() : previous(request, orgCode);
            Manifest manifest = new Manifest(id, orgCode, orgName,
                    settings.get(SettingKeys.ORG_PARENT).orElse(null), request.tableKind(), request.tableTitle(),
                    request.campaignId(), request.campaignName(), request.periodYear(), request.periodLabel(),
                    OffsetDateTime.now(clock), Version.current(),
                    files.stream().map(f -> new Manifest.File(f.fileName(), f.sizeBytes(), f.sha256())).toList(),
                    request.figures() == null ? Map.of() : new LinkedHashMap<>(request.figures()), supersedes);
            String json = ManifestJson.write(manifest);
            Files.writeString(folder.resolve(Parcels.manifestName(id)), json, StandardCharsets.UTF_8);
            s = new Submission(id, request.tableKind(), request.tableTitle(), request.campaignId(),
                    request.periodYear(), label(request), orgCode, SubmissionState.PENDING, null, 0, null, false, null,
                    null, supersedes, json, folder.toString(), LocalDateTime.now(clock), null, files);
            Submission inserted = s;
            tx.run(() -> submissions.insert(inserted));
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new UncheckedIOException(Messages.get("outbox.copyFailed", folder), e);
        } catch (RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
        changed.run();
        return s;
    }

    /**
     * A statistics table made again for the same period corrects the one made before (not withdrawn): its
     * manifest names it in {@code supersedes}, so the upper level takes the correction even when clocks differ.
     * Rosters are left out: one campaign may have a roster per 单位.
     */
    private String previous(SubmissionRequest request, String orgCode) {
        if (ReportKind.ROSTER.code().equals(request.tableKind())) {
            return null;
        }
        return submissions.latestOf(request.tableKind(), orgCode, request.campaignId(), request.periodYear())
                .orElse(null);
    }

    private static String label(SubmissionRequest r) {
        if (r.periodLabel() != null && !r.periodLabel().isBlank()) {
            return r.periodLabel();
        }
        if (r.campaignName() != null) {
            return r.campaignName();
        }
        return r.periodYear() == null ? null : Messages.get("outbox.year", String.valueOf(r.periodYear()));
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a half-made outbox folder without a row is harmless; nothing refers to it
        }
    }
}
