package cn.warmledger.ui.recipients;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import cn.warmledger.service.recipients.RecipientDetails;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.recipients.RecipientService;
import cn.warmledger.ui.common.DateInput;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * The add / edit form of a recipient. Checks run as the clerk types (each field's problem is a
 * property the view shows); {@link #save} hands everything to the service in one transaction, off the FX thread.
 */
public final class RecipientFormViewModel {
    private final RecipientService service;
    private final TaskRunner tasks;
    private Long id;
    /** The recipient's row version as loaded: travels with the draft, so a save over another's change is refused. */
    private int version;

    final StringProperty idNumber = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    final DateInput birthDate = new DateInput(Texts.get("col.birthDate"), false, null);
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
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanBinding hardshipWorker;

    public RecipientFormViewModel(RecipientService service, TaskRunner tasks,
                                  Optional<java.math.BigDecimal> minimumLivingStandard) {
        this.service = service;
        this.tasks = tasks;
        this.file = new HardshipFileFields(minimumLivingStandard);
        this.hardshipWorker = Bindings.createBooleanBinding(() -> category.get() == RecipientCategory.HARDSHIP_WORKER,
                category);
        idNumber.addListener((o, a, b) -> checkIdNumber());
        gender.addListener((o, a, b) -> checkIdNumber());
        birthDate.valueProperty().addListener((o, a, b) -> checkIdNumber());
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
        if (birthDate.textProperty().get().isBlank()) {
            birthDate.set(parsed.birthDate());
        }
        genderProblem.set(gender.get() != parsed.gender()
                ? Texts.get("idNumber.genderMismatch", parsed.gender().label()) : null);
        birthDateProblem.set(!parsed.birthDate().equals(birthDate.get())
                ? Texts.get("idNumber.birthMismatch", parsed.birthDate().toString()) : null);
    }

    public void startNew() {
        id = null;
        version = 0;
        file.forgetVersion();
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
        version = r.version();
        file.forgetVersion();
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

    /**
     * Saves off the FX thread, then calls {@code onSaved} with the id; on refusal the reason (naming the field)
     * is in {@link #saveErrorProperty()} and nothing is written. A second save while one runs is ignored.
     */
    public void save(Consumer<Long> onSaved) {
        if (saving.get()) {
            return;
        }
        RecipientDraft draft;
        try {
            draft = new RecipientDraft(id, idNumber.get(), name.get(), gender.get(), birthDate.checked(),
                    phone.get(), employer.get(), address.get(), category.get(),
                    unit.get() == null ? null : unit.get().id(), note.get(),
                    hardshipWorker.get() ? file.toDomain() : null,
                    hardshipWorker.get() ? family.stream().map(FamilyMemberRow::toDomain).toList() : null,
                    file.statusReason.get(), version);
        } catch (InvalidValueException e) {
            saveError.set(e.getMessage());
            return;
        }
        saving.set(true);
        // read back after the save: the versions now stored, so that a second 保存 of this form is not refused
        tasks.submit("recipient-save", p -> service.details(service.save(draft)).orElseThrow(), saved -> {
            saving.set(false);
            id = saved.recipient().id();
            version = saved.recipient().version();
            file.forgetVersion();
            saved.hardshipFile().ifPresent(f -> file.keepVersion(f.version()));
            saveError.set(null);
            onSaved.accept(id);
        }, e -> {
            saving.set(false);
            saveError.set(Texts.problem(e, "recipient.saveFailed"));
        });
    }

    /** True while a save runs: the form's 保存 is disabled. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
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
