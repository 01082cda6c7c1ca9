package cn.warmledger.ui.consolidation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.service.common.ClerkMessages;
import cn.warmledger.domain.CampaignRef;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.ReportingStatus;
import cn.warmledger.service.common.ExportProgress;
import cn.warmledger.service.reports.ReportService;
import cn.warmledger.service.consolidation.CollectProgress;
import cn.warmledger.service.consolidation.CollectResult;
import cn.warmledger.service.consolidation.Completeness;
import cn.warmledger.service.consolidation.ConsolidationService;
import cn.warmledger.service.consolidation.HandFilledTables;
import cn.warmledger.service.consolidation.ReceiveOutcome;
import cn.warmledger.service.consolidation.ReceivedSummary;
import cn.warmledger.service.consolidation.UnitDraft;
import cn.warmledger.service.consolidation.UnitService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 汇总: for the chosen table and its campaign or year, who has reported (the completeness grid), what came in
 * from the chosen 单位, 收取 from the configured source or a folder, a hand-filled sheet, the 未上报 list, the
 * consolidated table and its 上报.
 */
public final class ConsolidationViewModel {
    private final ConsolidationService consolidation;
    private final UnitService units;
    private final HandFilledTables handFilled;
    private final ReportService reports;
    private final TaskRunner tasks;
    private final Path exportsDir;

    final ObservableList<ReportKind> tables = FXCollections.observableArrayList(ReportKind.WARMTH_STATS,
            ReportKind.AID_CENTER);
    final ObjectProperty<ReportKind> table = new SimpleObjectProperty<>(ReportKind.WARMTH_STATS);
    final ObservableList<CampaignRef> campaigns = FXCollections.observableArrayList();
    final ObjectProperty<CampaignRef> campaign = new SimpleObjectProperty<>();
    final ObservableList<Integer> years = FXCollections.observableArrayList();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>(LocalDate.now().getYear());
    final ObjectProperty<Completeness> grid = new SimpleObjectProperty<>();
    final ObservableList<Completeness.Row> rows = FXCollections.observableArrayList();
    final ObjectProperty<Completeness.Row> selectedRow = new SimpleObjectProperty<>();
    final ObservableList<ReceivedSummary> history = FXCollections.observableArrayList();
    final ObjectProperty<ReceivedSummary> selectedSubmission = new SimpleObjectProperty<>();
    final ObservableList<String> unmatched = FXCollections.observableArrayList();
    final ObjectProperty<String> unmatchedChoice = new SimpleObjectProperty<>();
    final ObjectProperty<Path> lastTable = new SimpleObjectProperty<>();
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    private TaskRunner.Running running;

    public ConsolidationViewModel(ConsolidationService consolidation, UnitService units, HandFilledTables handFilled,
                                  ReportService reports, Path exportsDir, TaskRunner tasks) {
        this.consolidation = consolidation;
        this.units = units;
        this.handFilled = handFilled;
        this.reports = reports;
        this.tasks = tasks;
        this.exportsDir = exportsDir;
        int now = LocalDate.now().getYear();
        years.setAll(IntStream.rangeClosed(now - 4, now + 1).boxed().sorted((a, b) -> b - a).toList());
        table.addListener((o, a, b) -> reloadGrid());
        campaign.addListener((o, a, b) -> reloadGrid());
        year.addListener((o, a, b) -> reloadGrid());
        selectedRow.addListener((o, a, b) -> reloadHistory());
    }

    boolean perCampaign() {
        return table.get() == null || table.get().perCampaign();
    }

    private Long campaignId() {
        return perCampaign() && campaign.get() != null ? campaign.get().id() : null;
    }

    private Integer yearChosen() {
        return perCampaign() ? null : year.get();
    }

    /** Campaigns (newest first, the newest chosen), then the grid. */
    public void reload() {
        tasks.submit("consolidation-campaigns", p -> reports.campaigns(), list -> {
            campaigns.setAll(list);
            if (campaign.get() == null || !list.contains(campaign.get())) {
                campaign.set(list.isEmpty() ? null : list.get(0));
            }
            reloadGrid();
        }, this::fail);
    }

    private record Loaded(Completeness grid, List<String> unmatched) {
    }

    public void reloadGrid() {
        // whatever changed the grid (period, 收取, 选用, 匹配, a hand-filled sheet) makes a built table stale
        lastTable.set(null);
        if (perCampaign() && campaign.get() == null) {
            grid.set(null);
            rows.clear();
            summary.set(Texts.get("consolidation.noCampaign"));
            return;
        }
        Long campaignId = campaignId();
        Integer y = yearChosen();
        String selectedCode = selectedRow.get() == null ? null : selectedRow.get().organizationCode();
        tasks.submit("consolidation-grid", p -> new Loaded(consolidation.completeness(null, campaignId, y),
                consolidation.unmatchedCampaignNames()), loaded -> {
            grid.set(loaded.grid());
            rows.setAll(loaded.grid().rows());
            unmatched.setAll(loaded.unmatched());
            if (unmatchedChoice.get() == null || !unmatched.contains(unmatchedChoice.get())) {
                unmatchedChoice.set(unmatched.isEmpty() ? null : unmatched.get(0));
            }
            summary.set(summaryOf(loaded.grid()));
            selectedRow.set(rows.stream().filter(r -> r.organizationCode().equals(selectedCode)).findFirst()
                    .orElse(null));
            reloadHistory();
        }, this::fail);
    }

    /** 下级单位 N 个：已上报 a，未上报 b (for the consolidated table's column). */
    private String summaryOf(Completeness g) {
        ReportKind k = table.get();
        List<Completeness.Row> subordinates = g.rows().stream().filter(Completeness.Row::subordinate).toList();
        long missing = subordinates.stream().filter(r -> status(r, k) == ReportingStatus.MISSING).count();
        long corrected = subordinates.stream().filter(r -> status(r, k) == ReportingStatus.CORRECTED).count();
        long others = g.rows().size() - subordinates.size();
        return Texts.get("consolidation.summary", k.label(), subordinates.size(), subordinates.size() - missing,
                corrected, missing) + (others == 0 ? "" : Texts.get("consolidation.others", others));
    }

    static ReportingStatus status(Completeness.Row row, ReportKind kind) {
        Completeness.Cell cell = row.cells().get(kind);
        return cell == null ? ReportingStatus.MISSING : cell.status();
    }

    public void reloadHistory() {
        Completeness.Row row = selectedRow.get();
        if (row == null) {
            history.clear();
            return;
        }
        ReportKind k = table.get();
        Long campaignId = campaignId();
        Integer y = yearChosen();
        tasks.submit("consolidation-history", p -> consolidation.history(row.organizationCode(), k, campaignId, y),
                history::setAll, this::fail);
    }

    /** 收取 from the configured source. */
    public void collect() {
        collectWith(p -> consolidation.collect(collectProgress(p)));
    }

    /** 从文件夹收取: a U盘 or a folder the township's files were copied to. */
    public void collectFolder(Path folder) {
        collectWith(p -> consolidation.collectFolder(folder, collectProgress(p)));
    }

    private void collectWith(TaskRunner.Work<CollectResult> work) {
        run("consolidation-collect", Texts.get("consolidation.collecting"), work, result -> {
            status.set(Texts.get("consolidation.collected", result.received(), result.duplicates(), result.refused(),
                    result.foreign()));
            List<String> problems = new java.util.ArrayList<>(result.problems());
            if (result.sourceFailed()) {
                problems.add(0, result.sourceError());
            }
            error.set(String.join("\n", problems));
            reloadGrid();
        });
    }

    /** 选用: the chosen submission counts for its 单位, whatever comes later. */
    public void pin() {
        ReceivedSummary s = selectedSubmission.get();
        if (s == null) {
            return;
        }
        tasks.submit("consolidation-pin", p -> {
            consolidation.pin(s.id());
            return s;
        }, done -> {
            status.set(Texts.get("consolidation.pinned", s.organizationName()));
            reloadGrid();
        }, this::fail);
    }

    /** The chosen submission's .xlsx (or, with none chosen, the chosen row's effective one) to open. */
    public void openFile(Consumer<Path> open) {
        String id = selectedSubmission.get() != null ? selectedSubmission.get().id() : effectiveId();
        if (id == null) {
            error.set(Texts.get("consolidation.nothingToOpen"));
            return;
        }
        tasks.submit("consolidation-open", p -> consolidation.receivedFile(id), open, this::fail);
    }

    private String effectiveId() {
        Completeness.Row row = selectedRow.get();
        Completeness.Cell cell = row == null ? null : row.cells().get(table.get());
        return cell == null ? null : cell.effectiveSubmissionId();
    }

    /** 匹配: the chosen township campaign name belongs to the campaign chosen above. */
    public void matchUnmatched() {
        String name = unmatchedChoice.get();
        CampaignRef c = campaign.get();
        if (name == null || c == null) {
            return;
        }
        tasks.submit("consolidation-match", p -> {
            consolidation.matchCampaign(name, c.id());
            return name;
        }, n -> {
            status.set(Texts.get("consolidation.matched", n, c.name()));
            reloadGrid();
        }, this::fail);
    }

    /** A sender not on the 下级单位 list is added to it, under the code and name it sent. */
    public void addAsUnit(Completeness.Row row) {
        tasks.submit("consolidation-add-unit", p -> units.save(new UnitDraft(row.organizationCode(),
                row.organizationName(), null, null)), id -> {
            status.set(Texts.get("consolidation.unitAdded", row.organizationName()));
            reloadGrid();
        }, this::fail);
    }

    /**
     * Adds a hand-filled sheet for the chosen 下级单位 (or, with none chosen, the one its 填报单位 names); a sheet
     * with problems is refused and its cells listed.
     */
    public void addHandFilled(Path file) {
        ReportKind k = table.get();
        Long campaignId = campaignId();
        Integer y = yearChosen();
        String chosen = selectedRow.get() != null && selectedRow.get().subordinate()
                ? selectedRow.get().organizationCode() : null;
        error.set("");
        tasks.submit("consolidation-hand-filled", p -> {
            String code = chosen;
            if (code == null) {
                code = handFilled.check(file, k).unit().map(u -> u.code()).orElseThrow(() ->
                        new cn.warmledger.domain.InvalidValueException(Texts.get("handFilled.unit"),
                                Texts.get("handFilled.chooseUnit")));
            }
            return handFilled.add(file, k, code, campaignId, y);
        }, outcome -> {
            if (outcome.kind() == ReceiveOutcome.Kind.REFUSED) {
                error.set(outcome.problem());
            } else {
                status.set(Texts.get("consolidation.handFilledAdded", file.getFileName()));
            }
            reloadGrid();
        }, this::fail);
    }

    /** The 未上报 list as .xlsx in the exports folder. */
    public void exportMissing() {
        exportMissing(exportsDir.resolve(suggestedName(Texts.get("consolidation.missingSuffix"))));
    }

    public void exportMissing(Path out) {
        ReportKind k = table.get();
        Long campaignId = campaignId();
        Integer y = yearChosen();
        tasks.submit("consolidation-missing", p -> {
            consolidation.exportMissing(k, campaignId, y, out);
            return out;
        }, f -> status.set(Texts.get("consolidation.missingExported", f)), this::fail);
    }

    /** The consolidated table, one row per 下级单位 and 合计, in the exports folder. */
    public void consolidate() {
        consolidate(exportsDir.resolve(suggestedName(Texts.get("consolidation.tableSuffix"))));
    }

    public void consolidate(Path out) {
        ReportKind k = table.get();
        Long campaignId = campaignId();
        Integer y = yearChosen();
        run("consolidation-table", Texts.get("consolidation.building", k.label()), p -> consolidation.consolidate(k,
                campaignId, y, out, exportProgress(p)), result -> {
            lastTable.set(result.file());
            status.set(Texts.get("consolidation.built", result.file()));
        });
    }

    /** 上报 of the consolidated table just built: into the outbox, upward. */
    public void submitTable() {
        Path file = lastTable.get();
        if (file == null) {
            error.set(Texts.get("consolidation.buildFirst"));
            return;
        }
        ReportKind k = table.get();
        Long campaignId = campaignId();
        Integer y = yearChosen();
        tasks.submit("consolidation-submit", p -> consolidation.submitConsolidated(k, campaignId, y, file),
                id -> {
                    lastTable.set(null);
                    status.set(Texts.get("consolidation.submitted", file.getFileName()));
                }, this::fail);
    }

    /** 表名_活动或年度_汇总.xlsx. */
    String suggestedName(String suffix) {
        String period = perCampaign() ? (campaign.get() == null ? "" : campaign.get().name())
                : Texts.get("report.yearLabel", String.valueOf(year.get()));
        return (table.get().label() + "_" + period + "_" + suffix + ".xlsx").replaceAll("[\\\\/:*?\"<>|\\s]+", "");
    }

    public void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
            progress.unbind();
            busy.set(false);
            status.set(Texts.get("consolidation.cancelled"));
        }
    }

    private <T> void run(String name, String message, TaskRunner.Work<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        error.set("");
        progress.unbind();
        progress.set(-1);
        status.set(message);
        boolean[] finished = {false};
        running = tasks.submit(name, work, result -> {
            finished[0] = true;
            progress.unbind();
            progress.set(1);
            busy.set(false);
            onSuccess.accept(result);
        }, e -> {
            finished[0] = true;
            progress.unbind();
            busy.set(false);
            if (e instanceof CancellationException) {
                status.set(Texts.get("consolidation.cancelled"));
            } else {
                status.set("");
                fail(e);
            }
        });
        if (!finished[0]) {
            progress.bind(running.progress());
        }
    }

    private static CollectProgress collectProgress(TaskRunner.Progress p) {
        return new CollectProgress() {
            @Override
            public void update(CollectResult soFar, String message) {
                p.message(message);
            }

            @Override
            public boolean cancelled() {
                return p.isCancelled();
            }
        };
    }

    private static ExportProgress exportProgress(TaskRunner.Progress p) {
        return new ExportProgress() {
            @Override
            public void update(long done, long total) {
                p.update(done, total);
            }

            @Override
            public boolean cancelled() {
                return p.isCancelled();
            }
        };
    }

    private void fail(Throwable e) {
        error.set(ClerkMessages.of(e));
    }
}
