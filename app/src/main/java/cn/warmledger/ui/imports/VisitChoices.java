package cn.warmledger.ui.imports;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.Campaign;

/**
 * What the wizard asks only for a roster (慰问花名册): the campaign its visits go to (open ones only), and
 * whether rows the double-payment guard holds are imported after all, with the reason kept on each visit.
 */
public final class VisitChoices {
    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final BooleanProperty importDuplicates = new SimpleBooleanProperty(false);
    private final StringProperty duplicateReason = new SimpleStringProperty("");
    private final IntegerProperty duplicateCount = new SimpleIntegerProperty();

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public BooleanProperty importDuplicatesProperty() {
        return importDuplicates;
    }

    public StringProperty duplicateReasonProperty() {
        return duplicateReason;
    }

    /** Rows the guard held at the last check (already visited in the campaign, or twice in the file). */
    public IntegerProperty duplicateCountProperty() {
        return duplicateCount;
    }

    /** The reason to import held rows with, or null when they stay out. */
    String reasonOrNull() {
        return importDuplicates.get() ? duplicateReason.get().strip() : null;
    }
}
