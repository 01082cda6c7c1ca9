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
import cn.warmledger.service.reports.ReportService;
import cn.warmledger.service.consolidation.CollectResult;
import cn.warmledger.service.consolidation.CollectService;
import cn.warmledger.service.consolidation.Completeness;
import cn.warmledger.service.consolidation.ConsolidatedTables;
import cn.warmledger.service.consolidation.ConsolidationService;
import cn.warmledger.service.consolidation.HandFilledTables;
import cn.warmledger.service.consolidation.ReceivedSummary;
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
    private final CollectService collecting;
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
    private final ReceivedActions received;
    private final TableOutputs outputs;

    public ConsolidationViewModel(ConsolidationService consolidation, CollectService collecting,
                                  ConsolidatedTables tables, UnitService units, HandFilledTables handFilled,
                                  ReportService reports, Path exportsDir, TaskRunner tasks) {
        this.consolidation = consolidation;
        this.collecting = collecting;
        this.reports = reports;
        this.tasks = tasks;
        this.exportsDir = exportsDir;
        this.received = new ReceivedActions(this, consolidation, units, handFilled, tasks);
        this.outputs = new TableOutputs(this, tables, tasks);
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

    Long campaignId() {
        return perCampaign() && campaign.get() != null ? campaign.get().id() : null;
    }

    Integer yearChosen() {
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
        collectWith(p -> collecting.collect(p));
    }

    /** 从文件夹收取: a U盘 or a folder the township's files were copied to. */
    public void collectFolder(Path folder) {
        collectWith(p -> collecting.collectFolder(folder, p));
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
        received.pin();
    }

    /** The chosen submission's .xlsx (or, with none chosen, the chosen row's effective one) to open. */
    public void openFile(Consumer<Path> open) {
        received.openFile(open);
    }

    /** 匹配: the chosen township campaign name belongs to the campaign chosen above. */
    public void matchUnmatched() {
        received.matchUnmatched();
    }

    /** A sender not on the 下级单位 list is added to it, under the code and name it sent. */
    public void addAsUnit(Completeness.Row row) {
        received.addAsUnit(row);
    }

    /** A hand-filled sheet for the chosen 下级单位 (or the one its 填报单位 names). */
    public void addHandFilled(Path file) {
        received.addHandFilled(file);
    }

    /** The 未上报 list as .xlsx in the exports folder. */
    public void exportMissing() {
        exportMissing(exportsDir.resolve(outputs.suggestedName(Texts.get("consolidation.missingSuffix"))));
    }

    public void exportMissing(Path out) {
        outputs.exportMissing(out);
    }

    /** The consolidated table, one row per 下级单位 and 合计, in the exports folder. */
    public void consolidate() {
        consolidate(exportsDir.resolve(outputs.suggestedName(Texts.get("consolidation.tableSuffix"))));
    }

    public void consolidate(Path out) {
        outputs.consolidate(out);
    }

    /** 上报 of the consolidated table just built: into the outbox, upward. */
    public void submitTable() {
        outputs.submitTable();
    }

    public void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
            progress.unbind();
            busy.set(false);
            status.set(Texts.get("consolidation.cancelled"));
        }
    }

    <T> void run(String name, String message, TaskRunner.Work<T> work, Consumer<T> onSuccess) {
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

    void fail(Throwable e) {
        error.set(ClerkMessages.of(e));
    }
}
