package cn.warmledger.ui.recipients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipCause;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.HardshipStandard;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.WorkStatus;
import cn.warmledger.domain.Trimmed;
import cn.warmledger.ui.common.DateInput;
import cn.warmledger.ui.common.Texts;

/**
 * The 困难职工档案 part of the recipient form: the fields, the per-capita income worked out from the
 * figures, and the type the standards suggest beside the one chosen.
 */
public final class HardshipFileFields {
    final StringProperty fileNumber = new SimpleStringProperty();
    final ObjectProperty<HardshipType> hardshipType = new SimpleObjectProperty<>();
    final ObjectProperty<FileStatus> status = new SimpleObjectProperty<>(FileStatus.ACTIVE);
    final DateInput phasingOutUntil = new DateInput(Texts.get("file.phasingOutUntil"), false, null);
    final StringProperty statusReason = new SimpleStringProperty();
    final ObjectProperty<HardshipCause> mainCause = new SimpleObjectProperty<>();
    final ObjectProperty<HardshipCause> secondaryCause1 = new SimpleObjectProperty<>();
    final ObjectProperty<HardshipCause> secondaryCause2 = new SimpleObjectProperty<>();
    final ObjectProperty<HardshipCause> secondaryCause3 = new SimpleObjectProperty<>();
    final StringProperty ethnicity = new SimpleStringProperty();
    final StringProperty politicalStatus = new SimpleStringProperty();
    final StringProperty health = new SimpleStringProperty();
    final StringProperty disability = new SimpleStringProperty();
    final ObjectProperty<WorkStatus> workStatus = new SimpleObjectProperty<>();
    final StringProperty modelWorkerType = new SimpleStringProperty();
    final StringProperty housingType = new SimpleStringProperty();
    final StringProperty housingArea = new SimpleStringProperty();
    final StringProperty maritalStatus = new SimpleStringProperty();
    final StringProperty hukouType = new SimpleStringProperty();
    final BooleanProperty singleParent = new SimpleBooleanProperty();
    final BooleanProperty zeroEmployment = new SimpleBooleanProperty();
    final StringProperty medicalInsurance = new SimpleStringProperty();
    final StringProperty ownMonthlyIncome = new SimpleStringProperty();
    final StringProperty householdAnnualIncome = new SimpleStringProperty();
    final StringProperty rigidExpenditure = new SimpleStringProperty();
    final StringProperty householdSize = new SimpleStringProperty();
    final StringProperty bankName = new SimpleStringProperty();
    final StringProperty bankAccount = new SimpleStringProperty();
    final StringProperty pairedCadre = new SimpleStringProperty();
    final StringProperty pairedCadrePhone = new SimpleStringProperty();
    final StringProperty filedBy = new SimpleStringProperty();
    final StringProperty reviewedBy = new SimpleStringProperty();
    final DateInput filedOn = new DateInput(Texts.get("file.filedOn"), false, LocalDate.now());

    private final StringProperty perCapitaText = new SimpleStringProperty("");
    private final StringProperty suggestionText = new SimpleStringProperty("");
    private final Optional<BigDecimal> minimumLivingStandard;

    HardshipFileFields(Optional<BigDecimal> minimumLivingStandard) {
        this.minimumLivingStandard = minimumLivingStandard;
        perCapitaText.bind(Bindings.createStringBinding(() -> perCapita().map(v -> Texts.get("hardship.perCapita", v.toPlainString())).orElse(""),
                householdAnnualIncome, rigidExpenditure, householdSize));
        suggestionText.bind(Bindings.createStringBinding(this::suggestion,
                householdAnnualIncome, rigidExpenditure, householdSize, hardshipType));
    }

    Optional<BigDecimal> perCapita() {
        try {
            return HardshipStandard.perCapitaMonthly(amount(householdAnnualIncome.get(), "field.householdAnnualIncome"),
                    amount(rigidExpenditure.get(), "field.rigidExpenditure"), size());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private String suggestion() {
        if (minimumLivingStandard.isEmpty()) {
            return Texts.get("hardship.noStandard");
        }
        Optional<BigDecimal> pc = perCapita();
        if (pc.isEmpty()) {
            return "";
        }
        Optional<HardshipType> suggested = HardshipStandard.suggest(pc.get(), minimumLivingStandard.get());
        String text = suggested.map(t -> Texts.get("hardship.suggested", t.label(),
                        minimumLivingStandard.get().toPlainString()))
                .orElse(Texts.get("hardship.aboveStandard", minimumLivingStandard.get().toPlainString()));
        if (suggested.isPresent() && hardshipType.get() != null && suggested.get() != hardshipType.get()) {
            text += Texts.get("hardship.differs");
        }
        return text;
    }

    /** The version of the file as loaded (0 for none): the save is refused if it changed meanwhile. */
    private int version;

    /** Forgets the version of a file loaded before (the recipient shown has none). */
    void forgetVersion() {
        version = 0;
    }

    void keepVersion(int stored) {
        version = stored;
    }

    void load(HardshipFile f) {
        version = f.version();
        fileNumber.set(f.fileNumber());
        hardshipType.set(f.hardshipType());
        status.set(f.status());
        phasingOutUntil.set(f.phasingOutUntil());
        mainCause.set(f.mainCause());
        List<HardshipCause> sec = f.secondaryCauses();
        secondaryCause1.set(sec.size() > 0 ? sec.get(0) : null);
        secondaryCause2.set(sec.size() > 1 ? sec.get(1) : null);
        secondaryCause3.set(sec.size() > 2 ? sec.get(2) : null);
        HardshipFile.Profile p = f.profile();
        ethnicity.set(p.ethnicity());
        politicalStatus.set(p.politicalStatus());
        health.set(p.health());
        disability.set(p.disability());
        workStatus.set(p.workStatus());
        modelWorkerType.set(p.modelWorkerType());
        housingType.set(p.housingType());
        housingArea.set(plain(p.housingArea()));
        maritalStatus.set(p.maritalStatus());
        hukouType.set(p.hukouType());
        singleParent.set(p.singleParent());
        zeroEmployment.set(p.zeroEmployment());
        medicalInsurance.set(p.medicalInsurance());
        HardshipFile.Income i = f.income();
        ownMonthlyIncome.set(plain(i.ownMonthlyIncome()));
        householdAnnualIncome.set(plain(i.householdAnnualIncome()));
        rigidExpenditure.set(plain(i.rigidExpenditure()));
        householdSize.set(i.householdSize() == null ? null : String.valueOf(i.householdSize()));
        bankName.set(f.bankAccount().bankName());
        bankAccount.set(f.bankAccount().accountNumber());
        pairedCadre.set(f.pairedCadre());
        pairedCadrePhone.set(f.pairedCadrePhone());
        filedBy.set(f.filedBy());
        reviewedBy.set(f.reviewedBy());
        filedOn.set(f.filedOn());
    }

    /** The file as typed; amounts are parsed here and refused with the field's name. */
    HardshipFile toDomain() {
        List<HardshipCause> secondary = new ArrayList<>();
        for (HardshipCause c : List.of(optional(secondaryCause1.get()), optional(secondaryCause2.get()),
                optional(secondaryCause3.get())).stream().flatMap(Optional::stream).toList()) {
            if (!secondary.contains(c) && c != mainCause.get()) {
                secondary.add(c);
            }
        }
        return new HardshipFile(null, null, Trimmed.orNull(fileNumber.get()), hardshipType.get(), status.get(),
                status.get() == FileStatus.PHASING_OUT ? phasingOutUntil.checked() : null, mainCause.get(), secondary,
                new HardshipFile.Profile(Trimmed.orNull(ethnicity.get()), Trimmed.orNull(politicalStatus.get()),
                        Trimmed.orNull(health.get()), Trimmed.orNull(disability.get()), workStatus.get(),
                        Trimmed.orNull(modelWorkerType.get()), Trimmed.orNull(housingType.get()),
                        amount(housingArea.get(), "field.housingArea"), Trimmed.orNull(maritalStatus.get()),
                        Trimmed.orNull(hukouType.get()), singleParent.get(), zeroEmployment.get(),
                        Trimmed.orNull(medicalInsurance.get())),
                new HardshipFile.Income(amount(ownMonthlyIncome.get(), "field.ownMonthlyIncome"),
                        amount(householdAnnualIncome.get(), "field.householdAnnualIncome"),
                        amount(rigidExpenditure.get(), "field.rigidExpenditure"), size(), perCapita().orElse(null)),
                new HardshipFile.BankAccount(Trimmed.orNull(bankName.get()), Trimmed.orNull(bankAccount.get())),
                Trimmed.orNull(pairedCadre.get()), Trimmed.orNull(pairedCadrePhone.get()),
                Trimmed.orNull(filedBy.get()), Trimmed.orNull(reviewedBy.get()), filedOn.checked(), version);
    }

    private static <T> Optional<T> optional(T t) {
        return Optional.ofNullable(t);
    }

    private Integer size() {
        String s = householdSize.get();
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(s.strip());
            if (n > 0 && n < 100) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below with the field's name
        }
        throw new InvalidValueException(Texts.get("field.householdSize"), Texts.get("hardship.badSize", s));
    }

    private static BigDecimal amount(String text, String fieldKey) {
        return text == null || text.isBlank() ? null : Money.parse(Texts.get(fieldKey), text);
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    public ReadOnlyStringProperty perCapitaTextProperty() {
        return perCapitaText;
    }

    public ReadOnlyStringProperty suggestionTextProperty() {
        return suggestionText;
    }
}
