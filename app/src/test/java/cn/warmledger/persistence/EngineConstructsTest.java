package cn.warmledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.CampaignStatus;
import cn.warmledger.domain.FundRaised;
import cn.warmledger.domain.FundSource;
import cn.warmledger.testing.TestDatabases;

/**
 * Issue 18: the constructs jOOQ renders differently per engine, on the engine of the run (H2 file, or PostgreSQL in
 * the suites' second run): upsert (ON DUPLICATE KEY / ON CONFLICT), insert-or-ignore, MERGE, RETURNING of an
 * identity, DECIMAL(…,2) amounts, BOOLEAN, and a unique violation said in Chinese.
 */
class EngineConstructsTest {
    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theDialectIsTheEngines() {
        assertThat(db.onServer()).isEqualTo(TestDatabases.onPostgres());
        assertThat(db.engine()).isEqualTo(TestDatabases.onPostgres() ? Migrations.POSTGRESQL : Migrations.H2);
        assertThat(db.dsl().dialect().family().name()).isEqualTo(TestDatabases.onPostgres() ? "POSTGRES" : "H2");
    }

    @Test
    void upsertKeepsOneRowWithTheLastValueAndItsSecretFlag() {
        SettingsRepository settings = new SettingsRepository(db);
        settings.put("org.name", "城关镇总工会", false);
        settings.put("org.name", "东关街道总工会", true);
        assertThat(settings.get("org.name")).contains("东关街道总工会");
        assertThat(settings.all().get("org.name").secret()).isTrue();
        assertThat(db.dsl().fetchCount(cn.warmledger.persistence.jooq.Tables.SETTING,
                cn.warmledger.persistence.jooq.Tables.SETTING.SETTING_KEY.eq("org.name"))).isEqualTo(1);
    }

    @Test
    void insertOrIgnoreRemembersAnOperatorOnce() {
        AuditRepository audit = new AuditRepository(db);
        audit.rememberOperator("张干事");
        audit.rememberOperator("张干事");
        assertThat(audit.knownOperators()).containsOnlyOnce("张干事");
    }

    @Test
    void mergeInsertsThenUpdatesTheAlias() {
        CampaignRepository campaigns = new CampaignRepository(db);
        long first = campaigns.insert(new Campaign(null, "2021年元旦春节送温暖", CampaignKind.WARMTH,
                LocalDate.of(2020, 12, 20), LocalDate.of(2021, 2, 26), new BigDecimal("200000.00"),
                CampaignStatus.OPEN, null), "test");
        long second = campaigns.insert(new Campaign(null, "2021年金秋助学", CampaignKind.SCHOOLING,
                LocalDate.of(2021, 8, 1), LocalDate.of(2021, 9, 30), null, CampaignStatus.OPEN, null), "test");
        assertThat(second).isGreaterThan(first);
        ConsolidationRepository consolidation = new ConsolidationRepository(db);
        consolidation.matchCampaign("2021年两节送温暖", first);
        assertThat(consolidation.aliasCampaign("2021年两节送温暖")).contains(first);
        consolidation.matchCampaign("2021年两节送温暖", second);
        assertThat(consolidation.aliasCampaign("2021年两节送温暖")).contains(second);
    }

    @Test
    void amountsComeBackWithTwoDecimalsAndSumExactly() {
        CampaignRepository campaigns = new CampaignRepository(db);
        long c = campaigns.insert(new Campaign(null, "2021年元旦春节送温暖", CampaignKind.WARMTH,
                LocalDate.of(2020, 12, 20), LocalDate.of(2021, 2, 26), null, CampaignStatus.OPEN, null), "test");
        campaigns.addFund(new FundRaised(null, c, FundSource.COUNTY, new BigDecimal("1234.5"), LocalDate.of(2021, 1, 4),
                null), "test");
        campaigns.addFund(new FundRaised(null, c, FundSource.COUNTY, new BigDecimal("0.10"), LocalDate.of(2021, 1, 5),
                null), "test");
        assertThat(campaigns.funds(c)).extracting(FundRaised::amount)
                .containsExactlyInAnyOrder(new BigDecimal("1234.50"), new BigDecimal("0.10"));
        assertThat(campaigns.findById(c).orElseThrow().budget()).isNull();
    }

    @Test
    void aDuplicateKeyIsSaidInChineseOnEitherEngine() {
        var setting = cn.warmledger.persistence.jooq.Tables.SETTING;
        db.dsl().insertInto(setting).set(setting.SETTING_KEY, "k").set(setting.SETTING_VALUE, "1")
                .set(setting.SECRET, false).execute();
        assertThatThrownBy(() -> db.dsl().insertInto(setting).set(setting.SETTING_KEY, "k")
                .set(setting.SETTING_VALUE, "2").set(setting.SECRET, false).execute())
                .satisfies(e -> assertThat(DatabaseErrors.describe(e)).contains("这条记录已经存在，没有重复保存"));
    }

    @Test
    void h2FileOnlyOperationsRefuseOnAServerInChinese() {
        if (!db.onServer()) {
            return; // on an H2 file they are the safety tests' (BackupServiceTest, DatabaseEncryptionTest)
        }
        assertThatThrownBy(() -> db.backupTo(dir.resolve("b.zip"))).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("“备份”只适用于本机数据库").hasMessageContaining(db.server().orElseThrow().toString());
        assertThatThrownBy(() -> db.changePassword(cn.warmledger.domain.DatabasePassword.of("Another-Pass-1")))
                .hasMessageContaining("“修改数据库密码”只适用于本机数据库");
        assertThatThrownBy(db::integrityScan).hasMessageContaining("只适用于本机数据库");
        assertThat(db.encrypted()).isFalse();
        assertThat(db.dataDir()).isNull();
    }
}
