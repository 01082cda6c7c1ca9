package cn.warmledger.ui.imports;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.service.imports.RowOutcome;
import cn.warmledger.service.imports.RowProblem;

/**
 * The wizard's check page (step 3), filled by the kind's {@link ImportSteps}: what the rows came to before anything
 * is written — the summary, the first rows as they will go in, the report of refused and noted rows, the counts.
 */
public final class CheckResults {
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<RowOutcome> preview = FXCollections.observableArrayList();
    private final ObservableList<RowProblem> report = FXCollections.observableArrayList();
    private final IntegerProperty existingCount = new SimpleIntegerProperty();
    private final IntegerProperty validCount = new SimpleIntegerProperty();
    private final IntegerProperty rejectedCount = new SimpleIntegerProperty();
    private final IntegerProperty warningCount = new SimpleIntegerProperty();

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<RowOutcome> preview() {
        return preview;
    }

    public ObservableList<RowProblem> report() {
        return report;
    }

    public IntegerProperty existingCountProperty() {
        return existingCount;
    }

    public IntegerProperty validCountProperty() {
        return validCount;
    }

    public IntegerProperty rejectedCountProperty() {
        return rejectedCount;
    }

    /** Rows that go in with a warning (性别 taken from the 身份证号 …): listed in the report and the error workbook. */
    public IntegerProperty warningCountProperty() {
        return warningCount;
    }
}
