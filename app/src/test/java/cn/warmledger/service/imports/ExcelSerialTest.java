package cn.warmledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Excel date serials are read by the importer only (typed dates never are serials). */
class ExcelSerialTest {
    @Test
    void serialsFollowThe1900DateSystem() {
        assertThat(ExcelSerial.toDate(1)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(ExcelSerial.toDate(59)).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(ExcelSerial.toDate(61)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(ExcelSerial.toDate(22647)).isEqualTo(LocalDate.of(1962, 1, 1));
        assertThat(ExcelSerial.toDate(44204)).isEqualTo(LocalDate.of(2021, 1, 8));
    }

    @Test
    void aSerialWrittenAsTextIsReadButACompactDateIsNot() {
        assertThat(ExcelSerial.fromText("44204")).contains(LocalDate.of(2021, 1, 8));
        assertThat(ExcelSerial.fromText("44204.0")).contains(LocalDate.of(2021, 1, 8));
        assertThat(ExcelSerial.fromText("20210108")).isEmpty();
        assertThat(ExcelSerial.fromText("2021-01-08")).isEmpty();
        assertThat(ExcelSerial.fromText("0")).isEmpty();
        assertThat(ExcelSerial.isSerial(44204)).isTrue();
        assertThat(ExcelSerial.isSerial(20210108)).isFalse();
    }
}
