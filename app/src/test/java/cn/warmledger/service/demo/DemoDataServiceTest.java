package cn.warmledger.service.demo;

import cn.warmledger.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.HardshipStandard;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.recipients.RecipientDetails;

class DemoDataServiceTest {
    @TempDir
    Path dir;

    @Test
    void theDemoFolderIsBesideTheDataFolderAndFilledWithValidRecipientsWhileRealDataStaysUntouched() {
        Path real = dir.resolve("warmledger");
        try (AppContext app = TestDatabases.openApp(new AppPaths(real));
             AppContext demo = new DemoDataService(app.paths()).open()) {
            assertThat(demo.paths().dataDir()).isEqualTo(dir.resolve("warmledger-demo"));
            assertThat(demo.setup().isSetUp()).isTrue();
            assertThat(demo.setup().self().orElseThrow().name()).contains("演示");
            assertThat(demo.setup().minimumLivingStandard()).contains(new BigDecimal("650.00"));

            List<RecipientSummary> rows = demo.recipients().search(RecipientQuery.all());
            assertThat(rows).hasSize(new DemoDataService(app.paths()).recipientCount()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(rows).allSatisfy(r -> assertThat(IdNumber.problemWith(r.idNumber())).isEmpty());
            assertThat(rows).extracting(RecipientSummary::idNumber).doesNotHaveDuplicates();
            assertThat(rows).extracting(RecipientSummary::category).contains(RecipientCategory.HARDSHIP_WORKER,
                    RecipientCategory.MODEL_WORKER, RecipientCategory.MEDICAL_FRONTLINE,
                    RecipientCategory.MIGRANT_WORKER, RecipientCategory.OUTDOOR_OR_GIG_WORKER);
            assertThat(rows).extracting(RecipientSummary::organizationName)
                    .containsOnly(demo.setup().self().orElseThrow().name());
            assertThat(rows).extracting(RecipientSummary::hardshipType)
                    .contains(HardshipType.DEEP, HardshipType.RELATIVE, HardshipType.ACCIDENT);

            // a campaign with funds and six visits at the standard amounts, the rest left to record
            var campaign = demo.campaigns().list().get(0);
            assertThat(campaign.name()).contains("送温暖").contains("演示");
            assertThat(demo.campaigns().funds(campaign.id())).extracting(f -> f.amount())
                    .containsExactlyInAnyOrder(new BigDecimal("20000.00"), new BigDecimal("15000.00"),
                            new BigDecimal("5000.00"));
            var visits = demo.visits().search(cn.warmledger.domain.VisitQuery.ofCampaign(campaign.id()));
            assertThat(visits).hasSize(6);
            assertThat(demo.visits().visitedRecipients(campaign.id())).hasSize(6);

            // real data: not set up, nothing registered, no demo rows leaked into it
            assertThat(app.setup().isSetUp()).isFalse();
            assertThat(app.recipients().count()).isZero();
        }
    }

    @Test
    void everyDemoHouseholdHasFamilyAndFiguresThatMatchItsTypeUnderTheDemoStandard() {
        try (AppContext app = TestDatabases.openApp(new AppPaths(dir.resolve("data")));
             AppContext demo = new DemoDataService(app.paths()).open()) {
            BigDecimal standard = demo.setup().minimumLivingStandard().orElseThrow();
            List<RecipientSummary> hardship = demo.recipients().search(RecipientQuery.all()).stream()
                    .filter(r -> r.category() == RecipientCategory.HARDSHIP_WORKER).toList();
            assertThat(hardship).hasSizeGreaterThanOrEqualTo(4);
            for (RecipientSummary r : hardship) {
                RecipientDetails d = demo.recipients().details(r.id()).orElseThrow();
                HardshipFile f = d.hardshipFile().orElseThrow();
                assertThat(d.family()).as(r.name()).isNotEmpty();
                assertThat(d.statusHistory()).as(r.name()).hasSize(1);
                assertThat(f.bankAccount().accountNumber()).isNotBlank();
                Optional<HardshipType> suggested = HardshipStandard.suggest(f.income().monthlyIncomePerCapita(), standard);
                if (f.hardshipType() != HardshipType.ACCIDENT) {
                    assertThat(suggested).as(r.name()).contains(f.hardshipType());
                }
            }
        }
    }

    @Test
    void openingAgainKeepsWhatTheNewcomerChangedInsteadOfRefilling() {
        try (AppContext app = TestDatabases.openApp(new AppPaths(dir.resolve("data")))) {
            long first;
            try (AppContext demo = new DemoDataService(app.paths()).open()) {
                first = demo.recipients().search(RecipientQuery.all()).get(0).id();
                demo.recipients().delete(first, TestApp.version(demo.recipients(), first));
            }
            try (AppContext demo = new DemoDataService(app.paths()).open()) {
                assertThat(demo.recipients().count()).isEqualTo(new DemoDataService(app.paths()).recipientCount() - 1);
                assertThat(demo.recipients().search(RecipientQuery.recycleBin()))
                        .extracting(RecipientSummary::id).containsExactly(first);
            }
        }
    }

    @Test
    void withCheckCharCompletesA17DigitBodyAsGb11643Says() {
        assertThat(IdNumber.withCheckChar("11010519491231002").value()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.withCheckChar("34010219800101123").value()).isEqualTo("340102198001011231");
    }
}
