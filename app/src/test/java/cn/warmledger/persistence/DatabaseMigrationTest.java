package cn.warmledger.persistence;

import cn.warmledger.testing.H2FileOnly;

import cn.warmledger.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDatabaseToTheWholeDomainSchema() {
        try (Database db = TestDatabases.open(dir.resolve("data"))) {
            assertThat(Files.exists(dir.resolve("data").resolve(Database.FILE_NAME + ".mv.db")))
                    .isEqualTo(!TestDatabases.onPostgres());
            assertThat(db.appliedMigrations()).isGreaterThanOrEqualTo(1);
            var counts = new TableCounts(db).all();
            assertThat(counts).containsKeys("organization", "recipient", "hardship_file", "hardship_status_history",
                    "family_member", "campaign", "campaign_standard", "fund_raised", "visit", "enterprise",
                    "enterprise_visit", "service_tally", "submission", "submission_file", "received_submission",
                    "audit_log", "setting", "operator");
            assertThat(counts.get("service_item")).isEqualTo(8);
        }
    }

    @H2FileOnly("a folder written by version 1 is an H2 file")
    @Test
    void opensADatabaseWrittenByVersion1AndMigratesItKeepingTheData() throws Exception {
        Path data = dir.resolve("old");
        Files.createDirectories(data);
        String url = "jdbc:h2:file:" + data.resolve(Database.FILE_NAME).toAbsolutePath();
        // What an installation of version 1 left behind: the V1 schema and a recipient in it.
        Flyway.configure().dataSource(url, "sa", "").locations(Migrations.locations(Migrations.H2)).target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO recipient (id_number, name, gender, birth_date, category) "
                    + "VALUES ('340102198001011231', '韩雷', 'MALE', DATE '1980-01-01', 'HARDSHIP_WORKER')");
            s.execute("SHUTDOWN");
        }

        try (Database db = TestDatabases.open(data)) {
            assertThat(db.schemaVersion()).isEqualTo(newestMigration());
            assertThat(new RecipientRepository(db).findByIdNumber("340102198001011231"))
                    .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("韩雷"));
        }
        // and it opens again with nothing left to do
        try (Database again = TestDatabases.open(data)) {
            assertThat(again.appliedMigrations()).isZero();
        }
    }

    /** The highest V-number among the migration files of the source tree. */
    private static String newestMigration() throws Exception {
        try (var files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V"))
                    .map(n -> org.flywaydb.core.api.MigrationVersion.fromVersion(n.substring(1, n.indexOf("__"))))
                    .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
        }
    }

    @Test
    void enumerationsAreStoredAsCodesNotOrdinals() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("codes"))) {
            new RecipientRepository(db).insert(new cn.warmledger.domain.Recipient(null, "340102198001011231", "韩雷",
                    cn.warmledger.domain.Gender.MALE, java.time.LocalDate.of(1980, 1, 1), null, null, null,
                    cn.warmledger.domain.RecipientCategory.MODEL_WORKER, null, null, null), "test");
            Object category = db.dsl().fetchValue("SELECT category FROM recipient");
            assertThat(category).isEqualTo("MODEL_WORKER");
        }
    }
}
