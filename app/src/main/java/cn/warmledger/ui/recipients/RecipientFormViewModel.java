package cn.warmledger.ui.recipients;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.Gender;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.PhoneNumber;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.service.RecipientDetails;
import cn.warmledger.service.RecipientDraft;
import cn.warmledger.service.RecipientService;
import cn.warmledger.ui.common.Texts;

/**
 * The add / edit form of a recipient. Checks run as the clerk types (each field's problem is a
 * property the view shows); {@link #save()} hands everything to the service in one transaction.
 */
public final class RecipientFormViewModel {
    private final RecipientService service;
    private Long id;

    final StringProperty idNumber = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty employer = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final ObjectProperty<RecipientCategory> category = new SimpleObjectProperty<>(RecipientCategory.HARDSHIP_WORKER);
    final ObjectProperty<Organization> unit = new SimpleObjectProperty<>();
    final StringProperty note = new SimpleStringProperty("");
    final ObservableList<Organization> units = FXCollections.observableArrayList();
    final ObservableList<FamilyMemberRow> family = FXCollections.observableArrayList();
    final HardshipFileFields file;

    private final StringProperty idNumberProblem = new SimpleStringProperty();
    private final StringProperty genderProblem = new SimpleStringProperty();
    private final StringProperty birthDateProblem = new SimpleStringProperty();
    private final StringProperty phoneProblem = new SimpleStringProperty();
    private final StringProperty nameProblem = new SimpleStringProperty();
    private final StringProperty derivedText = new SimpleStringProperty("");
    private final StringProperty saveError = new SimpleStringProperty();
    private final BooleanBinding hardshipWorker;

    public RecipientFormViewModel(RecipientService service, Optional<java.math.BigDecimal> minimumLivingStandard) {
        this.service = service;
        this.file = new HardshipFileFields(minimumLivingStandard);
        this.hardshipWorker = Bindings.createBooleanBinding(() -> category.get() == RecipientCategory.HARDSHIP_WORKER,
                category);
        idNumber.addListener((o, a, b) -> checkIdNumber());
        gender.addListener((o, a, b) -> checkIdNumber());
        birthDate.addListener((o, a, b) -> checkIdNumber());
        phone.addListener((o, a, b) -> phoneProblem.set(problemOfPhone(b)));
        name.addListener((o, a, b) -> nameProblem.set(b == null || b.isBlank() ? Texts.get("error.required") : null));
    }

    /** The reason a typed 身份证号 is refused, or null; used by the field's validation decoration. */
    public static String problemOfIdNumber(String text) {
        return IdNumber.problemWith(text).orElse(null);
    }

    public static String problemOfPhone(String text) {
        try {
            PhoneNumber.parse(text);
            return null;
        } catch (InvalidValueException e) {
            return e.reason();
        }
    }

    /** Derives gender and birth date from a valid number: fills them when empty, flags them when they differ. */
    private void checkIdNumber() {
        String text = idNumber.get();
        if (text == null || text.isBlank()) {
            idNumberProblem.set(Texts.get("error.required"));
            derivedText.set("");
            genderProblem.set(null);
            birthDateProblem.set(null);
            return;
        }
        IdNumber parsed;
        try {
            parsed = IdNumber.parse(text);
        } catch (InvalidValueException e) {
            idNumberProblem.set(e.reason());
            derivedText.set("");
            genderProblem.set(null);
            birthDateProblem.set(null);
            return;
        }
        idNumberProblem.set(null);
        derivedText.set(Texts.get("recipient.derived", parsed.gender().label(), parsed.birthDate().toString(),
                parsed.value().length() == 18 && IdNumber.normalize(text).length() == 15
                        ? Texts.get("recipient.converted", parsed.value()) : ""));
        if (gender.get() == null) {
            gender.set(parsed.gender());
        }
        if (birthDate.get() == null) {
            birthDate.set(parsed.birthDate());
        }
        genderProblem.set(gender.get() != parsed.gender()
                ? Texts.get("idNumber.genderMismatch", parsed.gender().label()) : null);
        birthDateProblem.set(!parsed.birthDate().equals(birthDate.get())
                ? Texts.get("idNumber.birthMismatch", parsed.birthDate().toString()) : null);
    }

    public void startNew() {
        id = null;
        idNumber.set("");
        name.set("");
        gender.set(null);
        birthDate.set(null);
        phone.set("");
        employer.set("");
        address.set("");
        note.set("");
        family.clear();
        saveError.set(null);
        checkIdNumber();
        nameProblem.set(Texts.get("error.required"));
    }

    public void load(RecipientDetails details) {
        Recipient r = details.recipient();
        id = r.id();
        gender.set(r.gender());
        birthDate.set(r.birthDate());
        idNumber.set(r.idNumber());
        name.set(r.name());
        phone.set(r.phone());
        employer.set(r.employer());
        address.set(r.address());
        category.set(r.category());
        unit.set(units.stream().filter(u -> u.id().equals(r.organizationId())).findFirst().orElse(null));
        note.set(r.note());
        details.hardshipFile().ifPresent(file::load);
        family.setAll(details.family().stream().map(FamilyMemberRow::of).toList());
        saveError.set(null);
    }

    public boolean isNew() {
        return id == null;
    }

    /** Saves; on refusal the reason (naming the field) is in {@link #saveErrorProperty()} and nothing is written. */
    public Optional<Long> save() {
        try {
            RecipientDraft draft = new RecipientDraft(id, idNumber.get(), name.get(), gender.get(), birthDate.get(),
                    phone.get(), employer.get(), address.get(), category.get(),
                    unit.get() == null ? null : unit.get().id(), note.get(),
                    hardshipWorker.get() ? file.toDomain() : null,
                    hardshipWorker.get() ? family.stream().map(FamilyMemberRow::toDomain).toList() : null,
                    file.statusReason.get());
            long saved = service.save(draft);
            id = saved;
            saveError.set(null);
            return Optional.of(saved);
        } catch (InvalidValueException e) {
            saveError.set(e.getMessage());
            return Optional.empty();
        }
    }

    public BooleanBinding hardshipWorkerProperty() {
        return hardshipWorker;
    }

    public ReadOnlyStringProperty idNumberProblemProperty() {
        return idNumberProblem;
    }

    public ReadOnlyStringProperty genderProblemProperty() {
        return genderProblem;
    }

    public ReadOnlyStringProperty birthDateProblemProperty() {
        return birthDateProblem;
    }

    public ReadOnlyStringProperty phoneProblemProperty() {
        return phoneProblem;
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem;
    }

    public ReadOnlyStringProperty derivedTextProperty() {
        return derivedText;
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError;
    }
}
