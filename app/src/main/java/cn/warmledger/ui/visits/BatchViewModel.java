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
 * the count and total, commit all in one transaction. Nothing is written if any line is refused.
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
            lines.setAll(result);
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

    public void commit(Runnable onDone) {
        BatchVisits.Common common = commonOrRefuse();
        if (common == null) {
            return;
        }
        List<BatchVisits.Line> all = List.copyOf(lines);
        tasks.submit("batch-commit", p -> visits.commit(common, all), warnings -> {
            error.set("");
            warning.set(String.join("；", warnings));
            lines.clear();
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
        totalsText.set(Texts.get("batch.totals", t.count(), t.cash().toPlainString(), t.goodsValue().toPlainString(),
                t.total().toPlainString()) + (problems == 0 ? "" : Texts.get("batch.problems", problems)));
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

    public StringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning;
    }
}
