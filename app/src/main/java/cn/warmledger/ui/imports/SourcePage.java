package cn.warmledger.ui.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.service.imports.ImportSheet;
import cn.warmledger.service.imports.LoadedSheet;
import cn.warmledger.ui.common.Texts;

/**
 * The wizard's first page, 选择文件: the file, its sheets (hidden ones named), the first rows and the header row.
 * A new sheet or header row maps the columns again; reading runs through the wizard's task, like every step.
 */
public final class SourcePage {
    private final ImportWizardViewModel wizard;
    private final ImportSteps steps;
    private final ColumnsTable columns;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<ImportSheet> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<ImportSheet> sheet = new SimpleObjectProperty<>();
    private final StringProperty sourceInfo = new SimpleStringProperty("");
    private final ObservableList<List<String>> topRows = FXCollections.observableArrayList();
    private final IntegerProperty headerRow = new SimpleIntegerProperty(0);
    private LoadedSheet loaded;
    /** True while the page sets its own sheet and header row, which must not reload or remap. */
    private boolean applying;

    SourcePage(ImportWizardViewModel wizard, ImportSteps steps, ColumnsTable columns) {
        this.wizard = wizard;
        this.steps = steps;
        this.columns = columns;
        headerRow.addListener((o, before, now) -> {
            if (!applying && loaded != null) {
                remap(now.intValue());
            }
        });
        sheet.addListener((o, before, now) -> {
            if (!applying && now != null && file.get() != null) {
                loadSheet(now.name());
            }
        });
    }

    /** A file was chosen; lists its sheets and reads the first visible one. */
    void openFile(Path path) {
        file.set(path);
        wizard.run("import-open", p -> new Opened(steps.sheets().sheets(path), steps.sheets().load(path, null)),
                opened -> {
                    applying = true;
                    sheets.setAll(opened.sheets());
                    sheet.set(opened.sheets().stream().filter(s -> s.name().equals(opened.sheet().sheetName()))
                            .findFirst().orElse(null));
                    applying = false;
                    apply(opened.sheet());
                });
    }

    private record Opened(List<ImportSheet> sheets, LoadedSheet sheet) {
    }

    private void loadSheet(String name) {
        wizard.run("import-sheet", p -> steps.sheets().load(file.get(), name), this::apply);
    }

    private void apply(LoadedSheet s) {
        loaded = s;
        wizard.plan(null);
        topRows.setAll(s.topRows());
        String hidden = sheets.stream().filter(ImportSheet::hidden).map(ImportSheet::name)
                .collect(Collectors.joining("、"));
        sourceInfo.set(Texts.get("import.wizard.sourceInfo", s.sheetName(), s.rowCount(),
                s.encoding() == null ? "" : Texts.get("import.wizard.encoding", s.encoding()))
                + (hidden.isEmpty() ? "" : Texts.get("import.wizard.hiddenSheets", hidden)));
        applying = true;
        headerRow.set(s.detectedHeaderRow());
        applying = false;
        remap(s.detectedHeaderRow());
    }

    private void remap(int row) {
        columns.show(steps.sheets().guessMapping(loaded, row), loaded.rowTexts(row + 1));
    }

    /** The sheet as read, or null before a file is opened. */
    LoadedSheet loaded() {
        return loaded;
    }

    /** A header row is chosen and there are rows below it. */
    boolean canMap() {
        return loaded != null && loaded.rowCount() > headerRow.get() && headerRow.get() >= 1;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<ImportSheet> sheets() {
        return sheets;
    }

    public ObjectProperty<ImportSheet> sheetProperty() {
        return sheet;
    }

    public StringProperty sourceInfoProperty() {
        return sourceInfo;
    }

    public ObservableList<List<String>> topRows() {
        return topRows;
    }

    public IntegerProperty headerRowProperty() {
        return headerRow;
    }
}
