package cn.warmledger.ui.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.visits.BatchVisits;
import cn.warmledger.service.recipients.RecipientService;
import cn.warmledger.service.visits.VisitService;
import cn.warmledger.ui.common.DateInput;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 集中慰问: filter recipients, pick many, preview one line each with the standard amount (editable), see
 * the count and total, save. A flagged line (an earlier visit of the same kind, or refused when saved) stays in
 * the preview with why; the clerk drops the flagged lines or gives one reason for them (saved with it, as the
 * single visit's guard does); the good lines are saved either way and never wait on the flagged (issue 15, 7).
 */
public final class BatchViewModel {
    private final VisitService visits;
    private final RecipientService recipients;
    private final TaskRunner tasks;
    private long generation;

    final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    final DateInput visitedOn = new DateInput(Texts.get("field.visitedOn"), true, LocalDate.now());
    final ObjectProperty<VisitForm> form = new SimpleObjectProperty<>(VisitForm.GROUP_EVENT);
    final ObjectProperty<AssistanceKind> assistanceKind = new SimpleObjectProperty<>(AssistanceKind.WARMTH);
    final ObjectProperty<FundSource> fundSource = new SimpleObjectProperty<>();
    final StringProperty visitors = new SimpleStringProperty("");
    final BooleanProperty signed = new SimpleBooleanProperty(false);

    final ObjectProperty<RecipientCategory> category = new SimpleObjectProperty<>();
    final ObjectProperty<HardshipType> hardshipType = new SimpleObjectProperty<>();
    final ObjectProperty<FileStatus> fileStatus = new SimpleObjectProperty<>();
    final StringProperty text = new SimpleStringProperty("");
    final BooleanProperty onlyNotVisited = new SimpleBooleanProperty(true);
    final ObservableList<RecipientSummary> candidates = FXCollections.observableArrayList();
    final ObservableList<BatchVisits.Line> lines = FXCollections.observableArrayList();

    /** One reason for every flagged line: with it they are saved too (the double-payment guard's reason). */
    final StringProperty duplicateReason = new SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty flagged = new javafx.beans.property.SimpleIntegerProperty();
    private final StringProperty savedText = new SimpleStringProperty("");
    private final StringProperty flaggedText = new SimpleStringProperty("");
    private final StringProperty totalsText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");

    public BatchViewModel(VisitService visits, RecipientService recipients, TaskRunner tasks,
                          List<Campaign> campaignChoices, Campaign current) {
        this.visits = visits;
        this.recipients = recipients;
        this.tasks = tasks;
        campaigns.setAll(campaignChoices);
        campaign.set(current);
        for (ObservableValue<?> filter : List.of(campaign, category, hardshipType, fileStatus, text,
                onlyNotVisited)) {
            filter.addListener((o, a, b) -> reloadCandidates());
        }
        lines.addListener((ListChangeListener<BatchVisits.Line>) c -> updateTotals());
        visitedOn.valueProperty().addListener((o, a, b) -> checkPeriod());
        DateInput.reportTo(error, visitedOn);
        campaign.addListener((o, a, b) -> checkPeriod());
        updateTotals();
        checkPeriod();
    }

    public void reloadCandidates() {
        long mine = ++generation;
        RecipientQuery q = new RecipientQuery(text.get(), category.get(), hardshipType.get(), fileStatus.get(), null,
                false, RecipientQuery.NO_LIMIT);
        Long campaignId = campaign.get() == null ? null : campaign.get().id();
        boolean notVisited = onlyNotVisited.get();
        tasks.submit("batch-candidates", p -> {
            List<RecipientSummary> found = recipients.search(q);
            if (!notVisited || campaignId == null) {
                return found;
            }
            Set<Long> visited = visits.visitedRecipients(campaignId);
            return found.stream().filter(r -> !visited.contains(r.id())).toList();
        }, found -> {
            if (mine == generation) {
                candidates.setAll(found);
            }
        }, e -> error.set(e.getMessage()));
    }

    /** One line per chosen recipient, with the campaign's standard amount. */
    public void preview(List<RecipientSummary> chosen) {
        BatchVisits.Common common = commonOrRefuse();
        if (common == null) {
            return;
        }
        List<Long> ids = chosen.stream().map(RecipientSummary::id).toList();
        tasks.submit("batch-preview", p -> visits.preview(common, ids), result -> {
            // the flagged lines first: the clerk sees at once what needs a decision (the order is otherwise kept)
            lines.setAll(result.stream().sorted(java.util.Comparator.comparing(l -> l.problem() == null)).toList());
            error.set("");
        }, e -> error.set(e.getMessage()));
    }

    /** Changes one line's amounts as typed; a bad amount is refused with the reason and the line kept. */
    public boolean edit(int index, String cash, String goods, String goodsValue) {
        try {
            BatchVisits.Line l = lines.get(index);
            lines.set(index, l.withAmounts(Money.parseOrZero(Texts.get("field.cash"), cash),
                    goods == null || goods.isBlank() ? null : goods,
                    Money.parseOrZero(Texts.get("field.goodsValue"), goodsValue)));
            error.set("");
            return true;
        } catch (InvalidValueException e) {
            error.set(Texts.get("batch.lineRefused", index + 1, lines.get(index).name(), e.getMessage()));
            return false;
        }
    }

    public void remove(List<BatchVisits.Line> toRemove) {
        lines.removeAll(toRemove);
    }

    /** 移除标记行: drops every flagged line, the good ones stay. */
    public void removeFlagged() {
        lines.removeIf(l -> l.problem() != null);
    }

    /**
     * Saves the good lines, and the flagged ones too when a reason is given; what was refused stays in the
     * preview with why. Says "已保存 N 条，慰问金合计 X 元".
     */
    public void commit(Runnable onDone) {
        BatchVisits.Common common = commonOrRefuse();
        if (common == null) {
            return;
        }
        List<BatchVisits.Line> all = List.copyOf(lines);
        String reason = duplicateReason.get();
        savedText.set("");
        tasks.submit("batch-commit", p -> visits.commitGood(common, all, reason), saved -> {
            error.set("");
            warning.set(String.join("；", saved.warnings()));
            lines.setAll(saved.refused());
            if (saved.refused().isEmpty()) {
                duplicateReason.set("");
            }
            savedText.set(Texts.get("batch.saved", saved.saved().size(),
                    saved.cash().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                    + (saved.refused().isEmpty() ? "" : Texts.get("batch.notSaved", saved.refused().size())));
            reloadCandidates();
            onDone.run();
        }, e -> error.set(e.getMessage()));
    }

    /** {@link #common()}, or null with the refusal (naming the field) in the error line. */
    private BatchVisits.Common commonOrRefuse() {
        try {
            return common();
        } catch (InvalidValueException e) {
            error.set(e.getMessage());
            return null;
        }
    }

    /** What every line shares; refused (naming the field) while the date is not readable. */
    BatchVisits.Common common() {
        return new BatchVisits.Common(campaign.get() == null ? null : campaign.get().id(), visitedOn.checked(), form.get(),
                visitors.get(), fundSource.get(), assistanceKind.get(), signed.get(), null);
    }

    private void updateTotals() {
        BatchVisits.Totals t = BatchVisits.Totals.of(lines);
        long problems = lines.stream().filter(l -> l.problem() != null).count();
        flagged.set((int) problems);
        totalsText.set(Texts.get("batch.totals", t.count(), t.cash().toPlainString(), t.goodsValue().toPlainString(),
                t.total().toPlainString()));
        flaggedText.set(problems == 0 ? "" : Texts.get("batch.problems", problems));
    }

    private void checkPeriod() {
        Campaign c = campaign.get();
        LocalDate d = visitedOn.get();
        warning.set(c == null || d == null || c.covers(d) ? ""
                : Texts.get("visit.outsidePeriod", d.toString(), c.name(), c.period()));
    }

    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText;
    }

    /** How many lines are flagged (refused as they are). */
    public javafx.beans.property.ReadOnlyIntegerProperty flaggedProperty() {
        return flagged;
    }

    /** "N 行已标记…" while lines are flagged; empty otherwise. */
    public ReadOnlyStringProperty flaggedTextProperty() {
        return flaggedText;
    }

    /** "已保存 N 条，慰问金合计 X 元" after a save; empty before. */
    public ReadOnlyStringProperty savedTextProperty() {
        return savedText;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning;
    }
}
