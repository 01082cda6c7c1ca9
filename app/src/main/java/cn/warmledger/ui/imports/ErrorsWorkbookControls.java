package cn.warmledger.ui.imports;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;

/**
 * The import wizard's controls for the errors workbook (the refused and noted rows as .xlsx), shown on the check
 * page and again on the result page: 保存错误报告 with the save dialog, and the line saying where it went.
 */
final class ErrorsWorkbookControls {
    private final ImportWizardViewModel vm;
    private final Dialogs dialogs;

    ErrorsWorkbookControls(ImportWizardViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    /** 保存错误报告: off while work runs and while no row was refused or noted. */
    Button saveButton(String id) {
        Button save = Dialogs.id(new Button(Texts.get("import.wizard.saveErrors")), id);
        save.disableProperty().bind(vm.busyProperty().or(vm.checked().rejectedCountProperty().isEqualTo(0)
                .and(vm.checked().warningCountProperty().isEqualTo(0))));
        save.setOnAction(e -> dialogs.chooseFileToSave(Texts.get("import.wizard.saveErrors"),
                        Texts.get("import.wizard.errorsFileName"),
                        new FileChooser.ExtensionFilter("Excel", "*.xlsx"))
                .map(File::toPath).ifPresent(vm::saveErrors));
        return save;
    }

    /** Says where the errors workbook went, with 打开文件夹 (the one folder opener, as 报表 uses). */
    Node savedLine(String id) {
        Label saved = Dialogs.id(new Label(), id);
        saved.setWrapText(true);
        saved.setMinHeight(Region.USE_PREF_SIZE);
        saved.textProperty().bind(Bindings.createStringBinding(() -> vm.savedErrorsProperty().get() == null ? ""
                : Texts.get("import.wizard.errorsSaved", vm.savedErrorsProperty().get().toString()),
                vm.savedErrorsProperty()));
        Button folder = Dialogs.id(new Button(Texts.get("reports.openFolder")), id + "Folder");
        folder.setOnAction(e -> dialogs.openFolder(vm.savedErrorsProperty().get().toAbsolutePath().getParent()));
        folder.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, saved, folder);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(vm.savedErrorsProperty().isNotNull());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
