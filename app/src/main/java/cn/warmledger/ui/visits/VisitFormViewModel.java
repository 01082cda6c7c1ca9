package cn.warmledger.ui.visits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.Visit;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.visits.DuplicateVisitException;
import cn.warmledger.service.recipients.RecipientService;
import cn.warmledger.service.visits.VisitDraft;
import cn.warmledger.service.visits.VisitSaved;
import cn.warmledger.service.visits.VisitService;
import cn.warmledger.ui.common.DateInput;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * The visit form: find the recipient by name or 身份证号, the 慰问金 pre-filled from the campaign's standard
 * (unless the clerk typed another amount), a warning when the date is outside the period. A new visit
 * saved leaves the form ready for the next one with campaign, date, form and visitors kept.
 */
public final class VisitFormViewModel {
    private static final int MATCH_LIMIT = 20;
    private final VisitService visits;
    private final RecipientService recipients;
    private final TaskRunner tasks;
    private Long id;
    /** The visit's row version as loaded: a save over someone else's change meanwhile is refused. */
    private int version;
    private long generation;
    private String lastPrefill = "";

    final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    final StringProperty recipientSearch = new SimpleStringProperty("");
    final ObservableList<RecipientSummary> matches = FXCollections.observableArrayList();
    final ObjectProperty<RecipientSummary> recipient = new SimpleObjectProperty<>();
    final DateInput visitedOn = new DateInput(Texts.get("field.visitedOn"), true, LocalDate.now());
    final ObjectProperty<VisitForm> form = new SimpleObjectProperty<>(VisitForm.HOME_VISIT);
    final StringProperty visitors = new SimpleStringProperty("");
    final StringProperty cash = new SimpleStringProperty("");
    final StringProperty goods = new SimpleStringProperty("");
    final StringProperty goodsValue = new SimpleStringProperty("");
    final ObjectProperty<FundSource> fundSource = new SimpleObjectProperty<>();
    final ObjectProperty<AssistanceKind> assistanceKind = new SimpleObjectProperty<>(AssistanceKind.WARMTH);
    final BooleanProperty signed = new SimpleBooleanProperty(false);
    final StringProperty note = new SimpleStringProperty("");
    final ObservableList<String> knownVisitors = FXCollections.observableArrayList();

    private final StringProperty standardText = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public VisitFormViewModel(VisitService visits, RecipientService recipients, TaskRunner tasks,
                              List<Campaign> campaignChoices, Campaign current) {
        this.visits = visits;
        this.recipients = recipients;
        this.tasks = tasks;
        campaigns.setAll(campaignChoices);
        campaign.set(current);
        recipientSearch.addListener((o, a, b) -> searchRecipients(b));
        recipient.addListener((o, a, b) -> prefill());
        campaign.addListener((o, a, b) -> {
            prefill();
            checkPeriod();
        });
        visitedOn.valueProperty().addListener((o, a, b) -> checkPeriod());
        DateInput.reportTo(error, visitedOn);
        tasks.submit("known-visitors", p -> visits.knownVisitors(), knownVisitors::setAll, e -> { });
        checkPeriod();
    }

    /** Starts with a recipient chosen (from the register's row). */
    public void startFor(RecipientSummary chosen) {
        matches.setAll(chosen);
        recipient.set(chosen);
    }

    /** Loads a visit for editing. */
    public void load(Visit v, RecipientSummary who) {
        id = v.id();
        version = v.version();
        matches.setAll(who);
        recipient.set(who);
        campaign.set(campaigns.stream().filter(c -> c.id().equals(v.campaignId())).findFirst().orElse(null));
        visitedOn.set(v.visitedOn());
        form.set(v.form());
        visitors.set(v.visitors());
        cash.set(v.cash().toPlainString());
        lastPrefill = "";
        goods.set(v.goods());
        goodsValue.set(v.goodsValue().signum() == 0 ? "" : v.goodsValue().toPlainString());
        fundSource.set(v.fundSource());
        assistanceKind.set(v.assistanceKind());
        signed.set(v.signed());
        note.set(v.note());
    }

    public boolean isNew() {
        return id == null;
    }

    /** Clears what belongs to one recipient; keeps campaign, date, form, visitors, source and kind. */
    public void startNext() {
        id = null;
        version = 0;
        recipientSearch.set("");
        matches.clear();
        recipient.set(null);
        cash.set("");
        lastPrefill = "";
        goods.set("");
        goodsValue.set("");
        signed.set(false);
        note.set("");
        error.set("");
    }

    private void searchRecipients(String text) {
        long mine = ++generation;
        if (text == null || text.isBlank()) {
            return;
        }
        // a household is found by any digits of its number here (the birth date, as clerks type it)
        RecipientQuery q = new RecipientQuery(text, null, null, null, null, false, MATCH_LIMIT).matchingNumbersAnywhere();
        tasks.submit("visit-recipient-search", p -> recipients.search(q), found -> {
            if (mine != generation) {
                return;
            }
            matches.setAll(found);
            recipient.set(found.isEmpty() ? null : found.get(0));
        }, e -> error.set(Texts.get("recipients.loadFailed")));
    }

    private void prefill() {
        RecipientSummary r = recipient.get();
        if (r == null) {
            standardText.set("");
            return;
        }
        Long campaignId = campaign.get() == null ? null : campaign.get().id();
        tasks.submit("visit-defaults", p -> visits.defaults(r.id(), campaignId), d -> {
            if (recipient.get() == null || recipient.get().id() != d.recipientId()) {
                return;
            }
            String amount = d.standardAmount().map(a -> Money.yuan(a).toPlainString()).orElse("");
            standardText.set(d.standardAmount().map(a -> Texts.get("visit.standard", Money.yuan(a).toPlainString()))
                    .orElse(campaignId == null ? "" : Texts.get("visit.noStandard")));
            if (isNew() && (cash.get() == null || cash.get().isBlank() || cash.get().equals(lastPrefill))) {
                cash.set(amount);
                lastPrefill = amount;
            }
        }, e -> error.set(e.getMessage()));
    }

    private void checkPeriod() {
        Campaign c = campaign.get();
        LocalDate d = visitedOn.get();
        warning.set(c == null || d == null || c.covers(d) ? ""
                : Texts.get("visit.outsidePeriod", d.toString(), c.name(), c.period()));
    }

    /**
     * Saves off the FX thread. A second visit of the same kind comes back to {@code onDuplicate}, which
     * may call again with a reason; other refusals land in {@link #errorProperty()}.
     */
    public void save(String duplicateReason, Consumer<VisitSaved> onSaved,
                     Consumer<DuplicateVisitException> onDuplicate) {
        VisitDraft draft;
        try {
            draft = draft(duplicateReason);
        } catch (InvalidValueException e) {
            error.set(e.getMessage());
            return;
        }
        String name = recipient.get().name();
        tasks.submit("visit-save", p -> visits.save(draft), saved -> {
            error.set("");
            status.set(Texts.get("visit.saved", name, draft.cash().toPlainString())
                    + (saved.warnings().isEmpty() ? "" : "（" + String.join("；", saved.warnings()) + "）"));
            onSaved.accept(saved);
        }, e -> {
            if (e instanceof DuplicateVisitException dup) {
                onDuplicate.accept(dup);
            } else {
                error.set(e.getMessage());
            }
        });
    }

    VisitDraft draft(String duplicateReason) {
        RecipientSummary r = recipient.get();
        if (r == null) {
            throw new InvalidValueException(Texts.get("field.recipient"), Texts.get("error.required"));
        }
        BigDecimal cashValue = Money.parseOrZero(Texts.get("field.cash"), cash.get());
        BigDecimal goodsMoney = Money.parseOrZero(Texts.get("field.goodsValue"), goodsValue.get());
        LocalDate day = visitedOn.checked();
        return new VisitDraft(id, r.id(), campaign.get() == null ? null : campaign.get().id(), day,
                form.get(), visitors.get(), cashValue, goods.get(), goodsMoney, fundSource.get(), assistanceKind.get(),
                signed.get(), note.get(), duplicateReason, version);
    }

    public ReadOnlyStringProperty standardTextProperty() {
        return standardText;
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
