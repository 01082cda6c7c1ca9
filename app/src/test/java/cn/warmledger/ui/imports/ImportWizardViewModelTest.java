package cn.warmledger.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.imports.DuplicateChoice;
import cn.warmledger.service.imports.ImportField;
import cn.warmledger.service.imports.ImportFixtures;
import cn.warmledger.service.imports.ImportSheet;
import cn.warmledger.service.imports.RecipientImportServiceTestAccess;
import cn.warmledger.service.imports.RowProblem;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.imports.ImportWizardViewModel.Step;

/** The wizard's flow without a window: work runs inline (TaskRunner.direct()) on a real H2 file. */
class ImportWizardViewModelTest {
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = TestApp.open(dir.resolve("data"));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1975, "孙丽"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void fileSheetHeaderMappingCheckImportAndErrorWorkbook() throws Exception {
        ImportWizardViewModel vm = new ImportWizardViewModel(app.recipientImport(), TaskRunner.direct());
        vm.openFile(ImportFixtures.realSheet(dir));
        assertThat(vm.source().sheets()).containsExactly(new ImportSheet("旧名单", true), new ImportSheet("困难职工", false));
        assertThat(vm.source().sheetProperty().get().name()).isEqualTo("困难职工");
        assertThat(vm.source().headerRowProperty().get()).isEqualTo(4);
        assertThat(vm.source().sourceInfoProperty().get()).contains("困难职工").contains("隐藏的工作表：旧名单");
        assertThat(vm.source().topRows()).hasSize(20);
        assertThat(vm.source().topRows().get(3)).startsWith("序号", "户主姓名");

        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(vm.columns().mappingRows()).extracting(MappingRow::header).startsWith("序号", "户主姓名", "性别");
        assertThat(vm.columns().mappingRows().get(1).fieldProperty().get()).isEqualTo(ImportField.NAME);
        assertThat(vm.columns().mappingRows().get(1).sample()).isEqualTo("韩雷");
        assertThat(vm.columns().unmappedTextProperty().get()).isEqualTo("不导入的列：序号");
        assertThat(vm.columns().missingTextProperty().get()).isEmpty();

        // the clerk points at the wrong header row, then back at the right one
        vm.source().headerRowProperty().set(1);
        assertThat(vm.columns().missingTextProperty().get()).contains("姓名").contains("身份证号");
        vm.source().headerRowProperty().set(4);
        assertThat(vm.columns().missingTextProperty().get()).isEmpty();
        // and takes 序号 as 备注 by mistake, then undoes it
        vm.map(0, ImportField.NOTE);
        assertThat(vm.mapping().field(0)).contains(ImportField.NOTE);
        assertThat(vm.columns().unmappedTextProperty().get()).isEmpty();
        vm.map(0, null);
        assertThat(vm.columns().unmappedTextProperty().get()).isEqualTo("不导入的列：序号");

        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CHECK);
        assertThat(vm.checked().summaryProperty().get())
                .isEqualTo("可新增 6 人，已在台账中 1 人，有错误 5 行（不导入），跳过合计等 2 行、空行 2 行。"
                        + "其中 1 行有提示（如性别已按身份证号导入，见下表）。");
        assertThat(vm.checked().preview()).hasSize(7);
        assertThat(ImportWizardViewModel.idShown(vm.checked().preview().get(0))).isEqualTo("340102********1231");
        assertThat(vm.checked().report()).extracting(RowProblem::rowNumber).containsExactly(10, 11, 12, 13, 13, 16, 17, 19, 20);
        assertThat(vm.checked().report().get(0).column()).isEqualTo("公民身份号码");
        // row 16's 性别 contradicts its number: imported as the number says, and the report says so
        assertThat(vm.checked().report().get(5).column()).isEqualTo("性别");
        assertThat(vm.checked().report().get(5).reason()).isEqualTo("填的是男，身份证号为女，已按身份证号导入");
        assertThat(vm.checked().warningCountProperty().get()).isEqualTo(1);
        assertThat(vm.checked().existingCountProperty().get()).isEqualTo(1);
        assertThat(vm.checked().validCountProperty().get()).isEqualTo(7);

        vm.duplicateChoiceProperty().set(DuplicateChoice.UPDATE);
        boolean[] told = {false};
        vm.runImport(() -> told[0] = true);
        assertThat(told[0]).isTrue();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(vm.resultProperty().get()).isEqualTo("导入 6 人，更新 1 人，跳过 0 人（已在台账中），未导入 5 行（有错误）");
        assertThat(app.recipients().count()).isEqualTo(7);
        assertThat(app.recipients().search(RecipientQuery.all().withText("钱芳")).get(0).gender()).isEqualTo(Gender.FEMALE);
        assertThat(app.recipients().search(RecipientQuery.all().withText("孙丽")).get(0).phone()).isEqualTo("13811112222");

        Path errors = dir.resolve("未导入.xlsx");
        vm.saveErrors(errors);
        assertThat(errors).exists();
        assertThat(vm.savedErrorsProperty().get()).isEqualTo(errors);
        assertThat(RecipientImportServiceTestAccess.readNotices(errors))
                .contains(List.of("16", "性别", "填的是男，身份证号为女，已按身份证号导入"));
    }

    @Test
    void aDefaultCategoryLetsAListWithoutOneIn() throws Exception {
        Path file = dir.resolve("劳模.csv");
        Files.writeString(file, "姓名,身份证号\n韩雷," + TestIds.MALE_1980 + "\n");
        ImportWizardViewModel vm = new ImportWizardViewModel(app.recipientImport(), TaskRunner.direct());
        vm.openFile(file);
        vm.next();
        vm.next();
        assertThat(vm.checked().validCountProperty().get()).isZero();
        assertThat(vm.checked().report()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("对象类别"));
        vm.back();
        vm.defaultCategoryProperty().set(RecipientCategory.MODEL_WORKER);
        vm.next();
        assertThat(vm.checked().validCountProperty().get()).isEqualTo(1);
    }

    @Test
    void cancellingTheImportLeavesTheRegisterAsItWas() throws Exception {
        // a runner whose work sees a cancel as soon as it asks
        TaskRunner cancelling = new TaskRunner() {
            @Override
            public <T> Running submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                boolean importing = name.equals("import-run");
                return TaskRunner.direct().submit(name, p -> work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        p.update(done, total);
                    }

                    @Override
                    public void message(String text) {
                        p.message(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return importing;
                    }
                }), onSuccess, onError);
            }
        };
        ImportWizardViewModel vm = new ImportWizardViewModel(app.recipientImport(), cancelling);
        vm.openFile(ImportFixtures.realSheet(dir));
        vm.next();
        vm.next();
        vm.runImport(() -> { });
        assertThat(vm.errorProperty().get()).isEqualTo("导入已取消，台账未作任何改动");
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CHECK);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(app.recipients().count()).isEqualTo(1);
    }

    @Test
    void anUnreadableFileShowsWhy() throws Exception {
        Path file = dir.resolve("坏.xlsx");
        Files.writeString(file, "not a workbook");
        ImportWizardViewModel vm = new ImportWizardViewModel(app.recipientImport(), TaskRunner.direct());
        vm.openFile(file);
        assertThat(vm.errorProperty().get()).contains("无法读取“坏.xlsx”");
        assertThat(vm.canMap()).isFalse();
    }
}
