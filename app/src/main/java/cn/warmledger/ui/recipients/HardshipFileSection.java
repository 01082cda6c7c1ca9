package cn.warmledger.ui.recipients;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipCause;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.StatusChange;
import cn.warmledger.domain.WorkStatus;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.Texts;

import java.util.List;


/** The 困难职工档案 part of the recipient form. */
final class HardshipFileSection {
    private HardshipFileSection() {
    }

    static Node build(HardshipFileFields f, List<StatusChange> history) {
        var phasingOut = Fields.date("phasingOutUntil", f.phasingOutUntil);
        phasingOut.disableProperty().bind(f.status.isNotEqualTo(FileStatus.PHASING_OUT));
        Label perCapita = Dialogs.id(new Label(), "perCapita");
        perCapita.textProperty().bind(f.perCapitaTextProperty());
        Label suggestion = Dialogs.id(new Label(), "typeSuggestion");
        suggestion.getStyleClass().add("hint-text");
        suggestion.textProperty().bind(f.suggestionTextProperty());
        CheckBox singleParent = new CheckBox(Texts.get("file.singleParent"));
        singleParent.selectedProperty().bindBidirectional(f.singleParent);
        CheckBox zeroEmployment = new CheckBox(Texts.get("file.zeroEmployment"));
        zeroEmployment.selectedProperty().bindBidirectional(f.zeroEmployment);

        FormGrid grid = new FormGrid()
                .section(Texts.get("file.section"))
                .required(Texts.get("field.hardshipType"), Fields.choice("hardshipType", HardshipType.values(), f.hardshipType, null))
                .required(Texts.get("field.fileStatus"), Fields.choice("fileStatus", FileStatus.values(), f.status, null))
                .field(Texts.get("file.phasingOutUntil"), phasingOut)
                .field(Texts.get("file.statusReason"), Fields.text("statusReason", f.statusReason))
                .field(Texts.get("file.fileNumber"), Fields.text("fileNumber", f.fileNumber))
                .field(Texts.get("file.mainCause"), Fields.choice("mainCause", HardshipCause.values(), f.mainCause, ""))
                .field(Texts.get("file.secondaryCause", 1), Fields.choice("secondaryCause1", HardshipCause.values(), f.secondaryCause1, ""))
                .field(Texts.get("file.secondaryCause", 2), Fields.choice("secondaryCause2", HardshipCause.values(), f.secondaryCause2, ""))
                .field(Texts.get("file.secondaryCause", 3), Fields.choice("secondaryCause3", HardshipCause.values(), f.secondaryCause3, ""))
                .section(Texts.get("file.incomeSection"))
                .field(Texts.get("field.ownMonthlyIncome"), Fields.text("ownMonthlyIncome", f.ownMonthlyIncome))
                .field(Texts.get("field.householdAnnualIncome"), Fields.text("householdAnnualIncome", f.householdAnnualIncome))
                .field(Texts.get("field.rigidExpenditure"), Fields.text("rigidExpenditure", f.rigidExpenditure))
                .field(Texts.get("field.householdSize"), Fields.text("householdSize", f.householdSize))
                .wide("", new VBox(2, perCapita, suggestion))
                .section(Texts.get("file.profileSection"))
                .field(Texts.get("file.ethnicity"), Fields.text("ethnicity", f.ethnicity))
                .field(Texts.get("file.politicalStatus"), Fields.text("politicalStatus", f.politicalStatus))
                .field(Texts.get("file.health"), Fields.text("health", f.health))
                .field(Texts.get("file.disability"), Fields.text("disability", f.disability))
                .field(Texts.get("file.workStatus"), Fields.choice("workStatus", WorkStatus.values(), f.workStatus, ""))
                .field(Texts.get("file.modelWorkerType"), Fields.text("modelWorkerType", f.modelWorkerType))
                .field(Texts.get("file.housingType"), Fields.text("housingType", f.housingType))
                .field(Texts.get("field.housingArea"), Fields.text("housingArea", f.housingArea))
                .field(Texts.get("file.maritalStatus"), Fields.text("maritalStatus", f.maritalStatus))
                .field(Texts.get("file.hukouType"), Fields.text("hukouType", f.hukouType))
                .field(Texts.get("file.medicalInsurance"), Fields.text("medicalInsurance", f.medicalInsurance))
                .field("", new HBox(12, singleParent, zeroEmployment))
                .section(Texts.get("file.supportSection"))
                .field(Texts.get("file.bankName"), Fields.text("bankName", f.bankName))
                .field(Texts.get("file.bankAccount"), Fields.text("bankAccount", f.bankAccount))
                .field(Texts.get("file.pairedCadre"), Fields.text("pairedCadre", f.pairedCadre))
                .field(Texts.get("file.pairedCadrePhone"), Fields.text("pairedCadrePhone", f.pairedCadrePhone))
                .field(Texts.get("file.filedBy"), Fields.text("filedBy", f.filedBy))
                .field(Texts.get("file.reviewedBy"), Fields.text("reviewedBy", f.reviewedBy))
                .field(Texts.get("file.filedOn"), Fields.date("filedOn", f.filedOn));
        VBox box = new VBox(6, grid.build());
        if (!history.isEmpty()) {
            ListView<String> list = Dialogs.id(new ListView<>(), "statusHistory");
            list.setPrefHeight(Math.min(5, history.size()) * 26 + 4);
            history.forEach(h -> list.getItems().add(Texts.get("file.historyEntry", h.changedOn().toString(),
                    Texts.label(h.status()), Texts.label(h.hardshipType()), h.reason() == null ? "" : h.reason(),
                    h.recordedBy() == null ? "" : h.recordedBy())));
            box.getChildren().addAll(new Label(Texts.get("file.history")), list);
        }
        return box;
    }
}
