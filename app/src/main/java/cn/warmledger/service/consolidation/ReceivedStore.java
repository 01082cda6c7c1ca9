package cn.warmledger.service.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.warmledger.domain.Causes;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.ManifestRules;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.domain.ReceivedSource;
import cn.warmledger.domain.ReceivedStatus;
import cn.warmledger.domain.ReceivedSubmission;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.ConsolidationRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.outbox.ManifestJson;
import cn.warmledger.transport.Hashes;

/**
 * Receiving (汇总): the one way a submission gets into the county's store, whether collected from a mailbox,
 * WebDAV or a folder, or a hand-filled sheet the clerk adds (MANUAL). Every file is checked against the
 * manifest (size and SHA-256); the files are kept under {@code received/<id>/} of the data folder; the row is
 * written in one transaction with its audit entry. The same id again changes nothing (已有); a refused one that
 * arrives again intact is accepted then. The township's campaign name is matched to the county's campaign of
 * the same name (or a remembered match); without one it waits (待匹配).
 */
public final class ReceivedStore {
    private final ConsolidationRepository received;
    private final OrganizationRepository organizations;
    private final CampaignRepository campaigns;
    private final Transactor tx;
    private final AuditTrail audit;
    private final AppPaths paths;
    private final Clock clock;

    /** Column widths of received_submission: a manifest that does not fit is refused, never half stored. */
    private static final int NAME_LENGTH = 200;
    private static final int SENDER_LENGTH = 300;
    private static final int TEXT_LENGTH = 1000;

    public ReceivedStore(ConsolidationRepository received, OrganizationRepository organizations,
                         CampaignRepository campaigns, Transactor tx, AuditTrail audit, AppPaths paths, Clock clock) {
        this.received = received;
        this.organizations = organizations;
        this.campaigns = campaigns;
        this.tx = tx;
        this.audit = audit;
        this.paths = paths;
        this.clock = clock;
    }

    /** True when this submission is stored and accepted: a copy arriving again is 已有. */
    public boolean alreadyHave(String submissionId) {
        return ManifestRules.isValidId(submissionId) && received.isAccepted(submissionId);
    }

    /**
     * Receives a submission: {@code files} are the files as they arrived, matched to the manifest's by file name
     * (others are ignored). {@code sender}: mail address, folder name or who handed it in; may be null.
     */
    public ReceiveOutcome receive(Manifest manifest, List<Path> files, ReceivedSource source, String sender) {
        return receive(manifest, ManifestJson.write(manifest), files, source, sender, null);
    }

    /** The same, from the manifest's text as it arrived (kept as it is). */
    public ReceiveOutcome receive(String manifestJson, List<Path> files, ReceivedSource source, String sender) {
        return receive(manifestJson, files, source, sender, null);
    }

    /**
     * The same, from a collector: {@code origin} (the file, URL or mail subject it came from) names a parcel that
     * is refused at the door, i.e. one whose manifest cannot be read or whose identifiers may not become a folder
     * or a row. Such a parcel is kept as it came under {@code received/refused/<content hash>/} for inspection,
     * never counted, and the collect goes on.
     */
    public ReceiveOutcome receive(String manifestJson, List<Path> files, ReceivedSource source, String sender,
                                  String origin) {
        Manifest manifest;
        try {
            manifest = ManifestJson.read(manifestJson);
        } catch (RuntimeException e) {
            return refusedAtDoor(manifestJson, files, origin, null, Messages.get("collect.problem.unreadableManifest"));
        }
        return receive(manifest, manifestJson, files, source, sender, origin);
    }

    private ReceiveOutcome receive(Manifest m, String json, List<Path> files, ReceivedSource source, String sender,
                                   String origin) {
        Optional<String> door = ManifestRules.problem(m);
        if (door.isPresent()) {
            return refusedAtDoor(json, files, origin, m.submissionId(), door.get());
        }
        String id = m.submissionId();
        boolean unknownUnit = organizations.findByCode(m.organizationCode())
                .map(o -> o.kind() != OrganizationKind.SUBORDINATE).orElse(true);
        if (received.isAccepted(id)) {
            return new ReceiveOutcome(ReceiveOutcome.Kind.DUPLICATE, id, null, unknownUnit);
        }
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path f : files) {
            byName.putIfAbsent(f.getFileName().toString(), f);
        }
        String who = m.organizationName() == null ? m.organizationCode() : m.organizationName();
        List<String> problems = new ArrayList<>();
        for (Manifest.File f : m.files()) {
            Path file = byName.get(f.name());
            if (file == null || !Files.isRegularFile(file)) {
                problems.add(Messages.get("collect.problem.missingFile", id, who, f.name()));
                continue;
            }
            long size = size(file);
            if (size != f.size()) {
                problems.add(Messages.get("collect.problem.sizeMismatch", id, who, f.name(), String.valueOf(size),
                        String.valueOf(f.size())));
            } else if (!Hashes.sha256(file).equalsIgnoreCase(f.sha256())) {
                problems.add(Messages.get("collect.problem.hashMismatch", id, who, f.name()));
            }
        }
        if (m.files().isEmpty()) {
            problems.add(Messages.get("collect.problem.noFiles", id, who));
        }
        problems.addAll(ManifestFigures.problems(m, id, who));
        ReceivedStatus status = problems.isEmpty() ? ReceivedStatus.ACCEPTED : ReceivedStatus.REFUSED;
        String problem = problems.isEmpty() ? null : cut(String.join("；", problems), TEXT_LENGTH);
        Path folder = paths.receivedDir().resolve(id);
        List<ReceivedSubmission.ReceivedFile> kept = keep(folder, m, json, byName);
        ReportKind kind = CodedEnum.fromText(ReportKind.class, m.tableKind()).orElse(null);
        boolean perCampaign = kind == null ? m.campaignName() != null : kind.perCampaign();
        String campaignKey = perCampaign ? CampaignNames.key(m.campaignName()) : null;
        // a hand-filled sheet is added for the campaign the clerk chose, not found again by its name
        Long campaignId = campaignKey == null ? null
                : source == ReceivedSource.MANUAL && m.campaignId() != null
                        && campaigns.findById(m.campaignId()).isPresent() ? m.campaignId() : campaignFor(campaignKey);
        LocalDateTime generatedAt = m.generatedAt() == null ? null
                : m.generatedAt().atZoneSameInstant(clock.getZone()).toLocalDateTime();
        ReceivedSubmission s = new ReceivedSubmission(id, m.organizationCode(), cut(m.organizationName(), NAME_LENGTH),
                kind == null ? m.tableKind() : kind.code(), cut(m.tableTitle(), NAME_LENGTH),
                cut(m.campaignName(), NAME_LENGTH), campaignId, m.periodYear(), generatedAt, LocalDateTime.now(clock),
                source, cut(sender, SENDER_LENGTH), m.supersedes(), false, status, problem, json, folder.toString(),
                kept);
        boolean stored = tx.inTransaction(() -> {
            Optional<ReceivedSubmission> before = received.find(id);
            if (before.isPresent()) {
                if (before.get().status() == ReceivedStatus.ACCEPTED) {
                    return false;
                }
                if (!received.replace(s, campaignKey)) {
                    return false;
                }
            } else if (!received.insert(s, campaignKey)) {
                return false;
            }
            audit.record(AuditTrail.RECEIVED_SUBMISSION, id, before.isPresent() ? AuditAction.UPDATE : AuditAction.INSERT,
                    Messages.get("audit.received", who + " " + (m.tableTitle() == null ? m.tableKind() : m.tableTitle())),
                    null, auditView(s));
            return true;
        });
        if (!stored) {
            return new ReceiveOutcome(ReceiveOutcome.Kind.DUPLICATE, id, null, unknownUnit);
        }
        return status == ReceivedStatus.ACCEPTED
                ? new ReceiveOutcome(ReceiveOutcome.Kind.NEW, id, null, unknownUnit)
                : new ReceiveOutcome(ReceiveOutcome.Kind.REFUSED, id, problem, unknownUnit);
    }

    /** A parcel that cannot become a row: kept for inspection under received/refused/, named, never counted. */
    private ReceiveOutcome refusedAtDoor(String json, List<Path> files, String origin, String id, String reason) {
        String validId = ManifestRules.isValidId(id) ? id : null;
        String where = origin != null ? origin : validId != null ? validId : Messages.get("collect.manifest");
        Path folder = paths.receivedDir().resolve("refused")
                .resolve(Hashes.sha256((json == null ? "" : json).getBytes(StandardCharsets.UTF_8)).substring(0, 16));
        String problem;
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("manifest.json"), json == null ? "" : json, StandardCharsets.UTF_8);
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (ManifestRules.isValidFileName(name) && Files.isRegularFile(f)) {
                    Files.copy(f, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            problem = Messages.get("collect.problem.refusedAtDoor", where, reason, folder);
        } catch (IOException | RuntimeException e) {
            problem = Messages.get("collect.problem.refusedNotKept", where, reason, Causes.ioReason(e));
        }
        return new ReceiveOutcome(ReceiveOutcome.Kind.REFUSED, validId, cut(problem, TEXT_LENGTH), false);
    }

    /**
     * Submissions that waited (待匹配) because the county had no campaign of that name yet go under it once it
     * exists: a campaign created after the townships' files arrived needs no matching by hand.
     */
    public void attachWaitingToSameNamedCampaigns() {
        tx.run(() -> received.unmatchedCampaignNames().keySet().forEach(key -> campaigns.all().stream()
                .filter(c -> key.equals(CampaignNames.key(c.name()))).findFirst()
                .ifPresent(c -> received.attachCampaign(key, c.id()))));
    }

    /** The county's campaign for a township's campaign name: a remembered match, else the same name. */
    private Long campaignFor(String campaignKey) {
        Optional<Long> alias = received.aliasCampaign(campaignKey);
        if (alias.isPresent()) {
            return alias.get();
        }
        return campaigns.all().stream().filter(c -> campaignKey.equals(CampaignNames.key(c.name())))
                .map(c -> c.id()).findFirst().orElse(null);
    }

    /** Copies the files that arrived (also those of a refused submission, to look at) and the manifest. */
    private static List<ReceivedSubmission.ReceivedFile> keep(Path folder, Manifest m, String json,
                                                              Map<String, Path> byName) {
        try {
            Files.createDirectories(folder);
            List<ReceivedSubmission.ReceivedFile> kept = new ArrayList<>();
            for (Manifest.File f : m.files()) {
                Path source = byName.get(f.name());
                if (source == null || !Files.isRegularFile(source) || !ManifestRules.isValidFileName(f.name())) {
                    continue;
                }
                Path target = folder.resolve(f.name());
                if (!source.toAbsolutePath().equals(target.toAbsolutePath())) {
                    replaceWhole(target, t -> Files.copy(source, t, StandardCopyOption.REPLACE_EXISTING));
                }
                kept.add(new ReceivedSubmission.ReceivedFile(f.name(), Files.size(target), Hashes.sha256(target),
                        target.toString()));
            }
            replaceWhole(folder.resolve("manifest-" + m.submissionId() + ".json"),
                    t -> Files.writeString(t, json, StandardCharsets.UTF_8));
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("collect.problem.storeFailed", m.submissionId(), e.getMessage()), e);
        }
    }

    private interface FileWrite {
        void to(Path file) throws IOException;
    }

    /**
     * Writes {@code target} under a name of its own first and renames it into place: two PCs sharing a data folder that
     * collect the same parcel at once (or a crash mid-copy) never leave a half-written file under the final name.
     */
    private static void replaceWhole(Path target, FileWrite write) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".keep-", ".part");
        try {
            write.to(temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Map<String, Object> auditView(ReceivedSubmission s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("organizationCode", s.organizationCode());
        view.put("organizationName", s.organizationName());
        view.put("tableKind", s.tableKind());
        view.put("campaignName", s.campaignName());
        view.put("periodYear", s.periodYear());
        view.put("source", s.source().code());
        view.put("sender", s.sender());
        view.put("status", s.status().code());
        view.put("problem", s.problem());
        view.put("supersedes", s.supersedes());
        return view;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
