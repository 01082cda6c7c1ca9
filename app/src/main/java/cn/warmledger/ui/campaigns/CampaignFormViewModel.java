package cn.warmledger.ui.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.CampaignStandard;
import cn.warmledger.domain.CampaignStandards;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.ui.common.DateInput;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * The campaign form: name, kind, period, budget and the 慰问标准 as one amount field per line (困难职工 per
 * 困难类型 and without a type, then each other category); an empty field means no standard.
 */
public final class CampaignFormViewModel {
    /** One line of the standards grid: which category (and type) and the amount as typed. */
    public record StandardField(RecipientCategory category, HardshipType hardshipType, StringProperty amount) {
        public String label() {
            return CampaignStandards.describe(new CampaignStandard(category, hardshipType, null));
        }
    }

    private final CampaignService campaigns;
    private final TaskRunner tasks;
    private Long id;
    /** The campaign's row version as loaded: a save over someone else's change meanwhile is refused. */
    private int version;
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<CampaignKind> kind = new SimpleObjectProperty<>(CampaignKind.WARMTH);
    final DateInput startsOn = new DateInput(Texts.get("field.startsOn"), true, null);
    final DateInput endsOn = new DateInput(Texts.get("field.endsOn"), true, null);
    final StringProperty budget = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final List<StandardField> standards = new ArrayList<>();
    private final StringProperty error = new SimpleStringProperty("");

    public CampaignFormViewModel(CampaignService campaigns, TaskRunner tasks) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        DateInput.reportTo(error, startsOn, endsOn);
        for (HardshipType t : HardshipType.values()) {
            standards.add(new StandardField(RecipientCategory.HARDSHIP_WORKER, t, new SimpleStringProperty("")));
        }
        for (RecipientCategory c : RecipientCategory.values()) {
            standards.add(new StandardField(c, null, new SimpleStringProperty("")));
        }
    }

    public void load(Campaign c, CampaignStandards lines) {
        id = c.id();
        version = c.version();
        name.set(c.name());
        kind.set(c.kind());
        startsOn.set(c.startsOn());
        endsOn.set(c.endsOn());
        budget.set(c.budget() == null ? "" : c.budget().toPlainString());
        note.set(c.note());
        for (StandardField f : standards) {
            lines.lines().stream().filter(l -> l.category() == f.category() && l.hardshipType() == f.hardshipType())
                    .findFirst().ifPresent(l -> f.amount().set(Money.yuan(l.amount()).toPlainString()));
        }
    }

    /** Saves off the FX thread; a refusal (naming the field) lands in {@link #errorProperty()}. */
    public void save(Runnable onSaved) {
        CampaignDraft draft;
        try {
            draft = draft();
        } catch (InvalidValueException e) {
            error.set(e.getMessage());
            return;
        }
        // read back after the save: the version now stored, so that a second 保存 of this form is not refused
        tasks.submit("campaign-save", p -> campaigns.find(campaigns.save(draft)).orElseThrow(), saved -> {
            id = saved.id();
            version = saved.version();
            error.set("");
            onSaved.run();
        }, e -> error.set(e.getMessage()));
    }

    CampaignDraft draft() {
        List<CampaignStandard> lines = new ArrayList<>();
        for (StandardField f : standards) {
            String text = f.amount().get();
            if (text != null && !text.isBlank()) {
                lines.add(new CampaignStandard(f.category(), f.hardshipType(),
                        Money.parse(Texts.get("field.standard") + "（" + f.label() + "）", text)));
            }
        }
        BigDecimal budgetValue = Optional.ofNullable(budget.get()).filter(b -> !b.isBlank())
                .map(b -> Money.parse(Texts.get("field.budget"), b)).orElse(null);
        LocalDate from = startsOn.checked();
        LocalDate to = endsOn.checked();
        return new CampaignDraft(id, name.get(), kind.get(), from, to, budgetValue, note.get(), lines, version);
    }

    public StringProperty errorProperty() {
        return error;
    }
}
